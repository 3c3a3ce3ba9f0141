package cofactor.solve;

import cofactor.calculus.Partials;
import cofactor.expr.Expr;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.matrix.Matrix;
import cofactor.numeric.Refine;
import cofactor.optimize.Curvature;
import cofactor.poly.Expand;
import cofactor.poly.Together;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stationary points of f (the real solutions of grad f = 0, exactly, by {@link Equation}
 * or {@link PolynomialSystem}), each with f there and its kind by the second-derivative
 * test on the exact Hessian: a Hessian whose determinant is exactly 0 is degenerate; otherwise
 * the signs of its eigenvalues decide (computed in doubles, where none is 0).
 */
public final class CriticalPoints {
    /** One stationary point, its value of f and its kind. */
    public record Point(List<Expr> at, Expr value, Curvature kind) {}

    private CriticalPoints() {}

    /** The points in the solvers' order, and the notes of a one-variable solve (what may be missing). */
    public record Result(List<Point> points, List<String> notes) {}

    public static Result of(Expr f, List<Sym> vars, Limits limits) {
        Matrix grad = Partials.grad(f, vars, limits);
        Matrix hessian = Partials.hessian(f, vars, limits);
        List<List<Expr>> solutions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (vars.size() == 1) {
            Equation eq = Equation.solve(grad.get(0), vars.get(0), limits);
            for (Expr s : eq.solutions()) solutions.add(List.of(s));
            notes.addAll(eq.notes());
        } else {
            solutions.addAll(PolynomialSystem.solve(grad.entries(), vars, limits).real());
        }
        List<Point> out = new ArrayList<>();
        for (List<Expr> s : solutions) {
            Map<Sym, Expr> at = new HashMap<>();
            for (int i = 0; i < vars.size(); i++) at.put(vars.get(i), s.get(i));
            Matrix h = hessian.map(e -> Expand.of(Rewrite.subs(e, at), limits));
            out.add(new Point(s, Expand.of(Rewrite.subs(f, at), limits), kind(h, limits)));
        }
        return new Result(out, notes);
    }

    private static Curvature kind(Matrix h, Limits limits) {
        int n = h.rows();
        if (Together.isZero(cofactor.matrix.Det.of(h, limits), limits)) return Curvature.DEGENERATE;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) d[i][j] = Refine.toDouble(h.get(i, j));
        return Curvature.of(d);
    }
}
