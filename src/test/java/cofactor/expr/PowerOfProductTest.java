package cofactor.expr;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** A product to a symbolic power, (x/z)^z, cannot be distributed: it stays one factor of a product. */
class PowerOfProductTest {
    static final Sym x = sym("x"), z = sym("z");

    @Test void staysOneFactorOfAProduct() {
        Expr p = pow(div(x, z), z);
        Expr e = mul(z, p);
        assertInstanceOf(Mul.class, e);
        assertEquals(p, ((Mul) e).base(((Mul) e).base(0).equals(z) ? 1 : 0));
        assertEquals(pow(div(x, z), mul(num(2), z)), mul(p, p));
        assertEquals(Num.ONE, div(p, p));
        assertEquals(real(0.5 * Math.pow(0.5 / 2, 2)), Rewrite.subs(mul(rational(1, 2), pow(div(x, z), z)), java.util.Map.of(x, real(0.5), z, real(2))));
    }
}
