"""NumPy-vectorized SymPy lambdify at 10^6 points, for BatchHarness (which runs this and then
Cofactor's batch calls in the same run).

Two functions: the seed's derivative d(det([[x, x^2], [1, sin x]]), x) = sin(x) + x*cos(x) - 2*x,
and the value and gradient of the expanded determinant of the 5x5 trigonometric matrix
(bench/matrices.py trig5, as Cofactor's det returns it: 46 terms), lambdified as one function
returning [f, df/dx, df/dy] with lambdify's cse=True (without it the same
function took 39 times as long at 10^5 points: 5.4 s against 0.14 s). Points uniform on [-2, 2]
(numpy default_rng(17)); each time is the best of 10 calls. Prints one line per case:
name, seconds per call, ns per point, and a checksum of the values.

Run: python3 bench/batch_numpy.py [points]
"""
import os
import sys
import time

import numpy as np
import sympy as sp

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from matrices import trig5, x, y  # noqa: E402


def best(f, *args, repeat=10):
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = f(*args)
        times.append(time.perf_counter() - t0)
    return min(times), out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rng = np.random.default_rng(17)
    xs, ys = rng.uniform(-2, 2, n), rng.uniform(-2, 2, n)
    seed = sp.diff(sp.Matrix([[x, x ** 2], [1, sp.sin(x)]]).det(), x)
    f = sp.lambdify(x, seed, "numpy")
    det = sp.expand(trig5().det(method="berkowitz"))
    exprs = [det, sp.diff(det, x), sp.diff(det, y)]
    g_cse = sp.lambdify([x, y], exprs, "numpy", cse=True)
    print(f"numpy {np.__version__}, sympy {sp.__version__}, {n} points")
    for name, fn, args in [("seed derivative", f, (xs,)),
                           ("trig5 value+gradient cse", g_cse, (xs, ys))]:
        seconds, out = best(fn, *args)
        check = float(np.sum(out[0])) if isinstance(out, list) else float(np.sum(out))
        print(f"{name:28s} {seconds:10.4f} s {seconds / n * 1e9:8.1f} ns/point  sum {check:.12g}")


if __name__ == "__main__":
    main()
