package cofactor.lang;

import cofactor.poly.Expand;

/** Polynomial algebra through {@code cofactor.poly}: expand. */
final class AlgebraBuiltins {
    private AlgebraBuiltins() {}

    static void register(Builtins b) {
        b.add(Builtin.of("expand", 1, 1, "expand(e)",
                "multiplies out products and integer powers of sums; sin(x+y), 1/x, sqrt(x+1) stay whole (arguments expanded); entry by entry on matrices",
                a -> CoreBuiltins.mapEntries(a.get(0), e -> Expand.of(e, a.session().maxTerms()))));
    }
}
