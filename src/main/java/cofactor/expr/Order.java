package cofactor.expr;

import java.util.Comparator;

/**
 * The total order that canonical sums and products are sorted by. It compares the
 * cached hashes first, so sorting a 362 880-term determinant costs integer
 * comparisons; only hash ties fall back to structure. This is a storage order,
 * not a reading order: {@link Printer} chooses its own order for display.
 */
public final class Order {
    public static final Comparator<Expr> CANONICAL = Order::compare;

    private Order() {}

    public static int compare(Expr a, Expr b) {
        if (a == b) return 0;
        int c = Integer.compare(a.hashCode(), b.hashCode());
        return c != 0 ? c : structural(a, b);
    }

    private static int structural(Expr a, Expr b) {
        int c = a.kind().compareTo(b.kind());
        if (c != 0) return c;
        return switch (a.kind()) {
            case NUM -> compareNums((Num) a, (Num) b);
            case SYM -> ((Sym) a).name().compareTo(((Sym) b).name());
            case CALL -> {
                Call f = (Call) a, g = (Call) b;
                int d = f.fn().compareTo(g.fn());
                yield d != 0 ? d : compare(f.arg(), g.arg());
            }
            case POW -> {
                Pow p = (Pow) a, q = (Pow) b;
                int d = compare(p.base(), q.base());
                yield d != 0 ? d : compare(p.exp(), q.exp());
            }
            case MUL -> {
                Mul m = (Mul) a, n = (Mul) b;
                int d = compareNums(m.coef(), n.coef());
                for (int i = 0; d == 0 && i < Math.min(m.size(), n.size()); i++) {
                    d = compare(m.base(i), n.base(i));
                    if (d == 0) d = compare(m.exp(i), n.exp(i));
                }
                yield d != 0 ? d : Integer.compare(m.size(), n.size());
            }
            case ADD -> {
                Add s = (Add) a, t = (Add) b;
                int d = compareNums(s.constant(), t.constant());
                for (int i = 0; d == 0 && i < Math.min(s.size(), t.size()); i++) {
                    d = compare(s.term(i), t.term(i));
                    if (d == 0) d = compareNums(s.coef(i), t.coef(i));
                }
                yield d != 0 ? d : Integer.compare(s.size(), t.size());
            }
        };
    }

    /**
     * The final avalanche of MurmurHash3 (fmix32), applied after each part when
     * products and sums combine their parts' hashes. Combined linearly, related
     * monomials collide: x^a·y^b·z^c hashes as 37²a + 37b + c, so the terms of
     * (1+x+y+z)^100 fell into long equal-hash runs (sorted structurally) and the
     * terms of a 9×9 determinant clustered in the low bits hash tables use.
     */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /** Numbers by value, an exact number before an equal double: 1 and 1.0 are different nodes. */
    static int compareNums(Num a, Num b) {
        int c = a.compareTo(b);
        if (c != 0) return c;
        return Boolean.compare(b.isExact(), a.isExact());
    }
}
