package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.matrix.Matrix;
import cofactor.solve.CriticalPoints;
import cofactor.solve.Equation;
import cofactor.solve.NewtonSolver;
import cofactor.solve.PolynomialSystem;
import cofactor.solve.Roots;
import java.util.ArrayList;
import java.util.List;

/** Equations through {@code cofactor.solve}: solve, nsolve, critical, and the root(p, k) constants solve gives. */
final class SolveBuiltins {
    private SolveBuiltins() {}

    static void register(Builtins b) {
        b.add(Builtin.of("solve", 2, 2, "solve(e, x), solve([e1, e2], [x, y])",
                "the exact real solutions of e = 0 (a polynomial, rational or, through a substitution, trigonometric or exponential equation), "
                        + "or of a polynomial system (a Gröbner basis), as a vector of solutions (for a system, each a row in the order of the variables); "
                        + "roots without radicals are root(p, k) constants that N computes; a warning says what may be missing",
                SolveBuiltins::solve));
        b.add(Builtin.of("root", 2, 2, "root(p, k)",
                "the k-th smallest real root (k from 1) of the polynomial p in its one variable, exact (sqrt(2) for root(x^2 - 2, 2)), "
                        + "or a constant that N computes to any precision",
                SolveBuiltins::root));
        b.add(Builtin.of("nsolve", 2, 2, "nsolve(e, x, start = 1), nsolve([e1, e2], [x, y], start = [1, 1])",
                "a root of e = 0 (or of a system of as many equations as unknowns) by Newton's method with the compiled exact Jacobian, "
                        + "from start (0 by default); an error when it does not converge",
                SolveBuiltins::nsolve).withOptions("start"));
        b.add(Builtin.of("critical", 2, 2, "critical(f, [x, y])",
                "the stationary points of f (grad f = 0, solved exactly), each with f there and its kind by the Hessian: minimum, maximum, saddle or degenerate",
                SolveBuiltins::critical));
    }

    // ---- solve
    private static Value solve(Args a) {
        try {
            if (a.get(0) instanceof MatrixValue m) return system(a, m.matrix().entries(), a.symbols(1));
            Equation eq = Equation.solve(a.expr(0), a.symbol(1), a.session().limits());
            for (String note : eq.notes()) a.session().warn("solve: " + note);
            if (eq.solutions().isEmpty()) return noSolutions(eq.complexCount(), !eq.notes().isEmpty());
            return Value.of(Matrix.vector(eq.solutions()));
        } catch (MathError e) {
            throw a.error(e.getMessage());
        }
    }

    private static Value system(Args a, List<Expr> equations, List<Sym> vars) {
        PolynomialSystem.Solutions s = PolynomialSystem.solve(equations, vars, a.session().limits());
        if (s.real().isEmpty()) return noSolutions(s.complex(), false);
        return Value.of(Matrix.of(s.real()));
    }

    private static Report noSolutions(int complex, boolean mayMiss) {
        String why = complex > 0 ? " (" + (complex == 1 ? "one solution is" : "all " + complex + " solutions are") + " complex)" : "";
        return new Report((mayMiss ? "no real solutions found" : "no real solutions") + why);
    }

    // ---- root
    private static Value root(Args a) {
        Expr p = a.expr(0);
        List<Sym> free = new ArrayList<>(Symbols.free(p));
        if (free.size() != 1) throw a.error("needs a polynomial in one variable, got " + p);
        int k = a.integer(1);
        try {
            Roots r = Roots.of(p, free.get(0), a.session().limits());
            if (k < 1 || k > r.real().size()) {
                throw a.error(p + " has " + r.real().size() + " real root" + (r.real().size() == 1 ? "" : "s") + ", so k must be from 1 to " + r.real().size() + ", got " + k);
            }
            return Value.of(r.real().get(k - 1).value());
        } catch (MathError e) {
            throw a.error(e.getMessage());
        }
    }

    // ---- nsolve
    private static Value nsolve(Args a) {
        boolean system = a.get(0) instanceof MatrixValue;
        List<Expr> equations = system ? a.matrix(0).entries() : List.of(a.expr(0));
        List<Sym> vars = a.symbols(1);
        double[] start = OptimizeBuiltins.startPoint(a, vars.size());
        try {
            double[] x = NewtonSolver.solve(equations, vars, start, a.session().limits());
            if (!system && !(a.get(1) instanceof MatrixValue)) return Value.of(Expr.real(x[0]));
            List<Expr> out = new ArrayList<>();
            for (double v : x) out.add(Expr.real(v));
            return Value.of(Matrix.vector(out));
        } catch (MathError e) {
            throw a.error(e.getMessage());
        }
    }

    // ---- critical
    private static Value critical(Args a) {
        Expr f = a.expr(0);
        List<Sym> vars = a.symbols(1);
        try {
            CriticalPoints.Result r = CriticalPoints.of(f, vars, a.session().limits());
            for (String note : r.notes()) a.session().warn("critical: " + note);
            if (r.points().isEmpty()) return new Report("no real stationary points");
            List<String> where = new ArrayList<>();
            int width = 0;
            for (CriticalPoints.Point p : r.points()) {
                String at = vars.size() == 1 ? p.at().get(0).toString() : Matrix.vector(p.at()).toString();
                where.add(at);
                width = Math.max(width, at.length());
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < where.size(); i++) {
                CriticalPoints.Point p = r.points().get(i);
                if (i > 0) sb.append('\n');
                sb.append(String.format("%-" + width + "s  %-10s  f = %s", where.get(i), p.kind().label(), p.value()));
            }
            return new Report(sb.toString());
        } catch (MathError e) {
            throw a.error(e.getMessage());
        }
    }
}
