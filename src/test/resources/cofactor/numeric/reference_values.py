"""Reference values for N: 300 random closed exact expressions in Cofactor's syntax, each with
the correctly rounded double of its value and its value to 50 significant digits
(reference_values.tsv); and each elementary function at exact arguments to 800 digits, from
tiny to huge and near the edges of its domain (elementary_values.tsv).

Run from the project directory: python3 src/test/resources/cofactor/numeric/reference_values.py
It rewrites both files beside it (seeded, so the same files each time).

Each value is computed two ways that share nothing but the expression: mpmath on the tree
itself at 400 digits, and SymPy's evalf (adaptive precision) on the expression's text parsed
by sympify. An expression is kept only when both agree to 70 digits, its value is real,
nonzero and within the range of a double, and no pole or domain edge is nearer than the
precision could tell. About a fifth are built to cancel: huge arguments of periodic functions
(sin(10^30)), differences of nearly equal values (sqrt(10^40 + 1) - 10^20), functions near
their zeros (log(1 + 10^-25), 1 - cos(10^-12)).
"""

import random
import signal
from decimal import Decimal, ROUND_HALF_EVEN, Context
from pathlib import Path

import mpmath
import sympy

SEED = 20261205
COUNT = 300
mpmath.mp.dps = 400

FUNCTIONS = ["sin", "cos", "tan", "cot", "sec", "csc", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "exp", "log", "sqrt", "abs"]


class Node:
    """An expression as Cofactor text and as the mpmath expression that computes it (evaluated
    later, under a time limit, so the random choices never depend on how long that takes)."""

    def __init__(self, text, py):
        self.text = text
        self.py = py

    def value(self):
        return eval(self.py, {"mp": mpmath, "M": mpmath.mpf})


def atom(rng):
    kind = rng.random()
    if kind < 0.30:
        n = rng.randint(1, 12)
        return Node(str(n), f"M({n})")
    if kind < 0.55:
        p, q = rng.randint(1, 30), rng.randint(2, 17)
        return Node(f"({p}/{q})", f"(M({p})/{q})")
    if kind < 0.70:
        return Node("pi", "(+mp.pi)")
    if kind < 0.80:
        return Node("E", "(+mp.e)")
    if kind < 0.92:
        k = rng.choice([20, 25, 30, 40])
        return Node(f"10^{k}", f"(M(10)**{k})")
    return Node("2^100", "(M(2)**100)")


MPMATH_NAMES = {"abs": "mp.fabs"}


def apply(fn, a):
    return Node(f"{fn}({strip(a.text)})", f"{MPMATH_NAMES.get(fn, 'mp.' + fn)}({a.py})")


def strip(text):
    """An argument needs no brackets of its own inside a call's."""
    if text.startswith("(") and text.endswith(")") and depth_zero_inside(text):
        return text[1:-1]
    return text


def depth_zero_inside(text):
    depth = 0
    for i, c in enumerate(text):
        depth += c == "("
        depth -= c == ")"
        if depth == 0 and i < len(text) - 1:
            return False
    return True


def random_tree(rng, depth, compound=False):
    """A random expression; a compound one (a call or an operation, never a lone number) at the top."""
    if depth == 0 or not compound and rng.random() < 0.25:
        return atom(rng)
    if rng.random() < 0.45:
        return apply(rng.choice(FUNCTIONS), random_tree(rng, depth - 1))
    a, b = random_tree(rng, depth - 1), random_tree(rng, depth - 1)
    op = rng.choice("+-*/^")
    if op == "^":
        if rng.random() < 0.6:
            k = rng.randint(-3, 5)
            return Node(f"({a.text})^{k}" if k >= 0 else f"({a.text})^({k})", f"({a.py})**({k})")
        p, q = rng.randint(1, 5), rng.randint(2, 4)
        return Node(f"({a.text})^({p}/{q})", f"mp.power({a.py}, M({p})/{q})")
    return Node(f"({a.text} {op} {b.text})", f"({a.py} {op} {b.py})")


def cancelling(rng):
    """Expressions whose double evaluation goes wrong: cancellation and huge periodic arguments."""
    k = rng.randint(15, 40)
    j = rng.randint(1, 9)
    templates = [
        (f"sin(10^{k} + {j})", f"mp.sin(M(10)**{k} + {j})"),
        (f"cos(2^{k * 3})", f"mp.cos(M(2)**{k * 3})"),
        (f"tan(10^{k})", f"mp.tan(M(10)**{k})"),
        (f"sqrt(10^{2 * k} + {j}) - 10^{k}", f"mp.sqrt(M(10)**{2 * k} + {j}) - M(10)**{k}"),
        (f"log(1 + 10^-{k})", f"mp.log(1 + M(10)**-{k})"),
        (f"1 - cos(10^-{k // 2})", f"1 - mp.cos(M(10)**-{k // 2})"),
        (f"exp(10^-{k}) - 1", f"mp.exp(M(10)**-{k}) - 1"),
        (f"atan(10^{k}) - pi/2", f"mp.atan(M(10)**{k}) - mp.pi/2"),
        (f"(1 + 10^-{k})^(10^{k})", f"(1 + M(10)**-{k})**(M(10)**{k})"),
        (f"sinh(10^-{k}) - 10^-{k}", f"mp.sinh(M(10)**-{k}) - M(10)**-{k}"),
        (f"log(10^{k * 10})", f"mp.log(M(10)**{k * 10})"),
        (f"acos(1 - 10^-{k})", f"mp.acos(1 - M(10)**-{k})"),
        (f"cosh({k}) - sinh({k})", f"mp.cosh({k}) - mp.sinh({k})"),
        (f"{j}*10^{k} * sin(pi/{j + 2} + 10^-{k})", f"{j}*M(10)**{k} * mp.sin(mp.pi/{j + 2} + M(10)**-{k})"),
    ]
    return Node(*rng.choice(templates))


