"""Writes decay.csv, noisy samples of a*exp(-b*x) + c, and decay_curve_fit.csv, SciPy's
curve_fit estimates and standard errors for it: the reference FitTest compares fit against.

Run from this directory: python3 decay.py [points] [data file]   (defaults 1000, decay.csv)
The data: x uniform on [0, 5], a = 2.5, b = 1.3, c = 0.5, normal noise of sd 0.05,
numpy's default_rng(17). curve_fit starts at p0 = (1, 1, 1), as fit does by default, with
tolerances far below its defaults so that its estimates are the minimum itself.
"""
import sys
import time

import numpy as np
from scipy.optimize import curve_fit


def model(x, a, b, c):
    return a * np.exp(-b * x) + c


def data(n, seed=17):
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.0, 5.0, n)
    y = model(x, 2.5, 1.3, 0.5) + rng.normal(0.0, 0.05, n)
    return x, y


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    out = sys.argv[2] if len(sys.argv) > 2 else "decay.csv"
    x, y = data(n)
    with open(out, "w") as f:
        f.write("x,y\n")
        for xi, yi in zip(x, y):
            f.write(f"{float(xi)!r},{float(yi)!r}\n")
    t0 = time.perf_counter()
    p, cov = curve_fit(model, x, y, p0=(1.0, 1.0, 1.0), ftol=1e-15, xtol=1e-15, gtol=1e-15)
    seconds = time.perf_counter() - t0
    errors = np.sqrt(np.diag(cov))
    print(f"curve_fit on {n} points in {seconds:.3f} s: " + ", ".join(f"{float(v)!r} ± {float(e)!r}" for v, e in zip(p, errors)))
    if out == "decay.csv":
        with open("decay_curve_fit.csv", "w") as f:
            f.write("parameter,estimate,standard_error\n")
            for name, v, e in zip("abc", p, errors):
                f.write(f"{name},{float(v)!r},{float(e)!r}\n")


if __name__ == "__main__":
    main()
