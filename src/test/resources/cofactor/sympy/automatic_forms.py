"""Random expressions that SymPy's automatic simplification shortens, for AutomaticFormsTest.

Writes automatic_forms.txt beside this script. Tests never run this; it is how the
committed data was made. Run from the repository root:

    python3 src/test/resources/cofactor/sympy/automatic_forms.py

Each expression is built twice from one random tree: as Cofactor text, as a user would
type it, and as a SymPy expression built with SymPy's ordinary operations, so it gets
only the simplification SymPy applies on construction (no simplify() call). Symbols are
real, as Cofactor's are. A case is kept when SymPy's form, written in Cofactor syntax,
is shorter than the input, where the length of a text is its number of characters
other than spaces. The first 500 distinct such cases are written, each with SymPy's
value of its form at three points (30 digits; "undefined" where it is not a real
number), which the test compares with Cofactor's result.

The trees lean towards the identities a CAS applies on its own (special values of the
trigonometric functions and their inverses, roots of numbers, exp and log, powers of
powers, abs, a common factor, shifts by multiples of pi/2), mixed with plain random
arithmetic, so that the cases are not all of one kind.
"""
import os
import random

import sympy
from sympy import Abs, E, Integer, Rational, pi, sign, sqrt

SEED = 20240612
COUNT = 500
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "automatic_forms.txt")

x, y, z = sympy.symbols("x y z", real=True)
SYMBOLS = {"x": x, "y": y, "z": z}
FUNCTIONS = {
    "sin": sympy.sin, "cos": sympy.cos, "tan": sympy.tan, "cot": sympy.cot, "sec": sympy.sec, "csc": sympy.csc,
    "asin": sympy.asin, "acos": sympy.acos, "atan": sympy.atan,
    "sinh": sympy.sinh, "cosh": sympy.cosh, "tanh": sympy.tanh,
    "exp": sympy.exp, "log": sympy.log, "abs": Abs, "sign": sign, "sqrt": sqrt,
}
TRIG = ["sin", "cos", "tan", "cot", "sec", "csc"]
INVERSE = ["asin", "acos", "atan"]
# SymPy's function classes that Cofactor has under the name it prints
ALLOWED = {sympy.sin, sympy.cos, sympy.tan, sympy.cot, sympy.sec, sympy.csc, sympy.asin, sympy.acos, sympy.atan,
           sympy.sinh, sympy.cosh, sympy.tanh, sympy.exp, sympy.log, Abs, sign}

# Binding strength of a piece of Cofactor text, as in its grammar.
SUM, PRODUCT, UNARY, POWER, ATOM = 1, 2, 3, 4, 5


class Node:
    """One random expression: its text as typed, how tightly that text binds, and SymPy's value of it."""

    def __init__(self, text, strength, value):
        if value.has(sympy.zoo, sympy.oo, -sympy.oo, sympy.nan):
            raise ValueError("a pole or an undefined value: " + text)  # csc(pi), 1/0: not a case
        self.text, self.strength, self.value = text, strength, value


def wrap(n, at_least):
    return "(" + n.text + ")" if n.strength < at_least else n.text


def leading_minus(n):
    return n.text.startswith("-")


def add(a, b):
    right = "(" + b.text + ")" if leading_minus(b) else b.text
    return Node(a.text + " + " + right, SUM, a.value + b.value)


def sub(a, b):
    right = "(" + b.text + ")" if b.strength <= SUM or leading_minus(b) else b.text
    return Node(a.text + " - " + right, SUM, a.value - b.value)


def mul(a, b):
    right = "(" + b.text + ")" if b.strength < PRODUCT or leading_minus(b) else b.text
    return Node(wrap(a, PRODUCT) + "*" + right, PRODUCT, a.value * b.value)


def div(a, b):
    right = "(" + b.text + ")" if b.strength <= PRODUCT or leading_minus(b) else b.text
    return Node(wrap(a, PRODUCT) + "/" + right, PRODUCT, a.value / b.value)


