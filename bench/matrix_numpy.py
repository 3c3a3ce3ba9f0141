"""NumPy's side of MatrixNumericBench: value and gradient of log(det(X)) - tr(S*X) and of
norm(A*X - B)^2, written by hand with the same formulas Cofactor compiles, at the given sizes.
Prints one line per size (median milliseconds per value+gradient call) and the BLAS NumPy uses."""
import sys, time
import numpy as np


def median_ms(f, budget):
    start = time.perf_counter()  # warm-up as on the Java side: one second, at least 3 calls
    calls = 0
    while calls < 3 or time.perf_counter() - start < 1:
        f()
        calls += 1
    times, start = [], time.perf_counter()
    while len(times) < 5 or time.perf_counter() - start < budget:  # every call within the budget, as on the Java side
        t = time.perf_counter()
        f()
        times.append((time.perf_counter() - t) * 1e3)
    times.sort()
    return times[len(times) // 2]


def blas():
    cfg = np.show_config(mode="dicts")
    b = cfg["Build Dependencies"]["blas"]
    return f'{b["name"]} {b["version"]} ({b.get("openblas configuration", "").strip()})'


def main():
    rng = np.random.default_rng(1)
    print("blas", blas().replace("\n", " "))
    for n in map(int, sys.argv[1].split(",")):
        a, b, s = (rng.standard_normal((n, n)) for _ in range(3))
        x = rng.standard_normal((n, n)) + 3 * np.sqrt(n) * np.eye(n)

        def loglik():  # log(det(X)) - tr(S*X), gradient inv(X)' - S'
            sign, logdet = np.linalg.slogdet(x)
            return logdet - np.sum(s * x.T), np.linalg.inv(x).T - s.T

        def least_squares():  # norm(A*X - B)^2, gradient 2*A'*(A*X - B)
            r = a @ x - b
            return np.sum(r * r), 2 * a.T @ r

        budget = 6 if n >= 1000 else 2
        print(f"numpy {n} {median_ms(loglik, budget):.4f} {median_ms(least_squares, budget):.4f}", flush=True)


main()
