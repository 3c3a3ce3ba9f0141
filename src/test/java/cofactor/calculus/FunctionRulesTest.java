package cofactor.calculus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.LatexPrinter;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.symja.SymjaRoundTrip;
import cofactor.testing.DoubleEval;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every entry of the function table, one test per part of the entry: its derivative rule
 * (alone and through the chain rule) against finite differences, its special values and
 * symmetry against its own numeric value, its Symja name by a round trip through Symja,
 * and its LaTeX form against the forms written out here.
 */
class FunctionRulesTest {
    static final Sym x = Expr.sym("x");
    static final double[] POINTS = {-2.3, -0.8, -0.3, 0.2, 0.45, 0.9, 1.7, 3.1};

    @ParameterizedTest @EnumSource(Fn.class)
    void ruleMatchesFiniteDifferences(Fn fn) {
        check(fn, Expr.call(fn, x));
    }

    @ParameterizedTest @EnumSource(Fn.class)
    void chainRuleMatchesFiniteDifferences(Fn fn) {
        // u = x^2/3 - x/2 stays inside (-1, 1) on small |x|, so asin/acos are tested too
        Expr u = Expr.sub(Expr.div(Expr.pow(x, 2), Expr.num(3)), Expr.div(x, Expr.num(2)));
        check(fn, Expr.call(fn, u));
    }

    private static void check(Fn fn, Expr f) {
        Expr d = Derivative.of(f, x, Limits.DEFAULT);
        int checked = 0;
        for (double p : POINTS) {
            double value = DoubleEval.eval(f, Map.of(x, p));
            double expected = DoubleEval.derivative(t -> DoubleEval.eval(f, Map.of(x, t)), p);
            if (!Double.isFinite(value) || !Double.isFinite(expected)) continue; // outside the domain or at a kink
            double got = DoubleEval.eval(d, Map.of(x, p));
            assertEquals(expected, got, 1e-6 * Math.max(1, Math.abs(expected)), fn + ": d/dx " + f + " = " + d + " at x = " + p);
            checked++;
        }
        assertTrue(checked >= 3, fn + ": only " + checked + " points inside the domain");
    }

    /** Exact points where entries have special values (and their negatives, for the symmetries). */
    static final List<Expr> SPECIAL = List.of(Num.ZERO, Num.ONE, Num.TWO, Expr.rational(1, 2), Sym.PI, Sym.E,
            Expr.div(Sym.PI, Num.TWO), Expr.mul(Expr.rational(3, 2), Sym.PI), Expr.mul(Num.of(5), Sym.PI),
            Expr.div(Sym.PI, Num.of(3)), Expr.call(Fn.LOG, Num.TWO), Expr.call(Fn.EXP, Num.HALF), Expr.call(Fn.ABS, x));

    /** What f(a) folds to, exact special value or symmetry, has the numeric value of f at a. */
    @ParameterizedTest @EnumSource(Fn.class)
    void specialValuesAndSymmetryKeepTheValue(Fn fn) {
        Map<Sym, Double> at = Map.of(x, 0.7);
        int folded = 0;
        for (Expr point : SPECIAL) {
            for (Expr a : List.of(point, Expr.neg(point))) {
                double want = fn.apply(DoubleEval.eval(a, at));
                Expr f;
                try {
                    f = Expr.call(fn, a);
                } catch (cofactor.expr.MathError outside) { // log 0, log of a negative number, a pole such as tan(pi/2)
                    // at a pole the double argument misses it by a rounding, so the double value is huge rather than infinite
                    assertTrue(!Double.isFinite(want) || Math.abs(want) > 1e15, fn + "(" + a + ") refused, yet its value is " + want);
                    continue;
                }
                if (!(f instanceof Call c && c.fn() == fn && c.arg().equals(a))) folded++;
                if (!Double.isFinite(want)) continue; // no real value to compare
                double got = DoubleEval.eval(f, at);
                assertEquals(want, got, 1e-12 * Math.max(1, Math.abs(want)), fn + "(" + a + ") folded to " + f);
            }
        }
        assertTrue(folded > 0, fn + ": no special value or symmetry applied at any point");
    }

    @ParameterizedTest @EnumSource(Fn.class)
    void roundTripsThroughSymja(Fn fn) throws Exception {
        for (Expr u : List.of(x, Expr.add(x, Expr.mul(Sym.PI, Expr.rational(1, 7))))) {
            Expr e = Expr.call(fn, u);
            assertEquals(e, SymjaRoundTrip.of(e), fn + " as Symja's " + fn.symjaName());
        }
    }

    static final Map<Fn, String> LATEX = Map.ofEntries(
            Map.entry(Fn.SIN, "\\sin\\left(x\\right)"), Map.entry(Fn.COS, "\\cos\\left(x\\right)"),
            Map.entry(Fn.TAN, "\\tan\\left(x\\right)"), Map.entry(Fn.COT, "\\cot\\left(x\\right)"),
            Map.entry(Fn.SEC, "\\sec\\left(x\\right)"), Map.entry(Fn.CSC, "\\csc\\left(x\\right)"),
            Map.entry(Fn.ASIN, "\\arcsin\\left(x\\right)"), Map.entry(Fn.ACOS, "\\arccos\\left(x\\right)"),
            Map.entry(Fn.ATAN, "\\arctan\\left(x\\right)"), Map.entry(Fn.SINH, "\\sinh\\left(x\\right)"),
            Map.entry(Fn.COSH, "\\cosh\\left(x\\right)"), Map.entry(Fn.TANH, "\\tanh\\left(x\\right)"),
            Map.entry(Fn.EXP, "e^{x}"), Map.entry(Fn.LOG, "\\log\\left(x\\right)"), Map.entry(Fn.ABS, "\\left|x\\right|"),
            Map.entry(Fn.SIGN, "\\operatorname{sign}\\left(x\\right)"));

    @ParameterizedTest @EnumSource(Fn.class)
    void hasLatex(Fn fn) {
        assertEquals(LATEX.get(fn), LatexPrinter.print(Expr.call(fn, x)), fn.toString());
    }
}
