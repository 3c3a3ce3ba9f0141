package cofactor.numeric;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Find;
import cofactor.expr.MathError;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Expressions with their closed parts (parts without free symbols) replaced by numbers, each
 * computed by {@link Refine} to the last digit: what {@code N} does, and what substitution
 * does to the parts a double reached. The closed terms of a sum (factors of a product) are
 * computed together, so {@code N(x + pi + E)} rounds pi + E once.
 */
public final class NumericValue {
    private NumericValue() {}

    /** N(e): every closed part as its correctly rounded double; integer exponents stay exact (x^2, not x^2.0). */
    public static Expr of(Expr e) { return rewrite(e, part -> true, part -> Num.real(Refine.toDouble(part))); }

    /** N(e, d): every closed part to d significant digits. */
    public static Expr of(Expr e, int digits) { return rewrite(e, part -> true, part -> digitsOf(part, digits)); }

    /** Up to 17 digits N(e, d) is a double, so a value past the double range is refused as N(e) refuses it. */
    private static Num digitsOf(Expr closed, int digits) {
        BigDecimal d = Refine.toDecimal(closed, digits);
        double v = d.doubleValue();
        if (digits < Num.DECIMAL_DIGITS && d.signum() != 0 && (Double.isInfinite(v) || v == 0)) {
            throw new MathError("the value, about " + d.round(new MathContext(3)).toString().replace("E+", "E") + ", is "
                    + (v == 0 ? "below" : "beyond") + " the range of a double; with " + Num.DECIMAL_DIGITS + " digits or more N(e, d) keeps it");
        }
        return Num.decimal(d);
    }

    /**
     * A double anywhere makes the operation a double: after a substitution, every closed part
     * that holds a double becomes one, so (x^5/tanh((5 + pi)*x)) | x = 0.26 is a number.
     */
    public static Expr inexactParts(Expr e) { return rewrite(e, Find::anyDouble, part -> Num.real(Refine.toDouble(part))); }

    /** What is known of a node: whether it is closed, and (for one that is not) its rewritten form. */
    private record Part(boolean closed, Expr form) {}

    /**
     * e with each maximal closed part p for which {@code wanted(p)} replaced by {@code value(p)};
     * bottom-up without recursion, each distinct node once.
     */
    private static Expr rewrite(Expr root, Predicate<Expr> wanted, Function<Expr, Num> value) {
        Part top = BottomUp.fold(root, e -> e instanceof Num || e instanceof Sym ? List.of() : e.args(), (e, parts) -> {
            if (e instanceof Num) return new Part(true, e);
            if (e instanceof Sym s) return new Part(s.isConstant(), e);
            return rebuild(e, parts, wanted, value);
        });
        return replaced(root, wanted, value, top);
    }

    private static Part rebuild(Expr e, Map<Expr, Part> parts, Predicate<Expr> wanted, Function<Expr, Num> value) {
        List<Expr> args = e.args();
        if (args.stream().allMatch(a -> parts.get(a).closed())) return new Part(true, e);
        List<Expr> rebuilt = new ArrayList<>(args.size());
        if (e instanceof Add || e instanceof Mul) {
            // the closed operands of a sum or product are one number together
            List<Expr> closed = new ArrayList<>();
            for (Expr a : args) {
                if (parts.get(a).closed()) closed.add(a);
                else rebuilt.add(parts.get(a).form());
            }
            if (!closed.isEmpty()) {
                Expr together = e instanceof Add ? Expr.add(closed) : Expr.mul(closed);
                rebuilt.add(wanted.test(together) ? value.apply(together) : together);
            }
        } else {
            for (int i = 0; i < args.size(); i++) {
                Expr a = args.get(i);
                boolean exactExponent = e instanceof Pow && i == 1 && a instanceof Num k && k.isInteger();
                Part p = parts.get(a);
                rebuilt.add(!p.closed() ? p.form() : exactExponent ? a : replaced(a, wanted, value, p));
            }
        }
        return new Part(false, e.withArgs(rebuilt));
    }

    private static Expr replaced(Expr e, Predicate<Expr> wanted, Function<Expr, Num> value, Part p) {
        if (!p.closed()) return p.form();
        return wanted.test(e) ? value.apply(e) : e;
    }
}
