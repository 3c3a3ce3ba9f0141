package cofactor.poly;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact division, checked against multiplication: (q·d) / d = q, and q·d + r / d has no quotient for a remainder r. */
class QuotientTest {
    static final Sym x = sym("x"), y = sym("y"), z = sym("z");

    static IntStream seeds() { return IntStream.range(0, 200); }

    /** A random expanded polynomial in x, y, z (and sin x as a kernel): up to 5 terms, degrees up to 3, integer coefficients. */
    static Expr polynomial(Random r) { return polynomial(r, false); }

    /**
     * The same, with rational coefficients (denominators 2 to 6) when asked. (Not y and 1/y
     * together: their products cancel in the expressions, and as kernels they are two variables.)
     */
    static Expr polynomial(Random r, boolean rational) {
        List<Expr> kernels = List.of(x, y, z, call(Fn.SIN, x));
        List<Expr> terms = new ArrayList<>();
        for (int t = 1 + r.nextInt(5); t > 0; t--) {
            List<Expr> f = new ArrayList<>();
            f.add(rational ? rational(r.nextInt(9) - 4, 2 + r.nextInt(5)) : num(r.nextInt(9) - 4));
            for (Expr k : kernels) if (r.nextInt(3) == 0) f.add(pow(k, 1 + r.nextInt(3)));
            terms.add(mul(f));
        }
        return Expand.of(add(terms), Limits.DEFAULT);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aProductDividedByAFactorIsTheOtherFactor(long seed) {
        Random r = new Random(seed);
        Expr q = polynomial(r), d = polynomial(r);
        while (d.isZero()) d = polynomial(r); // no division by 0: every seed checks a division
        Expr divisor = d;
        Expr n = Expand.of(mul(q, divisor), Limits.DEFAULT);
        assertEquals(q, Quotient.of(n, divisor, Limits.DEFAULT), () -> "seed " + seed + ": (" + n + ") / (" + divisor + ")");
    }

    /** The same with rational coefficients; the quotient times the divisor, expanded, is the dividend. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void rationalCoefficientsDivideToo(long seed) {
        Random r = new Random(seed);
        Expr q = polynomial(r, true), d = polynomial(r, true);
        while (d.isZero()) d = polynomial(r, true);
        Expr divisor = d;
        Expr n = Expand.of(mul(q, divisor), Limits.DEFAULT);
        Expr got = Quotient.of(n, divisor, Limits.DEFAULT);
        assertEquals(q, got, () -> "seed " + seed + ": (" + n + ") / (" + divisor + ")");
        assertEquals(n, Expand.of(mul(got, divisor), Limits.DEFAULT), () -> "seed " + seed + ": quotient times divisor");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRemainderLeavesNoQuotient(long seed) {
        Random r = new Random(seed);
        Expr q = polynomial(r), d = polynomial(r);
        // a sum: a monomial divides its multiples plus a constant when it is a constant itself
        while (!(d instanceof cofactor.expr.Add)) d = polynomial(r);
        Expr divisor = d;
        Expr n = Expand.of(add(mul(q, divisor), num(1)), Limits.DEFAULT); // deg(1) < deg(d): a nonzero remainder
        assertNull(Quotient.of(n, divisor, Limits.DEFAULT), () -> "seed " + seed + ": (" + n + ") / (" + divisor + ")");
    }

    @Test void byHand() {
        assertEquals(add(x, y), Quotient.of(sub(pow(x, 2), pow(y, 2)), sub(x, y), Limits.DEFAULT)); // x² − y² = (x + y)(x − y)
        assertEquals(num(1), Quotient.of(sub(mul(x, y), z), sub(mul(x, y), z), Limits.DEFAULT));
        assertEquals(mul(rational(1, 2), x), Quotient.of(x, num(2), Limits.DEFAULT));
        assertNull(Quotient.of(add(pow(x, 2), num(1)), add(x, num(1)), Limits.DEFAULT)); // x² + 1 = (x + 1)(x − 1) + 2
        assertNull(Quotient.of(x, num(0), Limits.DEFAULT));
        assertNull(Quotient.of(add(pow(x, 2), real(1.5)), x, Limits.DEFAULT)); // inexact coefficients are not divided
        assertEquals(add(x, num(1)), Quotient.of(mul(add(x, num(1)), sub(x, num(1))), sub(x, num(1)), Limits.DEFAULT)); // not expanded
        assertEquals(add(pow(x, -1), num(1)), Quotient.of(sub(pow(x, -2), num(1)), sub(pow(x, -1), num(1)), Limits.DEFAULT)); // in 1/x
        assertEquals(Expand.of(pow(add(x, y), 2), Limits.DEFAULT),
                Quotient.of(Expand.of(pow(add(x, y), 3), Limits.DEFAULT), add(x, y), Limits.DEFAULT));
        assertEquals(sub(call(Fn.SIN, x), num(1)), // (sin²x − 1)/(sin x + 1), the sine a kernel like a symbol
                Quotient.of(sub(pow(call(Fn.SIN, x), 2), num(1)), add(call(Fn.SIN, x), num(1)), Limits.DEFAULT));
        assertNull(Quotient.of(y, x, Limits.DEFAULT)); // a monomial that does not divide
        assertNull(Quotient.of(pow(x, 2), pow(x, 3), Limits.DEFAULT)); // a degree too high
    }

    /** Past the term limit there is no quotient: not for a dividend over it, nor for a quotient over it. */
    @Test void aQuotientPastTheLimitIsNone() {
        Expr s = add(List.of(num(1), x, y, z));
        Expr n = Expand.of(pow(s, 6), Limits.DEFAULT);
        assertEquals(Expand.of(pow(s, 5), Limits.DEFAULT), Quotient.of(n, s, Limits.DEFAULT));
        assertNull(Quotient.of(n, s, Limits.DEFAULT.withMaxTerms(60))); // n itself has 84 terms
        // (x^200 - 1)/(x - 1) = x^199 + ... + x + 1: 2 terms divided by 2 give 200
        Expr geometric = sub(pow(x, 200), num(1));
        List<Expr> powers = new ArrayList<>();
        for (int k = 0; k < 200; k++) powers.add(pow(x, k));
        assertEquals(add(powers), Quotient.of(geometric, sub(x, num(1)), Limits.DEFAULT));
        assertNull(Quotient.of(geometric, sub(x, num(1)), Limits.DEFAULT.withMaxTerms(100)));
    }
}
