package cofactor.lang;

import cofactor.compile.CompiledFunction;
import cofactor.compile.Compiler;
import cofactor.expr.Sym;
import java.util.List;

/**
 * {@code grid(e, x, a, b, n)}: e at n evenly spaced points from a to b, as the rows
 * {@code [x, e(x)]} of a matrix (for a vector e, {@code [x, e_1, e_2, …]}); and over a
 * rectangle, {@code grid(e, [x, y], [a, c], [b, d], n)}: n×n points (or n1×n2 for n = [n1, n2]),
 * x varying slowest, rows {@code [x, y, e(x, y)]}. The values come from the compiled kernel over
 * all the points at once, which is what a plot or a table of values wants.
 */
final class Grid {
    private Grid() {}

    static Value of(Args a) {
        List<Sym> vars = a.symbols(1);
        int d = vars.size();
        if (d > 2) throw a.error("takes one variable or two ([x, y]), got " + d);
        double[] from = ends(a, 2, d), to = ends(a, 3, d);
        int[] counts = counts(a, 4, d);
        CompiledFunction f = function(a, vars);
        // Each row holds the point and every entry of the value there (a vector e gives several).
        a.session().checkEntries("grid", total(counts), d + (long) f.rows() * f.cols());
        double[][] points = points(from, to, counts);
        double[][] values = f.evaluateAll(points);
        double[][] rows = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            rows[i] = new double[d + values[i].length];
            System.arraycopy(points[i], 0, rows[i], 0, d);
            System.arraycopy(values[i], 0, rows[i], d, values[i].length);
        }
        return Value.of(Points.matrix(rows));
    }

    /** e compiled over the variables, or e itself when it is a function compiled already (of as many variables). */
    private static CompiledFunction function(Args a, List<Sym> vars) {
        Value e = a.get(0);
        if (e instanceof CompiledFunctionValue c) {
            if (c.function().arity() != vars.size()) throw a.error("the compiled function takes " + c.function().arity() + " arguments, the grid has " + vars.size() + " variables");
            return c.function();
        }
        if (e instanceof ScalarValue s) return Compiler.compile(s.expr(), vars);
        if (e instanceof MatrixValue m) return Compiler.compile(m.matrix(), vars);
        throw a.wrongType(0, "an expression, a vector or a compiled function");
    }

    /** Argument i: a number for one variable, a vector of d numbers for d. */
    private static double[] ends(Args a, int i, int d) {
        double[] v = d == 1 ? new double[] {a.real(i)} : column(a, i, d);
        for (double x : v) if (!Double.isFinite(x)) throw a.wrongType(i, "finite numbers");
        return v;
    }

    /** Argument i: a vector of d numbers. */
    private static double[] column(Args a, int i, int d) {
        if (!(a.get(i) instanceof MatrixValue m && m.matrix().isVector() && m.matrix().rows() == d)) throw a.wrongType(i, "a vector of " + d + " numbers");
        double[][] rows = Points.rows(a, m.matrix(), "argument " + (i + 1));
        double[] v = new double[d];
        for (int k = 0; k < d; k++) v[k] = rows[k][0];
        return v;
    }

    /** Argument i: how many points along each variable, at least 2; one number n means n along each. */
    private static int[] counts(Args a, int i, int d) {
        int[] n = new int[d];
        if (a.get(i) instanceof MatrixValue) {
            double[] v = column(a, i, d);
            for (int k = 0; k < d; k++) n[k] = (int) v[k];
            for (int k = 0; k < d; k++) if (n[k] != v[k]) throw a.wrongType(i, "whole numbers of points");
        } else {
            java.util.Arrays.fill(n, a.integer(i));
        }
        for (int k : n) if (k < 2) throw a.error("needs at least 2 points along each variable, got " + k);
        return n;
    }

    private static long total(int[] counts) {
        long total = 1;
        for (int c : counts) total *= c;
        return total;
    }

    /** The grid's points, the first variable varying slowest; each line of points ends exactly at its end. */
    private static double[][] points(double[] from, double[] to, int[] counts) {
        int d = counts.length, total = (int) total(counts);
        double[][] points = new double[total][d];
        for (int p = 0; p < total; p++) {
            int rest = p;
            for (int k = d - 1; k >= 0; k--) {
                int j = rest % counts[k];
                rest /= counts[k];
                points[p][k] = j == counts[k] - 1 ? to[k] : from[k] + (to[k] - from[k]) * j / (counts[k] - 1);
            }
        }
        return points;
    }
}
