package cofactor.solve;

import cofactor.guard.Interrupts;
import edu.jas.arith.BigInteger;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.Monomial;
import edu.jas.ufd.FactorAbstract;
import edu.jas.ufd.FactorFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The irreducible factors over the rationals of an integer polynomial, with their
 * multiplicities, by JAS (Zassenhaus: factoring mod p, Hensel lifting, recombination).
 * Each factor is primitive with a positive leading coefficient; constants are dropped.
 */
final class Factorization {
    private static final BigInteger ZZ = new BigInteger();
    private static final GenPolynomialRing<BigInteger> RING = new GenPolynomialRing<>(ZZ, new String[] {"x"});
    private static final FactorAbstract<BigInteger> FACTOR = FactorFactory.getImplementation(ZZ);

    private Factorization() {}

    static Map<IntPoly, Integer> of(IntPoly p) {
        Interrupts.check();
        Map<IntPoly, Integer> out = new LinkedHashMap<>();
        if (p.degree() == 0) return out;
        for (Map.Entry<GenPolynomial<BigInteger>, Long> f : FACTOR.baseFactors(toJas(p)).entrySet()) {
            if (f.getKey().degree() == 0) continue;
            out.merge(fromJas(f.getKey()).primitive(), f.getValue().intValue(), Integer::sum);
        }
        return out;
    }

    private static GenPolynomial<BigInteger> toJas(IntPoly p) {
        GenPolynomial<BigInteger> out = RING.getZERO();
        for (int i = 0; i <= p.degree(); i++) {
            if (p.coefficient(i).signum() != 0) out = out.sum(new GenPolynomial<>(RING, new BigInteger(p.coefficient(i)), ExpVector.create(1, 0, i)));
        }
        return out;
    }

    private static IntPoly fromJas(GenPolynomial<BigInteger> f) {
        java.math.BigInteger[] c = new java.math.BigInteger[(int) f.degree() + 1];
        Arrays.fill(c, java.math.BigInteger.ZERO);
        for (Monomial<BigInteger> m : f) c[(int) m.exponent().getVal(0)] = m.coefficient().getVal();
        return new IntPoly(c);
    }
}
