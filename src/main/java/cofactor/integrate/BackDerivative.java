package cofactor.integrate;

import cofactor.calculus.Derivative;
import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import cofactor.guard.Limits;
import cofactor.numeric.Refine;
import cofactor.symja.SymjaBridge;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The proof of an antiderivative F of f: Cofactor's own derivative of F, which shares no
 * code with the integrator that found F, must give f back. Exactly, when F' - f is 0 as
 * built or once simplified; otherwise numerically, when F' and f, each correctly rounded,
 * agree to 1e-12 at every one of several random rational points where both are defined
 * (symbols other than x get random values too).
 */
final class BackDerivative {
    /** How the antiderivative was proved: always at random points, and exactly when F' - f simplifies to 0. */
    enum Proof {
        EXACT("exactly"), NUMERIC("at " + BackDerivative.POINTS + " random points to 1e-12");

        private final String text;

        Proof(String text) { this.text = text; }

        /** How, as the end of "differentiates back to the integrand …". */
        String text() { return text; }
    }

    /** The points that must agree for a numeric proof. */
    static final int POINTS = 6;
    static final double TOLERANCE = 1e-12;
    private static final int ATTEMPTS = 45; // points tried, for integrands defined on part of the line only
    /** The points lie in (-r, r) for each r in turn: asin wants |x| < 1, log(log(x)) x > 1, sqrt(x - 10) x > 10. */
    private static final int[] RANGES = {1, 4, 40};

    private BackDerivative() {}

    /**
     * How F' = f was proved; an {@link IntegrationError} when it was not. The random points
     * are checked even when the difference simplifies to 0: Symja simplifies as if over the
     * complex numbers, so an F that is real nowhere (one with sqrt(-x^2) in it) would pass.
     */
    static Proof check(Expr antiderivative, Expr integrand, Sym x, double timeoutSeconds, Limits limits) {
        Expr derivative = Derivative.of(antiderivative, x, limits);
        atRandomPoints(antiderivative, derivative, integrand, x);
        Expr difference = Expr.sub(derivative, integrand);
        if (difference.isZero()) return Proof.EXACT;
        SymjaBridge.Outcome simplified = Antiderivative.simplify(difference, timeoutSeconds);
        return simplified.warning() == null && simplified.value().isZero() ? Proof.EXACT : Proof.NUMERIC;
    }

    /** Checks F' = f at POINTS random points where F, F' and f are all real. */
    private static void atRandomPoints(Expr antiderivative, Expr derivative, Expr integrand, Sym x) {
        Set<Sym> symbols = new TreeSet<>((p, q) -> p.name().compareTo(q.name()));
        symbols.addAll(Symbols.free(antiderivative));
        symbols.addAll(Symbols.free(integrand));
        symbols.add(x);
        Random random = new Random(1); // the same points each run: a verdict does not vary
        int agreed = 0;
        for (int attempt = 0; attempt < ATTEMPTS && agreed < POINTS; attempt++) {
            Map<Sym, Expr> point = new HashMap<>();
            int range = RANGES[attempt % RANGES.length];
            for (Sym s : symbols) point.put(s, randomRational(random, range));
            double back, given;
            try {
                Refine.toDouble(Rewrite.subs(antiderivative, point));
                back = Refine.toDouble(Rewrite.subs(derivative, point));
                given = Refine.toDouble(Rewrite.subs(integrand, point));
            } catch (MathError outsideTheDomain) {
                continue;
            }
            if (Math.abs(back - given) > TOLERANCE * Math.max(Math.abs(back), Math.abs(given))) {
                throw new IntegrationError("the antiderivative Symja found does not differentiate back to the integrand (at "
                        + x + " = " + point.get(x) + ": " + back + ", not " + given + "); not shown");
            }
            agreed++;
        }
        if (agreed < POINTS) {
            throw new IntegrationError("the antiderivative Symja found could not be checked: it, its derivative and the integrand are all real at only "
                    + agreed + " of " + ATTEMPTS + " random points; not shown");
        }
    }

    /** A rational in (-r, r) with a prime denominator, so no special value (0, ±1, a multiple of pi) is hit. */
    private static Num randomRational(Random random, int r) {
        int numerator = random.nextInt(2 * r * 97 - 1) - (r * 97 - 1);
        return Num.rational(BigInteger.valueOf(numerator == 0 ? 1 : numerator), BigInteger.valueOf(97));
    }
}
