"""SymPy's real solutions of equations and systems, and stationary points with their kinds, for SolveAgainstSymPyTest.

Writes solve_cases.txt beside this script. Tests never run this; it is how the committed
data was made. Run from the repository root:

    python3 src/test/resources/cofactor/sympy/solve_cases.py

Each line is: a kind (solve, system, critical), the Cofactor input, and SymPy's answer to
30 digits. For solve, the distinct real solutions ascending, separated by ';' ("none" when
there are none); trigonometric equations are solved on [-pi, pi], the period Cofactor
gives; polynomial and rational ones by real_roots of the numerator, poles left out. For system, the real solutions sorted, each a comma-separated point in the order of
the variables. For critical, each stationary point with its kind by the eigenvalues of the
Hessian (minimum, maximum, saddle; degenerate when one is 0). The polynomials are fixed
ones of degree 1 to 4 and higher, and seeded random ones with integer coefficients.
"""
import os
import random
from sympy import (fraction, together, Interval, Matrix, S, Symbol, FiniteSet, N, cos, exp, hessian, log, nsimplify, pi,
                   real_roots, sin, solve, solveset, sqrt, sympify, Poly)

x, y, z = Symbol('x', real=True), Symbol('y', real=True), Symbol('z', real=True)
NS = {'x': x, 'y': y, 'z': z, 'pi': pi, 'E': S.Exp1, 'sqrt': sqrt, 'sin': sin, 'cos': cos, 'exp': exp, 'log': log}


def sympy_of(text):
    return sympify(text.replace('^', '**'), locals=NS)


def num(v):
    return str(N(v, 30))


def solve_case(text, trig=False, polynomial=True):
    e = sympy_of(text)
    if polynomial:
        # the real roots of the numerator (real_roots: exact, with CRootOf where needed), poles left out
        p, q = fraction(together(e))
        values = sorted({r for r in real_roots(Poly(p, x)) if q.subs(x, r) != 0}, key=lambda v: float(N(v, 30)))
        return 'solve', text, ';'.join(num(v) for v in values) or 'none'
    domain = Interval(-pi, pi) if trig else S.Reals
    sols = solveset(e, x, domain)
    if sols == S.EmptySet:
        return 'solve', text, 'none'
    assert isinstance(sols, FiniteSet), (text, sols)
    values = sorted(sols, key=lambda v: float(N(v, 30)))
    return 'solve', text, ';'.join(num(v) for v in values) or 'none'


def system_case(eqs, vs):
    es = [sympy_of(t) for t in eqs]
    sols = solve(es, vs, dict=True)
    pts = []
    for s in sols:
        p = [N(s[v], 40).as_real_imag() for v in vs]
        if all(abs(im) < 1e-30 for _, im in p):
            pts.append([re for re, _ in p])
    pts.sort(key=lambda p: [float(q) for q in p])
    text = 'solve([' + ', '.join(eqs) + '], [' + ', '.join(str(v) for v in vs) + '])'
    return 'system', text, ';'.join(','.join(num(q) for q in p) for p in pts) or 'none'


def critical_case(text, vs):
    f = sympy_of(text)
    grad = [f.diff(v) for v in vs]
    h = hessian(f, vs)
    out = []
    for s in solve(grad, vs, dict=True):
        if not all(s[v].is_real for v in vs):
            continue
        ev = [N(k, 30) for k in h.subs(s).eigenvals(multiple=True)]
        if any(abs(k) < 1e-20 for k in ev):
            kind = 'degenerate'
        elif all(k > 0 for k in ev):
            kind = 'minimum'
        elif all(k < 0 for k in ev):
            kind = 'maximum'
        else:
            kind = 'saddle'
        out.append(([N(s[v], 30) for v in vs], kind))
    out.sort(key=lambda p: [float(q) for q in p[0]])
    text = 'critical(' + text + ', [' + ', '.join(str(v) for v in vs) + '])'
    return 'critical', text, ';'.join(','.join(num(q) for q in p) + ':' + k for p, k in out)


