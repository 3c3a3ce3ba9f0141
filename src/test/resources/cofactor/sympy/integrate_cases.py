"""SymPy's antiderivatives and definite integrals, for IntegrateAgainstSymPyTest.

Writes integrate_cases.txt beside this script. Tests never run this; it is how the
committed data was made. Run from the repository root:

    python3 src/test/resources/cofactor/sympy/integrate_cases.py

Two kinds of line, fields separated by tabs, expressions in Cofactor syntax:

    indefinite  f  F  p1,p2,p3   F is SymPy's antiderivative of f by x; the points are
                                 where f and F are real (Cofactor's antiderivative must
                                 differ from F by one constant there)
    definite    f  a  b  v       v is SymPy's value of the integral of f from a to b,
                                 to 25 significant digits

The script checks each antiderivative itself (diff(F) agrees with f to 1e-25 at
the points) and each definite value against mpmath's quadrature, so a SymPy slip cannot
enter the table.
"""
import os

import mpmath
import sympy
from sympy import E, Rational, pi, sqrt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "integrate_cases.txt")
x = sympy.Symbol("x", real=True)

INDEFINITE = [
    "x*cos(x)", "x^5 - 3*x^2 + 7", "1/x", "sin(x)^3", "1/(1 + x^2)", "sqrt(1 - x^2)", "log(x)",
    "tan(x)", "x*exp(-x^2)", "exp(x)*sin(x)", "atan(x)", "x^2*log(x)", "cosh(x)^2",
    "1/(x^3 + 1)", "x/(x^2 + 2*x + 5)", "sin(x)^2*cos(x)^3", "1/(x*log(x))", "exp(sqrt(x))",
    "x*log(x)", "sin(sqrt(x))", "x^3*exp(2*x)", "sinh(x)*cosh(x)", "x*sqrt(1 + x)",
    "1/(x^2 + 4*x + 13)", "asin(x)", "exp(-x)*cos(2*x)", "log(x)^2", "tan(x)^2",
    "x^2/(1 + x^2)", "cos(log(x))", "exp(x)/(1 + exp(x))", "x^(1/3)", "sin(x)^4",
    "1/sqrt(1 - x^2)", "cos(x)*exp(sin(x))", "x*sin(2*x)", "(2*x + 1)/(x^2 + x + 1)",
    "sec(x)^2", "1/(x*(x + 1))", "x/sqrt(x^2 + 1)",
]
CANDIDATE_POINTS = ["1/10", "3/10", "7/10", "9/10", "13/10", "9/5", "5/2", "3", "7/2", "-1/2", "-3/2", "-5/2"]

DEFINITE = [
    ("x^2", "0", "1"), ("sin(x)", "0", "pi"), ("exp(x)", "0", "1"), ("1/(1 + x^2)", "-1", "1"),
    ("x*cos(x)", "0", "pi/2"), ("log(x)", "1", "E"), ("sqrt(x)", "0", "4"), ("1/sqrt(x)", "0", "1"),
    ("exp(-x^2)", "0", "1"), ("sin(x)/x", "1", "2"), ("abs(x)", "-1", "2"), ("x*exp(-x)", "0", "3"),
    ("1/(2 + sin(x))", "0", "10"), ("cos(x)^2", "0", "2*pi"), ("1/x", "1", "2"),
    ("x^3 - 2*x", "-2", "3"), ("atan(x)", "0", "1"), ("tan(x)", "0", "1"), ("log(x)", "0", "1"),
    ("exp(sin(x))", "0", "1"), ("sqrt(1 - x^2)", "-1", "1"), ("1/(x^2 + 4*x + 13)", "-2", "1"),
    ("x^x", "1", "2"), ("sinh(x)", "-1", "2"), ("1/(2 + cos(x))", "0", "10"), ("1/(5 - 4*cos(x))", "0", "2*pi"), ("max(x, 1 - x)", "0", "1"), ("sign(x - 1/3)", "0", "1"),
]

KINKS = {"abs(x)": ["0"], "max(x, 1 - x)": ["1/2"], "sign(x - 1/3)": ["1/3"]}  # for mpmath's quadrature


def parse(text):
    return sympy.sympify(text.replace("^", "**"), locals={"x": x, "E": E, "max": sympy.Max, "sign": sympy.sign})


def cofactor(e):
    """e in Cofactor syntax: inverse hyperbolic functions as the logs they are."""
    e = e.rewrite(sympy.asinh, sympy.log).rewrite(sympy.acosh, sympy.log).rewrite(sympy.atanh, sympy.log)
    return str(e).replace("**", "^").replace("Abs(", "abs(")


def real(e, p):
    v = e.subs(x, Rational(p)).evalf(30)
    return v.is_real and v.is_finite


def main():
    lines = ["# Written by integrate_cases.py (SymPy %s); see the script for the fields" % sympy.__version__]
    for text in INDEFINITE:
        f = parse(text)
        F = sympy.integrate(f, x)
        assert not F.has(sympy.Integral), text
        points = [p for p in CANDIDATE_POINTS if real(F, p) and real(f, p)]
        assert len(points) >= 3, text
        for p in points:
            v = Rational(p)
            assert abs(sympy.diff(F, x).subs(x, v).evalf(30) - f.subs(x, v).evalf(30)) < 1e-25, (text, p)
        lines.append("\t".join(["indefinite", text, cofactor(F), ",".join(points)]))
    mpmath.mp.dps = 30
    for text, a, b in DEFINITE:
        f = parse(text)
        v = sympy.integrate(f, (x, parse(a), parse(b)))
        value = sympy.N(v, 30) if not v.has(sympy.Integral) else None
        ends = [a] + KINKS.get(text, []) + [b]
        numeric = mpmath.quad(sympy.lambdify(x, f, "mpmath"), [sympy.N(parse(p), 30) for p in ends])
        if value is None:
            value = sympy.Float(numeric, 30)
        assert abs(value - numeric) < 1e-14 * max(1, abs(value)), (text, value, numeric)  # mpmath is less exact at end singularities
        lines.append("\t".join(["definite", text, a, b, str(sympy.N(value, 25))]))
    with open(OUT, "w") as out:
        out.write("\n".join(lines) + "\n")
    print(len(lines) - 1, "cases written to", OUT)


if __name__ == "__main__":
    main()
