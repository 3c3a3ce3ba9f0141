package cofactor.matrix;

import java.util.Arrays;

/** An immutable set of column indices (any number of columns), the key of the sub-determinant memo. */
final class Cols {
    static final Cols EMPTY = new Cols(new long[0]);

    private final long[] bits;
    private final int hash;

    private Cols(long[] bits) {
        this.bits = bits;
        this.hash = Arrays.hashCode(bits);
    }

    static Cols allBut(int n, int j) {
        Cols c = EMPTY;
        for (int k = 0; k < n; k++) if (k != j) c = c.with(k);
        return c;
    }

    boolean has(int j) { return j >> 6 < bits.length && (bits[j >> 6] & (1L << j)) != 0; }

    Cols with(int j) {
        long[] b = Arrays.copyOf(bits, Math.max(bits.length, (j >> 6) + 1));
        b[j >> 6] |= 1L << j;
        return new Cols(b);
    }

    Cols without(int j) {
        long[] b = bits.clone();
        b[j >> 6] &= ~(1L << j);
        int len = b.length;
        while (len > 0 && b[len - 1] == 0) len--;
        return new Cols(len == b.length ? b : Arrays.copyOf(b, len));
    }

    /** How many members are below j: the position of column j among them (the sign of its Laplace term). */
    int countBelow(int j) {
        int c = 0;
        for (int w = 0; w < (j >> 6) && w < bits.length; w++) c += Long.bitCount(bits[w]);
        if (j >> 6 < bits.length) c += Long.bitCount(bits[j >> 6] & ((1L << j) - 1));
        return c;
    }

    @Override public boolean equals(Object o) { return o instanceof Cols c && c.hash == hash && Arrays.equals(c.bits, bits); }
    @Override public int hashCode() { return hash; }
}
