"""SymPy side of the determinant benchmark (run by cofactor.bench.DetBench, or alone).

For each matrix and method prints one line: name method seconds terms
(seconds is 'timeout' past the time box). The determinant is expanded, as
Cofactor's is; the time is the best of --repeat runs.
Usage: python3 bench/det_sympy.py [--timeout 30] [--max-n 9] [--repeat 3]
"""
import argparse
import signal
import sys
import time

import sympy
from sympy import expand, symbols
from sympy.core.cache import clear_cache
from sympy.core.add import Add

sys.path.insert(0, __file__.rsplit('/', 1)[0] if '/' in __file__ else '.')
from matrices import generic, trig5  # noqa: E402


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def nterms(e):
    return len(Add.make_args(e)) if e != 0 else 0


def measure(fn, timeout, repeat):
    best, result = None, None
    for _ in range(repeat):
        clear_cache()  # SymPy caches results: every run starts cold
        signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            t = time.perf_counter()
            result = fn()
            dt = time.perf_counter() - t
        except Timeout:
            return None, None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        best = dt if best is None else min(best, dt)
        if dt > 1:
            break  # one run is enough for the slow ones
    return best, result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--timeout', type=float, default=30)
    ap.add_argument('--max-n', type=int, default=9)
    ap.add_argument('--repeat', type=int, default=3)
    a = ap.parse_args()
    print(f'sympy {sympy.__version__}', flush=True)
    cases = [(f'generic{n}', generic(n)) for n in range(4, a.max_n + 1)] + [('trig5', trig5())]
    for method in ('laplace', 'berkowitz'):
        timed_out = False
        for name, m in cases:
            if timed_out and name.startswith('generic'):
                print(f'{name} {method} skipped -', flush=True)
                continue
            dt, d = measure(lambda: expand(m.copy().det(method=method)), a.timeout, a.repeat)
            if dt is None:
                timed_out = True
                print(f'{name} {method} timeout -', flush=True)
            else:
                print(f'{name} {method} {dt:.6f} {nterms(d)}', flush=True)
    x, y, z = symbols('x y z')
    dt, e = measure(lambda: expand((1 + x + y + z) ** 100), a.timeout, a.repeat)
    print(f'expand100 expand {dt:.6f} {nterms(e)}' if dt is not None else 'expand100 expand timeout -', flush=True)


if __name__ == '__main__':
    main()
