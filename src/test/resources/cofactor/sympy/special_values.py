"""SymPy's values of the circular functions and their inverses at the standard angles, for SpecialValuesTest.

Writes special_values.txt beside this script. Tests never run this; it is how the
committed data was made. Run from the repository root:

    python3 src/test/resources/cofactor/sympy/special_values.py

Each line is an input in Cofactor syntax and SymPy's automatic value of it (built with
SymPy's operations, no simplify() call), written in Cofactor syntax; the test checks that
Cofactor gives the same canonical value. SymPy leaves sec and csc at some angles as the
reciprocal of a sum (1/(sqrt(2)/4 + sqrt(6)/4)); radsimp rationalizes that denominator
(sqrt(6) - sqrt(2)), the form Cofactor gives. Inputs: the six circular functions at k*pi/12
for k = -24..24 (poles left out), the inverses at each value those take (written as
SymPy writes them, and in the other ways people write a few: 1/sqrt(2), 1/sqrt(3)), a
circular function of an inverse one, and shifts of a symbol by multiples of pi/2.
"""
import os

import sympy
from sympy import Rational, pi, sqrt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "special_values.txt")

x = sympy.Symbol("x", real=True)
TRIG = {"sin": sympy.sin, "cos": sympy.cos, "tan": sympy.tan, "cot": sympy.cot, "sec": sympy.sec, "csc": sympy.csc}
INVERSE = {"asin": sympy.asin, "acos": sympy.acos, "atan": sympy.atan}


def text(e):
    return str(e).replace("**", "^").replace("Abs(", "abs(")


def angle(k):
    """k*pi/12 as typed, unreduced: 5*pi/12, -pi/12, 24*pi/12."""
    sign = "-" if k < 0 else ""
    k = abs(k)
    return sign + ("pi" if k == 1 else "%d*pi" % k) + "/12"


def main():
    lines = []
    values = {name: set() for name in INVERSE}
    for name, f in TRIG.items():
        for k in range(-24, 25):
            v = f(k * pi / 12)
            if v.has(sympy.zoo):
                continue  # a pole
            lines.append((name + "(" + angle(k) + ")", text(sympy.radsimp(v))))
            if name == "sin":
                values["asin"].add(v)
            if name == "cos":
                values["acos"].add(v)
            if name == "tan":
                values["atan"].add(v)
    other_forms = ["1/sqrt(2)", "-1/sqrt(2)", "1/sqrt(3)", "-1/sqrt(3)", "(sqrt(6) - sqrt(2))/4", "(sqrt(6) + sqrt(2))/4"]
    for name, g in INVERSE.items():
        for v in sorted(values[name], key=sympy.default_sort_key):
            lines.append((name + "(" + text(v) + ")", text(g(v))))
        for form in other_forms:
            v = sympy.sympify(form)
            r = g(v)
            if not r.has(sympy.I):
                lines.append((name + "(" + form + ")", text(r)))
    for name, f in TRIG.items():
        for inv, g in INVERSE.items():
            lines.append((name + "(" + inv + "(x))", text(f(g(x)))))
        for k in (-3, -2, -1, 1, 2, 3, 4, 5):
            shift = k * pi / 2
            typed = "x + " + text(shift) if k > 0 else "x - " + text(-shift)
            lines.append((name + "(" + typed + ")", text(f(x + shift))))
            lines.append((name + "(" + text(shift) + " - x)", text(f(shift - x))))
    with open(OUT, "w") as out:
        out.write("# Written by special_values.py (SymPy %s): input<TAB>SymPy's value, both in Cofactor syntax\n" % sympy.__version__)
        for a, b in lines:
            out.write(a + "\t" + b + "\n")


if __name__ == "__main__":
    main()
