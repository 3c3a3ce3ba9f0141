"""The benchmark matrices for SymPy: the same as cofactor.bench.Matrices (keep them in step)."""
from sympy import Matrix, symbols, sin, cos, exp

x, y = symbols('x y')


def generic(n):
    """matrix(a, n, n): the n×n matrix of distinct symbols a11 … ann."""
    return Matrix(n, n, lambda i, j: symbols(f'a{i + 1}{j + 1}' if n <= 9 else f'a_{i + 1}_{j + 1}'))


def trig5():
    """5×5 trigonometric and exponential entries in x and y (cofactor.bench.Matrices.trig5)."""
    return Matrix([
        [cos(x), -sin(x), 0, x, 1],
        [sin(x), cos(x), exp(y), 0, y],
        [0, exp(-y), cos(y), -sin(y), x * y],
        [x, 0, sin(y), cos(y), exp(x)],
        [1, y, x * y, exp(-x), cos(x + y)],
    ])