def random_poly(rnd, degree):
    terms = []
    for k in range(degree, -1, -1):
        c = rnd.randint(-6, 6) if k < degree else rnd.randint(1, 3)
        if c:
            terms.append('(%d)*x^%d' % (c, k))
    return ' + '.join(terms)


def cases():
    out = []
    fixed = ['3*x - 7', 'x/2 + 5/3', 'x^2 - 2', 'x^2 - 5*x + 6', '2*x^2 + 3*x - 4', 'x^2 + x + 1', 'x^2 - 2*x + 1',
             'x^3 - 2', 'x^3 - x - 1', 'x^3 - 3*x + 1', 'x^3 - 6*x^2 + 11*x - 6', '2*x^3 + x^2 - 7*x - 6', 'x^3 + x + 1',
             'x^4 - 10*x^2 + 1', 'x^4 - 5*x^2 + 4', 'x^4 + 1', 'x^4 - 2', '(x - 1)^2*(x + 3)^3', 'x^4 - 4*x^3 + x + 1',
             'x^5 - x - 1', 'x^5 - 5*x + 1', 'x^6 - 2', 'x^6 - 7*x^3 - 8', 'x^7 - x^2 + 1/3', 'x^8 - 3*x^4 + 1']
    out += [solve_case(t) for t in fixed]
    rnd = random.Random(15)
    for i in range(12):
        out.append(solve_case(random_poly(rnd, 2 + i % 5)))
    rational = ['(x^2 - 1)/(x - 1)', '1/x - 2', '(x^2 - 4)/(x^2 + x - 6)', 'x + 1/x - 5/2', '(x^3 - 8)/(x - 2) - 7',
                '1/(x - 1) + 1/(x + 1) - 1']
    out += [solve_case(t) for t in rational]
    substituted = ['exp(2*x) - 3*exp(x) + 2', 'log(x) - 2', 'sqrt(x + 1) - 2', 'exp(x) - 5', 'x^(1/3) - 2']
    out += [solve_case(t, polynomial=False) for t in substituted]
    trig = ['sin(x) - 1/2', 'cos(x) - sqrt(3)/2', '2*sin(x)^2 - 1', 'cos(2*x)']
    out += [solve_case(t, trig=True, polynomial=False) for t in trig]
    systems = [(['x^2 + y^2 - 1', 'x - y'], [x, y]), (['x + y - 3', 'x*y - 2'], [x, y]), (['x^2 - y', 'y - 2*x - 3'], [x, y]),
               (['x^2 + y^2 - 5', 'x*y - 2'], [x, y]), (['x^2 + y^2 - 1', 'x^2 - y'], [x, y]), (['x^2 + 1', 'y - x'], [x, y]),
               (['x^2 + y^2 + z^2 - 1', 'x + y + z - 1', 'x*y*z'], [x, y, z]), (['x + y + z - 6', 'x*y + y*z + z*x - 11', 'x*y*z - 6'], [x, y, z]),
               (['x^2 - 2', 'y^2 - 3', 'z - x*y'], [x, y, z]), (['x*y - 1', 'y*z - 2', 'z*x - 8'], [x, y, z])]
    out += [system_case(e, v) for e, v in systems]
    critical = [('x^3 - 3*x + y^2', [x, y]), ('x^4 - 3*x^2 + y^2', [x, y]), ('x^2 + x*y + y^2 - 3*x', [x, y]),
                ('x*y*(1 - x - y)', [x, y]), ('x^3 + y^3 - 3*x*y', [x, y]), ('-(x^2) - y^2 + 2*x', [x, y]),
                ('x^4 - 2*x^2', [x]), ('x^3 - 12*x', [x]), ('x^2*y - x^2 - 2*y^2', [x, y])]
    out += [critical_case(t, v) for t, v in critical]
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = cases()
    with open(os.path.join(here, 'solve_cases.txt'), 'w') as f:
        f.write('# made by solve_cases.py with SymPy; kind, Cofactor input, SymPy real solutions to 30 digits\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    print(len(rows), 'cases')


main()
