"""SymPy's rank, rref, nullspace and eigenvalues of explicit matrices, for LinearAlgebraAgainstSymPyTest.

Writes linalg_cases.txt beside this script. Tests never run this; it is how the committed
data was made. Run from the repository root:

    python3 src/test/resources/cofactor/sympy/linalg_cases.py

Each line is tab-separated: the operation, the matrix in Cofactor syntax, SymPy's answer in
Cofactor syntax, and for eigenvals the number of complex eigenvalues. rank is a number; rref
a matrix; nullspace SymPy's basis vectors (1 at a free column) as the rows of a matrix, [] for
none; eigenvals the real eigenvalues each as often as its multiplicity (SymPy's roots of the
characteristic polynomial, in radicals; real roots of an irreducible cubic as 17-digit
decimals from real_roots). Matrices: fixed ones (singular, symbolic, defective, rotations)
and seeded random ones with small integer entries, some made singular by a repeated
combination of rows; doubles as the same matrices written 2.0.
"""
import os
import random

import sympy
from sympy import Matrix, Rational, symbols

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linalg_cases.txt")
a, b, c, d, x = symbols("a b c d x")
rng = random.Random(20261130)


def text(e):
    return str(e).replace("**", "^")


def mat(m, doubles=False):
    def entry(v):
        return repr(float(v)) if doubles else text(v)
    return "[" + ", ".join("[" + ", ".join(entry(v) for v in m.row(i)) + "]" for i in range(m.rows)) + "]"


def rows(vectors):
    return "[" + ", ".join("[" + ", ".join(text(sympy.cancel(v)) for v in vec) + "]" for vec in vectors) + "]"


def random_matrix(m, n, lo=-4, hi=4):
    return Matrix(m, n, lambda i, j: rng.randint(lo, hi))


def singular(m, n):
    """rank < min(m, n): the last row a combination of the others."""
    A = random_matrix(m - 1, n)
    combo = sum((rng.randint(-2, 2) * A.row(i) for i in range(m - 1)), sympy.zeros(1, n))
    return A.col_join(combo)


def real_eigenvalues(M):
    lam = sympy.Symbol("lam")
    p = sympy.Poly(M.charpoly(lam).as_expr(), lam)
    values, complex_count = [], 0
    for factor, k in sympy.factor_list(p)[1]:
        deg = factor.degree()
        if deg <= 2 or factor.free_symbols - {lam}:
            for r, mult in sympy.roots(factor, lam).items():
                if r.is_real is False:
                    complex_count += mult * k
                else:
                    values += [sympy.radsimp(r)] * (mult * k)
        else:
            rs = sympy.real_roots(factor)
            values += [sympy.Float(r.evalf(30), 17) for r in rs] * k
            complex_count += (deg - len(rs)) * k
    if all(v.is_number for v in values):
        values.sort(key=lambda v: float(v))
    return values, complex_count


lines = []


def case(op, M, doubles=False):
    shown = mat(M, doubles)
    if op == "rank":
        lines.append(f"rank\t{shown}\t{M.rank()}")
    elif op == "rref":
        R = M.rref()[0].applyfunc(sympy.cancel)
        lines.append(f"rref\t{shown}\t{mat(R, doubles)}")
    elif op == "nullspace":
        lines.append(f"nullspace\t{shown}\t{rows(M.nullspace())}")
    elif op == "eigenvals":
        values, complex_count = real_eigenvalues(M)
        shown_values = ", ".join(repr(float(v)) if doubles else text(v) for v in values)
        lines.append(f"eigenvals\t{shown}\t[{shown_values}]\t{complex_count}")


FIXED = [
    Matrix([[1, 2], [2, 4]]),
    Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]),
    Matrix([[0, 0], [0, 0]]),
    Matrix([[1, 2, 3, 4]]),
    Matrix([[1], [2], [3]]),
    Matrix([[Rational(1, 2), Rational(1, 3), 1], [1, Rational(2, 3), 2]]),
    Matrix([[x, x**2], [1, x]]),
    Matrix([[a, b], [c, d]]),
    Matrix([[a, b, c]]),
    Matrix([[x, 1, 0], [1, x, 1], [0, 1, x]]),
    Matrix([[1, x], [x, x**2]]),
    Matrix([[a, b], [2 * a, 2 * b]]),
    Matrix([[1, 1, 1], [a, b, c], [a**2, b**2, c**2]]),
    Matrix([[1, 2, 3], [2, 4, 6], [1, 0, 1], [0, 2, 2]]),
]
for M in FIXED:
    for op in ("rank", "rref", "nullspace"):
        case(op, M)

EIGEN = [
    Matrix([[2, 1], [1, 2]]),
    Matrix([[2, 1], [0, 2]]),
    Matrix([[0, -1], [1, 0]]),
    Matrix([[1, 2], [1, 1]]),
    Matrix([[1, 2], [3, 4]]),
    Matrix([[1, 0, 0], [0, 0, -1], [0, 1, 0]]),
    Matrix([[5, 4, 2], [4, 5, 2], [2, 2, 2]]),
    Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]),
    Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]]),
    Matrix([[2, 0, 0, 0], [1, 2, 0, 0], [0, 1, 3, 0], [0, 0, 1, 3]]),
    Matrix([[Rational(1, 2), Rational(1, 3)], [Rational(1, 3), Rational(1, 4)]]),
    Matrix([[a, b], [b, a]]),
    Matrix([[x, 1], [1, x]]),
    Matrix([[a, 0, 0], [0, b, 0], [1, 0, a]]),
    Matrix([[0, 1, 0], [0, 0, 1], [2, -5, 4]]),
    Matrix([[4, 1, -1], [2, 5, -2], [1, 1, 2]]),
    Matrix([[a, b], [c, d]]),
    Matrix([[1, 1, 0], [1, 1, 0], [0, 0, 0]]),
    Matrix([[0, x], [x, 0]]),
]
for M in EIGEN:
    case("eigenvals", M)
for M in (EIGEN[0], EIGEN[4], EIGEN[6], EIGEN[8]):
    case("eigenvals", M, doubles=True)

for _ in range(8):
    m, n = rng.randint(2, 4), rng.randint(2, 5)
    M = singular(m, n) if rng.random() < 0.6 else random_matrix(m, n)
    for op in ("rank", "rref", "nullspace"):
        case(op, M)
for _ in range(6):
    n = rng.randint(2, 3)
    P = random_matrix(n, n, -2, 2)
    while P.det() == 0:
        P = random_matrix(n, n, -2, 2)
    D = sympy.diag(*[rng.randint(-3, 3) for _ in range(n)])
    case("eigenvals", P * D * P.inv())
for _ in range(4):
    case("eigenvals", random_matrix(2, 2))
for M in (singular(3, 3), Matrix([[1, 2], [2, 4]]), Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])):
    for op in ("rank", "nullspace"):
        case(op, M, doubles=True)

with open(OUT, "w") as f:
    f.write(f"# Written by linalg_cases.py (SymPy {sympy.__version__}): operation<TAB>matrix<TAB>SymPy's answer[<TAB>complex eigenvalues]\n")
    for line in lines:
        f.write(line + "\n")
print(len(lines), "cases")