class TooSlow(Exception):
    pass


def within(seconds, work):
    """work(), or TooSlow after the given seconds: evalf can take minutes on a deep tree, and
    mpmath forever on sin(exp(10^40)), whose reduction needs 10^40 digits of pi."""
    def stop(*_):
        raise TooSlow()
    signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        return work()
    finally:
        signal.alarm(0)


def sympy_value(text):
    return within(5, lambda: sympy.sympify(text, convert_xor=True).evalf(90, maxn=4000))


def usable(node, v):
    if not isinstance(v, mpmath.mpf) or not mpmath.isfinite(v) or v == 0:
        return False
    if not (mpmath.mpf("1e-300") < abs(v) < mpmath.mpf("1e300")):
        return False
    try:
        s = sympy_value(node.text)
    except (TypeError, ValueError, ZeroDivisionError, RecursionError, TooSlow):
        return False
    if not s.is_real or s.is_zero or s.has(sympy.zoo, sympy.nan, sympy.oo):
        return False
    return abs(mpmath.mpf(str(s)) - v) <= abs(v) * mpmath.mpf(10) ** -70


def digits50(v):
    d = Decimal(mpmath.nstr(v, 120, strip_zeros=False, min_fixed=1, max_fixed=0))
    ctx = Context(prec=50, rounding=ROUND_HALF_EVEN)
    return "{:.49E}".format(ctx.plus(d))


ELEMENTARY_ARGUMENTS = {
    "default": ["1/1000000000000000000000000000000", "1/7", "1/2", "2/3", "1", "7/5", "3", "10", "355/113",
                "100000000000000000000", "1000000000000000000000000000000", "-5/3"],
    "asin": ["1/1000000000000000000000000000000", "1/7", "1/2", "-2/3", "999999/1000000",
             "-999999999999999999999/1000000000000000000000"],
    "log": ["1/1000000000000000000000000000000", "1/7", "2/3", "1", "7/5", "3", "100000000000000000000000000001/100000000000000000000000000000",
            "10000000000000000000000000000000000000000", "2"],
    "exp": ["1/1000000000000000000000000000000", "1/7", "-2/3", "1", "-7/5", "30", "-300", "1000", "1/2"],
    "sqrt": ["1/7", "2", "2/3", "1000000000000000000000000000001", "1/1000000000000000000000000000000"],
    "sinh": ["1/1000000000000000000000000000000", "1/7", "1/2", "-2/3", "1", "7/5", "3", "-10", "100"],
}


def elementary_rows():
    """function, argument (an integer or p/q), value to 800 significant digits."""
    mpmath.mp.dps = 900
    rows = []
    for fn in ["exp", "log", "sin", "cos", "tan", "atan", "asin", "acos", "sinh", "cosh", "tanh", "sqrt"]:
        family = {"acos": "asin", "cosh": "sinh"}.get(fn, fn)
        arguments = ELEMENTARY_ARGUMENTS.get(family, ELEMENTARY_ARGUMENTS["default"])
        for a in arguments:
            p, _, q = a.partition("/")
            x = mpmath.mpf(p) / mpmath.mpf(q or 1)
            v = getattr(mpmath, fn)(x)
            if v == 0:
                continue
            rows.append(f"{fn}\t{a}\t{mpmath.nstr(v, 800, strip_zeros=False, min_fixed=1, max_fixed=0)}")
    mpmath.mp.dps = 400
    return rows


def main():
    out = Path(__file__).with_name("elementary_values.tsv")
    rows = elementary_rows()
    out.write_text("# function\targument\tvalue to 800 significant digits (generated by reference_values.py)\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} function values to {out}")
    rng = random.Random(SEED)
    rows, seen = [], set()
    while len(rows) < COUNT:
        node = cancelling(rng) if rng.random() < 0.2 else random_tree(rng, rng.randint(1, 4), compound=True)
        if node.text in seen:
            continue
        try:
            value = within(2, node.value)
        except (TooSlow, ValueError, ZeroDivisionError, OverflowError):
            continue
        if not usable(node, value):
            continue
        if len(rows) % 50 == 0:
            print(f"{len(rows)} so far", flush=True)
        seen.add(node.text)
        rows.append(f"{node.text}\t{float(value)!r}\t{digits50(value)}")
    out = Path(__file__).with_name("reference_values.tsv")
    out.write_text("# expression\tcorrectly rounded double\t50 significant digits (generated by reference_values.py)\n"
                   + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} expressions to {out}")


if __name__ == "__main__":
    main()
