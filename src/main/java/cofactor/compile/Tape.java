package cofactor.compile;

import cofactor.expr.Fn;
import cofactor.guard.Interrupts;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A straight-line program over doubles in SSA form: node i is one operation on
 * earlier nodes. Nodes are hash-consed, so asking twice for the same operation
 * on the same operands returns the same node — this is the common-subexpression
 * elimination, for the lowered expression and for the adjoint code appended to
 * it alike. Operations on constants fold, and the identities {@code x+0},
 * {@code x·1}, {@code x·0}, {@code x·(−1)}, {@code −(−x)} simplify, so the
 * adjoint code carries no dead multiplications.
 */
final class Tape {
    enum Op { CONST, ARG, ADD, SUB, MUL, DIV, NEG, SQRT, POW, CALL }

    /** Integer powers up to this are repeated multiplication; larger ones call Math.pow. */
    static final int MAX_MULTIPLIED_POWER = 1 << 16;

    private Op[] op = new Op[64];
    private int[] a = new int[64], b = new int[64];
    private double[] c = new double[64];
    private Fn[] fn = new Fn[64];
    private int size;
    private int requests; // node() calls, to check for interrupts every few thousand
    private final Map<Key, Integer> index = new HashMap<>();

    private record Key(Op op, int a, int b, long bits, Fn fn) {}

    int size() { return size; }
    Op op(int i) { return op[i]; }
    /** First operand (for ARG: the variable's position). */
    int a(int i) { return a[i]; }
    int b(int i) { return b[i]; }
    /** The value of a CONST node. */
    double value(int i) { return c[i]; }
    Fn fn(int i) { return fn[i]; }
    boolean isConst(int i) { return op[i] == Op.CONST; }
    boolean isConst(int i, double v) { return op[i] == Op.CONST && c[i] == v; }
    boolean isLeaf(int i) { return op[i] == Op.CONST || op[i] == Op.ARG; }

    /** The number of operands (0 for leaves, 2 for binary operations). */
    int arity(int i) {
        return switch (op[i]) {
            case CONST, ARG -> 0;
            case NEG, SQRT, CALL -> 1;
            case ADD, SUB, MUL, DIV, POW -> 2;
        };
    }

    private int node(Op o, int x, int y, double v, Fn f) {
        // every stage of compiling builds nodes (lowering, Horner, adjoints): one place where Ctrl-C is noticed
        if ((++requests & 0x3FF) == 0) Interrupts.check();
        Key k = new Key(o, x, y, Double.doubleToLongBits(v), f);
        Integer found = index.get(k);
        if (found != null) return found;
        if (size == op.length) grow();
        op[size] = o; a[size] = x; b[size] = y; c[size] = v; fn[size] = f;
        index.put(k, size);
        return size++;
    }

    private void grow() {
        int n = op.length * 2;
        op = Arrays.copyOf(op, n); a = Arrays.copyOf(a, n); b = Arrays.copyOf(b, n);
        c = Arrays.copyOf(c, n); fn = Arrays.copyOf(fn, n);
    }

    // ---- builders, each folding constants and trivial identities

    int constant(double v) { return node(Op.CONST, -1, -1, v == 0.0 ? 0.0 : v, null); }

    int arg(int position) { return node(Op.ARG, position, -1, 0, null); }

    int add(int x, int y) {
        if (isConst(x) && isConst(y)) return constant(c[x] + c[y]);
        if (isConst(x, 0)) return y;
        if (isConst(y, 0)) return x;
        if (op[y] == Op.NEG) return sub(x, a[y]);
        if (op[x] == Op.NEG) return sub(y, a[x]);
        return node(Op.ADD, Math.min(x, y), Math.max(x, y), 0, null);
    }

    int sub(int x, int y) {
        if (isConst(x) && isConst(y)) return constant(c[x] - c[y]);
        if (isConst(y, 0)) return x;
        if (isConst(x, 0)) return neg(y);
        if (x == y) return constant(0);
        if (op[y] == Op.NEG) return add(x, a[y]);
        return node(Op.SUB, x, y, 0, null);
    }

    int mul(int x, int y) {
        if (isConst(x) && isConst(y)) return constant(c[x] * c[y]);
        if (isConst(y)) { int t = x; x = y; y = t; } // a constant goes first
        if (isConst(x, 0)) return x;
        if (isConst(x, 1)) return y;
        if (isConst(x, -1)) return neg(y);
        if (op[x] == Op.NEG && op[y] == Op.NEG) return mul(a[x], a[y]);
        if (op[x] == Op.DIV && isConst(a[x], 1)) return div(y, b[x]); // (1/u)·v = v/u
        if (op[y] == Op.DIV && isConst(a[y], 1)) return div(x, b[y]);
        return node(Op.MUL, Math.min(x, y), Math.max(x, y), 0, null);
    }

