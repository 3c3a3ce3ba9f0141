package cofactor.calculus;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.guard.TooLargeError;
import cofactor.testing.CommandLineRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The swell guard of repeated derivatives counts the summands of the sums it builds, nothing else. */
class DerivativeSwellTest {
    static final Sym x = sym("x");

    /**
     * d/dx sin(sin(…sin(x))) nested n deep is one term, the product of n cosines (chain
     * rule, by hand); it builds no sum, so a limit of 1 lets it through at any depth (1 000
     * here: the chain rule's products make the work grow as n²).
     */
    @Test void aDeepChainIsOneTermAndBuildsNoSum() {
        int depth = 1000;
        Expr e = x;
        List<Expr> cosines = new ArrayList<>();
        for (int k = 0; k < depth; k++) {
            cosines.add(call(Fn.COS, e));
            e = call(Fn.SIN, e);
        }
        assertEquals(mul(cosines), new Derivative(x, Limits.DEFAULT.withMaxTerms(1)).apply(e));
        // 5 000 deep through the language, under the default limit that once refused it as "grown past 10000000 terms"
        // (it counted the factors, Σk = 1.25·10^7)
        assertEquals("1", CommandLineRun.eval("nterms(d(" + "sin ".repeat(5000) + "x, x))"));
    }

    /** d x^x = x^x (log x + 1) builds one sum of two summands: a limit of 2 lets it through, 1 does not. */
    @Test void theCountIsExact() {
        Expr xx = pow(x, x);
        assertEquals(mul(xx, add(call(Fn.LOG, x), num(1))), new Derivative(x, Limits.DEFAULT.withMaxTerms(2)).apply(xx));
        TooLargeError e = assertThrows(TooLargeError.class, () -> new Derivative(x, Limits.DEFAULT.withMaxTerms(1)).apply(xx));
        assertEquals("the derivatives have grown past 1 terms (nested functions swell with each derivative); raise the limit with set(maxterms = ...)",
                e.getMessage());
    }
}
