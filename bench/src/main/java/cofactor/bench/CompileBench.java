package cofactor.bench;

import cofactor.guard.Limits;
import cofactor.compile.CompiledFunction;
import cofactor.compile.CompiledGradient;
import cofactor.compile.Compiler;
import cofactor.expr.Expr;
import cofactor.expr.Sym;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-call cost of compiled functions against hand-written Java and a
 * tree-walking evaluator, and of value+gradient against the value alone, for
 * det([[x, x^2], [1, sin x]])^2, the 5×5 trigonometric determinant and the 6×6
 * determinant in 10 variables ({@link Matrices}). SymPy lambdify's per-call
 * time comes from bench/lambdify_bench.py run in the same session.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CompileBench {
    double x = 1.3;
    double[] x1 = {1.3};
    double[] xy = {0.7, 0.4};
    double[] v10 = {0.3, -0.2, 0.5, 0.9, -0.7, 0.1, 0.4, -0.6, 0.8, 0.2};
    double[] grad2 = new double[2], grad10 = new double[10];

    CompiledFunction det2, trig5, poly6, shared5, poly6Expanded;
    CompiledGradient trig5Gradient, poly6Gradient, shared5Gradient, poly6ExpandedGradient;
    TreeWalker det2Walker, trig5Walker, poly6Walker;

    @Setup public void setup() {
        List<Sym> xs = List.of(Matrices.X), xys = List.of(Matrices.X, Matrices.Y);
        Expr d2 = Matrices.det2Squared(), t5 = Matrices.leibniz(Matrices.trigDense5()), p6 = Matrices.leibniz(Matrices.poly6());
        det2 = Compiler.compile(d2, xs);
        trig5 = Compiler.compile(t5, xys);
        poly6 = Compiler.compile(p6, Matrices.vars10());
        trig5Gradient = Compiler.compileGradient(t5, xys);
        poly6Gradient = Compiler.compileGradient(p6, Matrices.vars10());
        Expr s5 = cofactor.matrix.Det.of(Matrices.trig5(), Limits.DEFAULT); // the determinant benchmark's matrix, expanded by det
        shared5 = Compiler.compile(s5, xys);
        shared5Gradient = Compiler.compileGradient(s5, xys);
        Expr p6e = Matrices.poly6Expanded();
        poly6Expanded = Compiler.compile(p6e, Matrices.vars10());
        poly6ExpandedGradient = Compiler.compileGradient(p6e, Matrices.vars10());
        det2Walker = new TreeWalker(d2, xs);
        trig5Walker = new TreeWalker(t5, xys);
        poly6Walker = new TreeWalker(p6, Matrices.vars10());
        check(HandWritten.det2Squared(x), det2.applyAsDouble(x), det2Walker.eval(x1));
        check(HandWritten.trig5(xy[0], xy[1]), trig5.applyAsDouble(xy), trig5Walker.eval(xy));
        check(HandWritten.poly6(v10), poly6.applyAsDouble(v10), poly6Walker.eval(v10));
        check(HandWritten.poly6(v10), poly6Expanded.applyAsDouble(v10), poly6.applyAsDouble(v10));
    }

    private static void check(double hand, double compiled, double walked) {
        if (Math.abs(hand - compiled) > 1e-9 * Math.max(1, Math.abs(hand)) || Math.abs(hand - walked) > 1e-9 * Math.max(1, Math.abs(hand))) {
            throw new IllegalStateException("benchmark functions disagree: " + hand + " " + compiled + " " + walked);
        }
    }

    @Benchmark public double det2Compiled() { return det2.applyAsDouble(x); }
    @Benchmark public double det2Hand() { return HandWritten.det2Squared(x); }
    @Benchmark public double det2TreeWalk() { return det2Walker.eval(x1); }

    @Benchmark public double trig5Compiled() { return trig5.applyAsDouble(xy); }
    @Benchmark public double trig5HandLU() { return HandWritten.trig5(xy[0], xy[1]); }
    @Benchmark public double trig5EntriesOnly() { return HandWritten.trig5Entries(xy[0], xy[1]); }
    @Benchmark public double trig5TreeWalk() { return trig5Walker.eval(xy); }
    @Benchmark public double trig5ValueAndGradient() { return trig5Gradient.valueAndGradient(xy, grad2); }

    @Benchmark public double shared5Compiled() { return shared5.applyAsDouble(xy); }
    @Benchmark public double shared5ValueAndGradient() { return shared5Gradient.valueAndGradient(xy, grad2); }

    @Benchmark public double poly6Compiled() { return poly6.applyAsDouble(v10); }
    @Benchmark public double poly6HandLU() { return HandWritten.poly6(v10); }
    @Benchmark public double poly6TreeWalk() { return poly6Walker.eval(v10); }
    @Benchmark public double poly6ValueAndGradient() { return poly6Gradient.valueAndGradient(v10, grad10); }

    @Benchmark public double poly6ExpandedCompiled() { return poly6Expanded.applyAsDouble(v10); }
    @Benchmark public double poly6ExpandedValueAndGradient() { return poly6ExpandedGradient.valueAndGradient(v10, grad10); }
}