    int div(int x, int y) {
        if (isConst(x) && isConst(y)) return constant(c[x] / c[y]);
        if (isConst(y, 1)) return x;
        if (isConst(y, -1)) return neg(x);
        if (isConst(x, 0)) return x;
        if (isConst(y) && Math.getExponent(c[y]) > Double.MIN_EXPONENT && isPowerOfTwo(c[y])) {
            return mul(constant(1 / c[y]), x); // exact: dividing by 2^k is multiplying by 2^-k
        }
        return node(Op.DIV, x, y, 0, null);
    }

    int neg(int x) {
        if (isConst(x)) return constant(-c[x]);
        if (op[x] == Op.NEG) return a[x];
        return node(Op.NEG, x, -1, 0, null);
    }

    int sqrt(int x) {
        if (isConst(x)) return constant(Math.sqrt(c[x]));
        return node(Op.SQRT, x, -1, 0, null);
    }

    int call(Fn f, int x) {
        if (isConst(x)) return constant(f.apply(c[x]));
        return node(Op.CALL, x, -1, 0, f);
    }

    /** x^y; a constant integer y becomes multiplications, y = ±1/2 a square root. */
    int pow(int x, int y) {
        if (isConst(y)) {
            double k = c[y];
            if (k == Math.rint(k) && Math.abs(k) <= MAX_MULTIPLIED_POWER) return powi(x, (int) k);
            if (k == 0.5) return sqrt(x);
            if (k == -0.5) return div(constant(1), sqrt(x));
        }
        if (isConst(x) && isConst(y)) return constant(Math.pow(c[x], c[y]));
        return node(Op.POW, x, y, 0, null);
    }

    /**
     * Σ ±terms[k] (minus where {@code negative[k]}, count ≥ 1) by pairwise
     * summation, as a node and a sign, (sign << 32) | node, a leading minus left
     * to the caller: a balanced tree of additions has depth log n instead of n,
     * so long sums are not one serial chain of dependent additions, and round
     * off less.
     */
    long signedSum(int[] terms, boolean[] negative, int count) {
        return sum(terms, negative, 0, count);
    }

    /** The sum of terms[from, to) as a node and a sign: (sign << 32) | node. */
    private long sum(int[] terms, boolean[] negative, int from, int to) {
        if (to - from == 1) return (negative[from] ? 1L << 32 : 0) | terms[from];
        int mid = (from + to) >>> 1;
        long left = sum(terms, negative, from, mid), right = sum(terms, negative, mid, to);
        int a = (int) left, b = (int) right;
        boolean na = (left >>> 32) != 0, nb = (right >>> 32) != 0;
        if (na == nb) return (na ? 1L << 32 : 0) | add(a, b);
        return na ? sub(b, a) : sub(a, b); // −a + b, or a − b
    }

    /** x^k by square-and-multiply; a negative k gives 1/x^|k|. Shared squares are shared nodes. */
    int powi(int x, int k) {
        if (k < 0) return div(constant(1), powi(x, -k));
        if (k == 0) return constant(1);
        if (k == 1) return x;
        int half = powi(x, k / 2);
        int square = mul(half, half);
        return k % 2 == 0 ? square : mul(square, x);
    }

    private static boolean isPowerOfTwo(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return (bits & 0x000F_FFFF_FFFF_FFFFL) == 0 && Double.isFinite(v) && v != 0;
    }

    /** Marks the nodes the given outputs depend on. */
    boolean[] live(int[] outputs) {
        boolean[] live = new boolean[size];
        for (int o : outputs) live[o] = true;
        for (int i = size - 1; i >= 0; i--) {
            if (!live[i]) continue;
            int n = arity(i);
            if (n >= 1) live[a[i]] = true;
            if (n == 2) live[b[i]] = true;
        }
        return live;
    }

    /** The number of arithmetic operations and function calls the outputs need (leaves excluded). */
    int operations(int[] outputs) {
        boolean[] live = live(outputs);
        int count = 0;
        for (int i = 0; i < size; i++) if (live[i] && !isLeaf(i)) count++;
        return count;
    }
}
