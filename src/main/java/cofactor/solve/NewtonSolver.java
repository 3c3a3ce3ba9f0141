package cofactor.solve;

import cofactor.calculus.Partials;
import cofactor.compile.CompiledFunction;
import cofactor.compile.Compiler;
import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Sym;
import cofactor.guard.Interrupts;
import cofactor.guard.Limits;
import cofactor.matrix.Matrix;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Newton's method for F(x) = 0 with n equations in n unknowns: F and its Jacobian are
 * differentiated exactly and compiled to bytecode, each step solves J·d = −F (LU with
 * partial pivoting), and the step is halved while it does not reduce |F| (damping), so a
 * start in the basin of a root converges quadratically and one outside fails loudly.
 */
public final class NewtonSolver {
    static final int MAX_STEPS = 100;
    private static final double TOL = 1e-14;

    private NewtonSolver() {}

    /** A root near start; MathError when Newton does not converge or the Jacobian is singular. */
    public static double[] solve(List<Expr> equations, List<Sym> vars, double[] start, Limits limits) {
        int n = vars.size();
        if (equations.size() != n) throw new MathError("nsolve", "needs as many equations as unknowns, got " + equations.size() + " and " + n);
        CompiledFunction f = Compiler.compile(Matrix.vector(equations), vars);
        CompiledFunction jac = Compiler.compile(Partials.jacobian(equations, vars, limits), vars);
        double[] x = start.clone(), fx = f.evaluate(x, new double[n]), j = new double[n * n];
        double norm = norm(fx);
        LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(n);
        for (int step = 0; step < MAX_STEPS; step++) {
            Interrupts.check();
            if (!Double.isFinite(norm)) throw new MathError("nsolve", "F is not finite at " + Arrays.toString(x) + "; start elsewhere");
            jac.evaluate(x, j);
            DMatrixRMaj jm = DMatrixRMaj.wrap(n, n, j.clone());
            if (!lu.setA(jm) || lu.quality() < 1e-14) throw new MathError("nsolve", "the Jacobian is singular at " + Arrays.toString(x) + "; start elsewhere");
            DMatrixRMaj d = new DMatrixRMaj(n, 1), rhs = DMatrixRMaj.wrap(n, 1, fx.clone());
            lu.solve(rhs, d);
            double t = 1, size = 0;
            double[] next = new double[n], fNext = new double[n];
            double nextNorm;
            do {
                for (int i = 0; i < n; i++) next[i] = x[i] - t * d.get(i);
                f.evaluate(next, fNext);
                nextNorm = norm(fNext);
                t /= 2;
            } while (!(nextNorm < norm) && t > 1e-10 && norm > 0);
            for (int i = 0; i < n; i++) size = Math.max(size, Math.abs(next[i] - x[i]) / (1 + Math.abs(next[i])));
            x = next;
            fx = fNext.clone();
            norm = nextNorm;
            if (norm == 0 || size < TOL) return x;
        }
        throw new MathError("nsolve", "Newton did not converge in " + MAX_STEPS + " steps from start = " + Arrays.toString(start)
                + " (|F| = " + norm + " at " + Arrays.toString(x) + "); try another start");
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double d : v) s += d * d;
        return Math.sqrt(s);
    }
}
