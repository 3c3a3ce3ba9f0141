package cofactor.expr;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cofactor.testing.DoubleEval;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every entry of the function table at every standard angle k·π/12 (k = -24..24) and at
 * every standard value of sin, cos and tan (and their negatives): whatever the entry
 * folds the call to has the numeric value of the function there (the independent route:
 * {@link Math}). The circular functions fold at each of those angles but their poles, and
 * the inverses give a multiple of π at each standard value of their function. The exact forms are
 * checked against SymPy in {@code cofactor.lang.SpecialValuesAgainstSymPyTest}.
 */
class SpecialValuesTest {

    static List<Expr> angles() {
        List<Expr> a = new ArrayList<>();
        for (int k = -24; k <= 24; k++) a.add(mul(rational(k, 12), Sym.PI));
        return a;
    }

    /** The values of sin and cos at the standard angles, and their negatives (1/sqrt(2) is sqrt(2)/2 typed otherwise). */
    static List<Expr> sineValues() {
        Expr r2 = sqrt(num(2)), r3 = sqrt(num(3)), r6 = sqrt(num(6));
        return withNegatives(List.of(Num.ZERO, Num.HALF, Num.ONE, div(r2, num(2)), div(r3, num(2)),
                div(sub(r6, r2), num(4)), div(add(r6, r2), num(4)), pow(r2, -1)));
    }

    /** The values of tan at the standard angles, and their negatives (1/sqrt(3) is sqrt(3)/3 typed otherwise). */
    static List<Expr> tangentValues() {
        Expr r3 = sqrt(num(3));
        return withNegatives(List.of(Num.ZERO, Num.ONE, r3, div(r3, num(3)), sub(num(2), r3), add(num(2), r3), pow(r3, -1)));
    }

    private static List<Expr> withNegatives(List<Expr> values) {
        List<Expr> v = new ArrayList<>();
        for (Expr e : values) {
            v.add(e);
            v.add(neg(e));
        }
        return v;
    }

    private static double value(Expr e) { return DoubleEval.eval(e, Map.of()); }

    @ParameterizedTest @EnumSource(Fn.class)
    void whatEachEntryFoldsToHasTheFunctionsValue(Fn f) {
        int checked = 0;
        for (Expr a : concat(angles(), concat(sineValues(), tangentValues()))) {
            double want = f.apply(value(a));
            Expr folded;
            try {
                folded = call(f, a);
            } catch (MathError outside) { // log of a number ≤ 0, a pole
                assertTrue(!Double.isFinite(want) || Math.abs(want) > 1e15, f + "(" + a + ") refused, yet its value is " + want);
                continue;
            }
            if (!Double.isFinite(want) || Math.abs(want) > 1e15) continue; // a pole: tan(pi/2) is 1.6e16 in doubles
            assertEquals(want, value(folded), 1e-13 * Math.max(1, Math.abs(want)), f + "(" + a + ") folded to " + folded);
            checked++;
        }
        // asin and acos are real at 29 of the points, log at 36
        assertTrue(checked >= 29, f + ": only " + checked + " points checked");
    }

    @ParameterizedTest @EnumSource(names = {"SIN", "COS", "TAN", "COT", "SEC", "CSC"})
    void circularFunctionsFoldAtEveryStandardAngleButPoles(Fn f) {
        for (Expr a : angles()) {
            double want = f.apply(value(a));
            if (Math.abs(want) > 1e15) continue; // a pole
            Expr folded = call(f, a);
            if (containsCall(folded)) fail(f + "(" + a + ") is left as " + folded);
        }
    }

    @ParameterizedTest @EnumSource(names = {"ASIN", "ACOS", "ATAN"})
    void inversesGiveTheAngleAtEveryStandardValue(Fn g) {
        List<Expr> values = g == Fn.ATAN ? tangentValues() : sineValues();
        for (Expr v : values) {
            Expr angle = call(g, v);
            boolean multipleOfPi = angle.isZero() || angle == Sym.PI || angle instanceof Mul m && m.size() == 1 && m.base(0) == Sym.PI;
            assertTrue(multipleOfPi, g + "(" + v + ") is left as " + angle);
        }
    }

    private static boolean containsCall(Expr e) {
        if (e instanceof Call) return true;
        for (Expr a : e.args()) if (containsCall(a)) return true;
        return false;
    }

    private static List<Expr> concat(List<Expr> a, List<Expr> b) {
        List<Expr> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
