"""Per-call time of SymPy lambdify (modules='math') for the CompileBench functions.

The expressions are built exactly as cofactor.bench.Matrices builds them:
det([[x, x^2], [1, sin x]])^2; the Leibniz sum of the 5x5 trigonometric matrix
a_ij = F[(i+j) mod 3]((i+1)x/5 + (j+1)y/5), F = (sin, cos, exp); and the Leibniz
sum of the 6x6 matrix a_ij = x[(i+2j) mod 10]*x[(3i+j+1) mod 10] + (i-j), with
its value and gradient as one lambdified function returning a list; and that
determinant expanded, as Cofactor's det returns it.

Run: python3 bench/lambdify_bench.py
"""
import itertools
import timeit

import sympy as sp


def leibniz(a):
    n = len(a)
    terms = []
    for perm in itertools.permutations(range(n)):
        inversions = sum(1 for i in range(n) for j in range(i + 1, n) if perm[i] > perm[j])
        terms.append((-1) ** inversions * sp.Mul(*[a[i][perm[i]] for i in range(n)]))
    return sp.Add(*terms)


def per_call_ns(f, args, budget=1.0):
    number = 1
    while True:
        t = timeit.timeit(lambda: f(*args), number=number)
        if t > 0.2:
            break
        number *= 4
    best = min(timeit.repeat(lambda: f(*args), number=number, repeat=max(3, int(budget / t))))
    return best / number * 1e9


def main():
    x, y = sp.symbols("x y")
    det2 = (x * sp.sin(x) - x ** 2) ** 2
    F = (sp.sin, sp.cos, sp.exp)
    trig5 = leibniz([[F[(i + j) % 3](sp.Rational(i + 1, 5) * x + sp.Rational(j + 1, 5) * y) for j in range(5)] for i in range(5)])
    v = sp.symbols("x0:10")
    poly6 = leibniz([[v[(i + 2 * j) % 10] * v[(3 * i + j + 1) % 10] + (i - j) for j in range(6)] for i in range(6)])

    import os, sys
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from matrices import trig5 as shared_trig5
    shared5 = sp.expand(shared_trig5().det(method="berkowitz"))
    f_shared5 = sp.lambdify([x, y], shared5, "math")
    g_shared5 = sp.lambdify([x, y], [shared5] + [sp.diff(shared5, s) for s in (x, y)], "math")

    f_det2 = sp.lambdify([x], det2, "math")
    f_trig5 = sp.lambdify([x, y], trig5, "math")
    g_trig5 = sp.lambdify([x, y], [trig5] + [sp.diff(trig5, s) for s in (x, y)], "math")
    # det as Cofactor's det returns it: expanded (4502 monomials); lambdify needs a deeper recursion limit to compile it
    poly6e = sp.expand(sp.Matrix([[v[(i + 2 * j) % 10] * v[(3 * i + j + 1) % 10] + (i - j) for j in range(6)] for i in range(6)]).det(method="berkowitz"))
    sys.setrecursionlimit(50000)
    f_poly6e = sp.lambdify(list(v), poly6e, "math")
    g_poly6e = sp.lambdify(list(v), [poly6e] + [sp.diff(poly6e, s) for s in v], "math")
    f_poly6 = sp.lambdify(list(v), poly6, "math")
    g_poly6 = sp.lambdify(list(v), [poly6] + [sp.diff(poly6, s) for s in v], "math")

    p10 = [0.3, -0.2, 0.5, 0.9, -0.7, 0.1, 0.4, -0.6, 0.8, 0.2]
    rows = [
        ("det2 value", f_det2, [1.3]),
        ("trig5 value", f_trig5, [0.7, 0.4]),
        ("trig5 value+gradient", g_trig5, [0.7, 0.4]),
        ("shared5 value", f_shared5, [0.7, 0.4]),
        ("shared5 value+gradient", g_shared5, [0.7, 0.4]),
        ("poly6 value", f_poly6, p10),
        ("poly6 value+gradient", g_poly6, p10),
        ("poly6 expanded value", f_poly6e, p10),
        ("poly6 expanded value+gradient", g_poly6e, p10),
    ]
    print("sympy", sp.__version__, "lambdify(modules='math'), ns per call (best of repeats)")
    for name, f, args in rows:
        print(f"{name:30s} {per_call_ns(f, args):12.0f} ns   value {f(*args) if 'gradient' not in name else f(*args)[0]:.12g}")


if __name__ == "__main__":
    main()
