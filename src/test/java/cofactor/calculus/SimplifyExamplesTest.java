package cofactor.calculus;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Mul;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.matrix.Matrix;
import cofactor.symja.SymjaBridge;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The simplify and factor examples, on determinants computed here. */
class SimplifyExamplesTest {
    static final Sym r = sym("r"), theta = sym("θ"), phi = sym("φ"), a = sym("a"), b = sym("b"), c = sym("c");

    @Test void sphericalJacobianDeterminantIsR2SinTheta() {
        Expr st = call(Fn.SIN, theta), ct = call(Fn.COS, theta), sp = call(Fn.SIN, phi), cp = call(Fn.COS, phi);
        Matrix j = Partials.jacobian(List.of(mul(List.of(r, st, cp)), mul(List.of(r, st, sp)), mul(r, ct)), List.of(r, theta, phi), Limits.DEFAULT);
        Expr det = cofactor.matrix.Det.of(j, Limits.DEFAULT);
        assertTrue(det instanceof Add, "expanded, not yet simplified: " + det);
        SymjaBridge.Outcome o = SymjaBridge.simplify(det, 30);
        assertNull(o.warning());
        assertEquals(mul(pow(r, 2), st), o.value());
    }

    @Test void vandermondeFactorsIntoDifferences() {
        Matrix v = Matrix.of(3, 3, new Expr[] {num(1), a, pow(a, 2), num(1), b, pow(b, 2), num(1), c, pow(c, 2)});
        Expr det = cofactor.matrix.Det.of(v, Limits.DEFAULT);
        Expr f = SymjaBridge.factor(det, 30).value();
        // the same polynomial ...
        assertEquals(det, cofactor.poly.Expand.of(f, Limits.DEFAULT));
        // ... as a product of three differences of two of a, b, c (up to sign and order)
        assertTrue(f instanceof Mul m && m.size() == 3, "factored: " + f);
        Mul m = (Mul) f;
        Set<Set<Sym>> pairs = new HashSet<>();
        for (int i = 0; i < m.size(); i++) {
            Add d = (Add) m.factor(i);
            assertEquals(2, d.size());
            assertTrue(d.constant().isZero() && d.coef(0).negate().equals(d.coef(1)) && (d.coef(0).isOne() || d.coef(0).isMinusOne()), "factor " + d);
            pairs.add(Set.of((Sym) d.term(0), (Sym) d.term(1)));
        }
        assertEquals(Set.of(Set.of(a, b), Set.of(a, c), Set.of(b, c)), pairs);
    }
}
