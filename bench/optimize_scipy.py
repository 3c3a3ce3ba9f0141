"""SciPy side of cofactor.bench.OptimizeBench: L-BFGS-B with exact hand-written gradients.

Prints: problem iterations final-loss best-milliseconds (best of 20 runs).
"""
import time

import numpy as np
from scipy.optimize import minimize


def rosenbrock(v):
    x, y = v
    f = (1 - x) ** 2 + 100 * (y - x * x) ** 2
    g = np.array([-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)])
    return f, g


def det_fit(v):
    a, b, c, d, e, f, g, h, k = v
    det = a * (e * k - f * h) - b * (d * k - f * g) + c * (d * h - e * g)
    r = det - 1
    cof = np.array([e * k - f * h, -(d * k - f * g), d * h - e * g,
                    -(b * k - c * h), a * k - c * g, -(a * h - b * g),
                    b * f - c * e, -(a * f - c * d), a * e - b * d])
    loss = r * r + (a - 2) ** 2 / 100 + (e - 3) ** 2 / 100 + (k + 1) ** 2 / 100
    grad = 2 * r * cof
    grad[0] += 2 * (a - 2) / 100
    grad[4] += 2 * (e - 3) / 100
    grad[8] += 2 * (k + 1) / 100
    return loss, grad


PROBLEMS = [
    ("rosenbrock", rosenbrock, [-1.2, 1.0]),
    ("det-fit", det_fit, [1, 0.5, 0.2, 0.3, 1, 0.4, 0.1, 0.6, 1]),
]

for name, fun, x0 in PROBLEMS:
    best, res = float("inf"), None
    for _ in range(20):
        t0 = time.perf_counter()
        res = minimize(fun, np.array(x0, dtype=float), jac=True, method="L-BFGS-B", options={"gtol": 1e-8, "maxiter": 1000})
        best = min(best, time.perf_counter() - t0)
    print(name, res.nit, f"{res.fun:.3g}", f"{best * 1000:.2f}")
