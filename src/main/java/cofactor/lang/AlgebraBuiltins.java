package cofactor.lang;

import cofactor.poly.Expand;
import cofactor.poly.Together;

/** Polynomial algebra through {@code cofactor.poly}: expand, together. */
final class AlgebraBuiltins {
    private AlgebraBuiltins() {}

    static void register(Builtins b) {
        b.add(Builtin.of("expand", 1, 1, "expand(e)",
                "multiplies out products and integer powers of sums; sin(x+y), 1/x, sqrt(x+1) stay whole (arguments expanded); entry by entry on matrices",
                a -> a.entrywise(0, e -> Expand.of(e, a.session().limits()))));
        b.add(Builtin.of("together", 1, 1, "together(e)",
                "one fraction p/q in lowest terms (common factors cancelled by the polynomial gcd), p and q expanded, "
                        + "so a rational function that is 0 is 0: together(1/x + 1/y) is (x + y)/(x*y); gives up past the term limit; entry by entry on matrices",
                a -> a.entrywise(0, e -> Together.of(e, a.session().limits()))));
    }
}
