"""SymPy side of the calculus benchmark (run by cofactor.bench.CalculusBench, or alone).

Prints one line per measurement: name, median seconds, runs. The SymPy cache is cleared
before every run, so each run does the whole computation.
"""
import statistics
import sys
import time

from sympy import diff, expand, sin, symbols
from sympy.core.cache import clear_cache

sys.path.insert(0, __file__.rsplit("/", 1)[0] if "/" in __file__ else ".")
from matrices import trig5, x, y  # noqa: E402


def median_time(f, runs):
    times = []
    for _ in range(runs):
        clear_cache()
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    m = trig5()
    det = expand(m.det(method="berkowitz"))
    print("det5_terms", len(det.args), 0, flush=True)
    print("det5", median_time(lambda: expand(m.det(method="berkowitz")), max(1, runs // 2)), max(1, runs // 2), flush=True)
    print("d_det5_dx", median_time(lambda: diff(det, x), runs), runs, flush=True)
    print("grad_det5", median_time(lambda: [diff(det, x), diff(det, y)], runs), runs, flush=True)
    f = sin(sin(sin(sin(x))))
    print("d10_sin4", median_time(lambda: diff(f, x, 10), max(1, runs // 2)), max(1, runs // 2), flush=True)


if __name__ == "__main__":
    main()