def neg(a):
    return Node("-" + wrap(a, PRODUCT), UNARY, -a.value)


def power(a, b):
    exponent = "(" + b.text + ")" if b.strength < POWER or leading_minus(b) else b.text
    return Node(wrap(a, ATOM) + "^" + exponent, POWER, a.value ** b.value)


def call(f, a):
    return Node(f + "(" + a.text + ")", ATOM, FUNCTIONS[f](a.value))


def number(q):
    q = Rational(q)
    if q.q != 1:
        text = str(q)
        return Node(text, UNARY if q < 0 else PRODUCT, q)
    return Node(str(q), UNARY if q < 0 else ATOM, q)


def symbol(name):
    return Node(name, ATOM, SYMBOLS[name])


PI = Node("pi", ATOM, pi)
EE = Node("E", ATOM, E)


class Generator:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, xs):
        return self.r.choice(xs)

    # ---- small pieces
    def sym(self):
        return symbol(self.pick("xxxyyz"))

    def small(self):
        """A symbol, or a small polynomial-like piece in it."""
        s = self.sym()
        k = self.r.randint(0, 7)
        if k <= 3:
            return s
        if k == 4:
            return add(s, number(self.r.randint(1, 3)))
        if k == 5:
            return mul(number(self.r.randint(2, 3)), s)
        if k == 6:
            return power(s, number(2))
        return mul(s, self.sym())

    def integer(self):
        return number(self.r.choice([1, 2, 3, 4, 5, 6, -1, -2, -3]))

    def rational(self):
        return number(Rational(self.r.choice([1, 2, 3, -1, -3, 5]), self.r.choice([2, 3, 4, 6])))

    def pi_multiple(self):
        """k*pi/d as typed: pi/6, 5*pi/12, -pi/4, 2*pi/3, 3*pi, pi."""
        d = self.pick([1, 2, 3, 4, 6, 12, 12])
        k = self.r.randint(-2 * d, 2 * d)
        while k == 0:
            k = self.r.randint(-2 * d, 2 * d)
        top = PI if abs(k) == 1 else mul(number(abs(k)), PI)
        n = top if d == 1 else div(top, number(d))
        return neg(n) if k < 0 else n

    def standard_value(self):
        """A value of sin, cos or tan at a standard angle, written one of the ways people write it."""
        forms = [
            lambda: number(Rational(1, 2)), lambda: number(Rational(-1, 2)), lambda: number(1), lambda: number(-1),
            lambda: number(0),
            lambda: div(call("sqrt", number(2)), number(2)), lambda: div(number(1), call("sqrt", number(2))),
            lambda: neg(div(call("sqrt", number(2)), number(2))),
            lambda: div(call("sqrt", number(3)), number(2)), lambda: neg(div(call("sqrt", number(3)), number(2))),
            lambda: call("sqrt", number(3)), lambda: neg(call("sqrt", number(3))),
            lambda: div(number(1), call("sqrt", number(3))), lambda: div(call("sqrt", number(3)), number(3)),
            lambda: sub(number(2), call("sqrt", number(3))), lambda: add(number(2), call("sqrt", number(3))),
            lambda: div(sub(call("sqrt", number(6)), call("sqrt", number(2))), number(4)),
            lambda: div(add(call("sqrt", number(6)), call("sqrt", number(2))), number(4)),
        ]
        return self.pick(forms)()

    # ---- the identities a CAS applies on construction
    def special_angle(self):
        arg = self.pi_multiple()
        if self.r.random() < 0.3:  # a shift of an argument by a multiple of pi/2
            k = self.r.choice([1, 2, 3, -1, -2])
            shift = div(mul(number(k), PI), number(2)) if k % 2 else (PI if k == 2 else mul(number(k // 2), PI))
            arg = add(self.small(), shift) if self.r.random() < 0.5 else sub(shift, self.small())
        return call(self.pick(TRIG), arg)

    def inverse_value(self):
        return call(self.pick(INVERSE), self.standard_value())

    def composition(self):
        return call(self.pick(TRIG), call(self.pick(INVERSE), self.small()))

    def roots(self):
        k = self.r.randint(0, 4)
        a, b = self.r.randint(2, 12), self.r.randint(2, 12)
        if k == 0:
            return mul(call("sqrt", number(a)), call("sqrt", number(b)))
        if k == 1:
            third = number(Rational(1, 3))
            return mul(power(number(a), third), power(number(b), third))
        if k == 2:
            return call("sqrt", number(self.pick([8, 12, 18, 20, 24, 27, 32, 45, 48, 50, 72, 98])))
        if k == 3:
            return div(number(self.r.randint(1, 6)), call("sqrt", number(b)))
        return div(call("sqrt", number(a)), call("sqrt", number(b)))

    def exp_log(self):
        k = self.r.randint(0, 7)
        u, v = self.small(), self.small()
        if k == 0:
            return mul(call("exp", u), call("exp", v))
        if k == 1:
            return mul(call("exp", u), call("exp", neg(u)))
        if k == 2:
            return mul(EE, call("exp", self.pick([number(self.r.randint(1, 4)), u])))
        if k == 3:
            return div(call("exp", u), call("exp", v))
        if k == 4:
            return call("exp", call("log", u))
        if k == 5:
            return call("log", call("exp", u))
        if k == 6:
            return call("exp", mul(number(self.r.choice([2, 3, -1, Rational(1, 2)])), call("log", u)))
        return call("log", power(EE, self.integer()))

    def power_of_power(self):
        u = self.small()
        k = self.r.randint(0, 3)
        if k == 0:
            return call("sqrt", call("sqrt", u))
        if k == 1:
            return call("sqrt", power(u, number(2)))
        inner = number(self.pick([2, 3, 4, Rational(1, 2), Rational(2, 3), Rational(1, 3)]))
        outer = number(self.pick([Rational(1, 2), Rational(1, 3), Rational(3, 2), 2, 3, Rational(1, 4)]))
        return power(power(u, inner), outer)

    def absolute(self):
        u = self.small()
        k = self.r.randint(0, 6)
        if k == 0:
            return power(call("abs", u), number(self.pick([2, 4, -2])))
        if k == 1:
            return call("abs", mul(number(self.pick([-2, -1, 3, -3])), u))
        if k == 2:
            return call("abs", power(u, number(2)))
        if k == 3:
            return call("abs", call("exp", u))
        if k == 4:
            return call("sign", neg(u))
        if k == 5:
            return call("abs", self.pick([number(-3), number(Rational(-2, 3)), sub(PI, number(4)), sub(number(1), call("sqrt", number(2)))]))
        return mul(call("abs", u), call("abs", u))

    def common_factor(self):
        c = self.r.randint(2, 4)
        u, v = self.small(), self.small()
        k = self.r.randint(0, 2)
        if k == 0:
            return div(add(mul(number(c), u), mul(number(c), v)), number(c))
        if k == 1:
            return call(self.pick(["sin", "cos", "exp", "log", "sqrt", "atan"]), neg(sub(v, u)))
        return div(add(mul(number(c), u), number(c)), number(c))

    def identity(self):
        return self.pick([self.special_angle, self.special_angle, self.inverse_value, self.inverse_value,
                          self.composition, self.roots, self.roots, self.exp_log, self.exp_log, self.power_of_power,
                          self.absolute, self.absolute, self.common_factor])()

    # ---- plain random arithmetic
    def leaf(self):
        k = self.r.randint(0, 9)
        if k <= 4:
            return self.sym()
        if k <= 6:
            return self.integer()
        if k == 7:
            return self.rational()
        return self.pick([PI, EE, self.pi_multiple()])

    def random_tree(self, depth):
        if depth == 0 or self.r.random() < 0.25:
            return self.leaf() if self.r.random() < 0.8 else self.identity()
        k = self.r.randint(0, 9)
        a = self.random_tree(depth - 1)
        if k <= 1:
            return add(a, self.random_tree(depth - 1))
        if k == 2:
            return sub(a, self.random_tree(depth - 1))
        if k <= 4:
            return mul(a, self.random_tree(depth - 1))
        if k == 5:
            return div(a, self.random_tree(depth - 1))
        if k == 6:
            return power(a, number(self.pick([2, 3, -1, Rational(1, 2), -2])))
        if k == 7:
            return neg(a)
        return call(self.pick(list(FUNCTIONS)), a)

    def expression(self):
        k = self.r.random()
        if k < 0.45:
            return self.identity()
        if k < 0.75:
            a, b = self.identity(), self.random_tree(1)
            return self.pick([add, sub, mul, div])(a, b)
        return self.random_tree(3)


def length(text):
    return len(text.replace(" ", ""))


def cofactor_text(e):
    """SymPy's expression in Cofactor syntax, or None when Cofactor has no name for a part of it."""
    if e.has(sympy.I, sympy.zoo, sympy.oo, -sympy.oo, sympy.nan):
        return None
    if any(f.func not in ALLOWED for f in e.atoms(sympy.Function)):
        return None
    if any(isinstance(a, sympy.Float) for a in e.atoms(sympy.Number)):
        return None
    return str(e).replace("**", "^").replace("Abs(", "abs(")


def value_at(e, point):
    """SymPy's value of e at the point, to 30 digits, computed part by part in real numbers:
    "undefined" where a part has no real value (sqrt(-2), asin(3), log(-1)), as in Cofactor,
    even where complex parts would meet in a real result (cos(x/sqrt(1 - x^2)) at x = 1.45)."""
    v = real_value(e, point)
    return "undefined" if v is None else sympy.Float(v, 30).__format__(".20e")


def real_value(e, point):
    if e.is_Symbol:
        return point[e]
    if e.is_Number or e in (pi, E):
        return sympy.N(e, 40)
    args = [real_value(a, point) for a in e.args]
    if any(a is None for a in args):
        return None
    v = sympy.N(e.func(*args), 40)
    if v.has(sympy.zoo, sympy.oo, -sympy.oo, sympy.nan) or not v.is_number:
        return None
    re, im = v.as_real_imag()
    if im != 0 and abs(im) > sympy.Float("1e-30") * max(1, abs(re)) or not re.is_finite:
        return None
    return sympy.N(re, 40)


def points(r):
    """Three points: all in (0, 1), signs mixed, all in (1, 2)."""
    def draw(lo, hi, signed):
        q = Rational(r.randint(lo, hi), 20)
        return -q if signed and r.random() < 0.5 else q
    return [{s: draw(2, 18, False) for s in (x, y, z)},
            {s: draw(2, 38, True) for s in (x, y, z)},
            {s: draw(21, 39, False) for s in (x, y, z)}]


def main():
    gen = Generator(SEED)
    point_random = random.Random(SEED + 1)
    seen, cases, tried = set(), [], 0
    while len(cases) < COUNT:
        tried += 1
        try:
            n = gen.expression()
        except (ZeroDivisionError, ValueError, TypeError):
            continue
        if n.text in seen:
            continue
        seen.add(n.text)
        form = cofactor_text(n.value)
        if form is None or length(form) >= length(n.text):
            continue
        pts = points(point_random)
        values = [value_at(n.value, p) for p in pts]
        cases.append((n.text, form, pts, values))
    with open(OUT, "w") as f:
        f.write("# Written by automatic_forms.py (SymPy %s, seed %d): %d cases kept of %d expressions tried.\n"
                % (sympy.__version__, SEED, len(cases), tried))
        f.write("# input<TAB>SymPy's automatic form<TAB>then three points: x y z value (30-digit value, or undefined)\n")
        for text, form, pts, values in cases:
            cols = [text, form]
            for p, v in zip(pts, values):
                cols.append(" ".join(str(p[s]) for s in (x, y, z)) + " " + v)
            f.write("\t".join(cols) + "\n")


if __name__ == "__main__":
    main()
