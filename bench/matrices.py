"""The benchmark matrices in SymPy, entry for entry the same as cofactor.bench.Matrices."""
from sympy import Matrix, Rational, cos, exp, sin, symbols

x, y = symbols("x y")


def trig5():
    """5×5, entry (i, j) (0-based) by (i + j) mod 3: sin((i+1)x + j y), cos(i x - (j+1) y), exp((i-j) x/3) y."""
    def entry(i, j):
        k = (i + j) % 3
        if k == 0:
            return sin((i + 1) * x + j * y)
        if k == 1:
            return cos(i * x - (j + 1) * y)
        return exp(Rational(i - j, 3) * x) * y
    return Matrix(5, 5, entry)
