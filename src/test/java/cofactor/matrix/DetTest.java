package cofactor.matrix;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.Add;
import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.guard.TooLargeError;
import cofactor.poly.Expand;
import cofactor.poly.Poly;
import cofactor.testing.Allocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetTest {
    static final Sym x = sym("x"), y = sym("y");

    static Matrix generic(String stem, int n) {
        Expr[] e = new Expr[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) e[i * n + j] = sym(stem + (i + 1) + (j + 1));
        return Matrix.of(n, n, e);
    }

    static Matrix of(int n, Expr... e) { return Matrix.of(n, n, e); }

    static long nterms(Expr e) {
        if (e.isZero()) return 0;
        return e instanceof Add a ? a.size() + (a.constant().isZero() ? 0 : 1) : 1;
    }

    @ParameterizedTest @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void genericDeterminantHasFactorialTerms(int n) {
        long f = 1;
        for (int i = 2; i <= n; i++) f *= i;
        assertEquals(f, nterms(Det.of(generic("a", n), Limits.DEFAULT)));
    }

    /** A 9×9 is summed by all cores (its levels pass the threshold); at integer points it is the eliminated determinant. */
    @Test void aDeterminantSummedInParallelIsTheEliminatedOne() {
        Matrix a = generic("a", 9);
        Expr det = Det.of(a, Limits.DEFAULT);
        assertEquals(362_880, nterms(det));
        Random r = new Random(9);
        for (int k = 0; k < 2; k++) {
            Map<Sym, Expr> at = new java.util.HashMap<>();
            for (int i = 0; i < 9; i++) for (int j = 0; j < 9; j++) at.put((Sym) a.get(i, j), num(r.nextInt(21) - 10));
            assertEquals(gaussDet(subs(a, at)), Rewrite.subs(det, at), "point " + k);
        }
    }

    @ParameterizedTest @ValueSource(ints = {2, 3, 4})
    void genericDeterminantIsLeibnizFormula(int n) {
        Matrix a = generic("a", n);
        List<Expr> terms = new ArrayList<>();
        permutations(n, new int[n], 0, new boolean[n], (perm, sign) -> {
            List<Expr> f = new ArrayList<>(List.of(num(sign)));
            for (int i = 0; i < n; i++) f.add(a.get(i, perm[i]));
            terms.add(mul(f));
        });
        assertEquals(add(terms), Det.of(a, Limits.DEFAULT));
    }

    interface PermSink { void take(int[] perm, int sign); }

    static void permutations(int n, int[] p, int k, boolean[] used, PermSink sink) {
        if (k == n) {
            int inv = 0;
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) if (p[i] > p[j]) inv++;
            sink.take(p, inv % 2 == 0 ? 1 : -1);
            return;
        }
        for (int j = 0; j < n; j++) {
            if (used[j]) continue;
            used[j] = true;
            p[k] = j;
            permutations(n, p, k + 1, used, sink);
            used[j] = false;
        }
    }

    // ---- random matrices checked against independent numeric determinants
    static Num rationalAt(Random r) {
        int p = r.nextInt(18) - 9;
        return (Num) rational(p >= 0 ? p + 1 : p, 1 + r.nextInt(6));
    }

    /** A small polynomial in x, y with rational coefficients, zero a fifth of the time. */
    static Expr randomPoly(Random r) {
        if (r.nextInt(5) == 0) return Num.ZERO;
        List<Expr> terms = new ArrayList<>();
        for (int t = 1 + r.nextInt(3); t > 0; t--) {
            terms.add(mul(List.of(rationalAt(r), pow(x, r.nextInt(3)), pow(y, r.nextInt(2)))));
        }
        Expr s = add(terms);
        return r.nextInt(4) == 0 ? pow(s, 2) : s; // a power of a sum, to be multiplied out
    }

    static Expr randomTranscendental(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> call(Fn.SIN, x);
            case 1 -> mul(y, call(Fn.COS, x));
            case 2 -> call(Fn.EXP, y);
            case 3 -> add(call(Fn.EXP, add(x, y)), x);
            case 4 -> pow(add(call(Fn.SIN, y), num(2)), 2);
            case 5 -> sqrt(add(x, num(3)));
            default -> randomPoly(r);
        };
    }

    static Matrix randomMatrix(Random r, int n, boolean transcendental) {
        Expr[] e = new Expr[n * n];
        for (int k = 0; k < e.length; k++) e[k] = transcendental ? randomTranscendental(r) : randomPoly(r);
        return Matrix.of(n, n, e);
    }

    static Matrix subs(Matrix m, Map<Sym, Expr> at) { return m.map(e -> Rewrite.subs(e, at)); }

    /** Gaussian elimination with exact rational division, written here: independent of NumberMatrices and of the polynomial code. */
    static Num gaussDet(Matrix m) {
        int n = m.rows();
        Num[][] a = new Num[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[i][j] = (Num) m.get(i, j);
        Num det = Num.ONE;
        for (int k = 0; k < n; k++) {
            int p = k;
            while (p < n && a[p][k].isZero()) p++;
            if (p == n) return Num.ZERO;
            if (p != k) { Num[] t = a[p]; a[p] = a[k]; a[k] = t; det = det.negate(); }
            det = det.mul(a[k][k]);
            for (int i = k + 1; i < n; i++) {
                Num f = a[i][k].div(a[k][k]);
                for (int j = k; j < n; j++) a[i][j] = a[i][j].sub(f.mul(a[k][j]));
            }
        }
        return det;
    }

    /** LU with partial pivoting in doubles, written here independently of NumberMatrices. */
    static double luDet(Matrix m) {
        int n = m.rows();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[i][j] = ((Num) Rewrite.numeric(m.get(i, j))).doubleValue();
        double det = 1;
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) if (Math.abs(a[i][k]) > Math.abs(a[p][k])) p = i;
            if (a[p][k] == 0) return 0;
            if (p != k) { double[] t = a[p]; a[p] = a[k]; a[k] = t; det = -det; }
            det *= a[k][k];
            for (int i = k + 1; i < n; i++) {
                double f = a[i][k] / a[k][k];
                for (int j = k; j < n; j++) a[i][j] -= f * a[k][j];
            }
        }
        return det;
    }

    @ParameterizedTest @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void polynomialMatricesAgreeWithExactEliminationAtRationalPoints(long seed) {
        Random r = new Random(seed);
        int n = 1 + (int) (seed % 5);
        Matrix a = randomMatrix(r, n, false);
        Expr det = Det.of(a, Limits.DEFAULT);
        assertEquals(det, Adjugate.withDet(a, Limits.DEFAULT).det(), "seed " + seed);
        for (int k = 0; k < 3; k++) {
            Map<Sym, Expr> at = Map.of(x, rationalAt(r), y, rationalAt(r));
            assertEquals(gaussDet(subs(a, at)), Rewrite.subs(det, at), "seed " + seed + ": " + a + " at " + at);
        }
        // the two division-free algorithms agree exactly
        PolyMatrix pm = new PolyMatrix(a, Limits.DEFAULT);
        pm.prepare(true);
        Poly b = pm.berkowitzDet().dividedBy(pm.scale(-1));
        assertEquals(det, b.toExpr(Limits.DEFAULT), "seed " + seed + ": Berkowitz vs minor expansion");
    }

    /**
     * Entries that are one term each with a symbol of their own (times powers of a shared x,
     * coefficients up to 2^40 so that products pass a long, some entries 0, some rational)
     * take the minor expansion that appends its products without a hash table: it is
     * Berkowitz's determinant (summed in hash tables) exactly, and Gaussian elimination's at
     * integer points. An entry that shares its only symbol keeps the tables.
     */
    @ParameterizedTest @ValueSource(longs = {71, 72, 73, 74, 75, 76})
    void entriesWithSymbolsOfTheirOwnAppendTheirProducts(long seed) {
        Random r = new Random(seed);
        int n = 3 + (int) (seed % 4);
        Expr[] e = new Expr[n * n];
        for (int k = 0; k < e.length; k++) {
            Num c = r.nextInt(5) == 0 ? Num.rational(java.math.BigInteger.valueOf(r.nextInt(9) + 1), java.math.BigInteger.valueOf(r.nextInt(5) + 2))
                    : num((r.nextLong() >> 24) | 1);
            e[k] = r.nextInt(6) == 0 ? num(0) : mul(List.of(c, pow(sym("o" + k), 1 + r.nextInt(2)), pow(x, r.nextInt(3))));
        }
        Matrix a = Matrix.of(n, n, e);
        PolyMatrix pm = new PolyMatrix(a, Limits.DEFAULT);
        pm.prepare(true);
        assertTrue(pm.ownKernels, "seed " + seed);
        Expr det = Det.of(a, Limits.DEFAULT);
        assertEquals(pm.berkowitzDet().dividedBy(pm.scale(-1)).toExpr(Limits.DEFAULT), det, "seed " + seed + ": " + a);
        for (int k = 0; k < 2; k++) {
            Map<Sym, Expr> at = new java.util.HashMap<>(Map.of(x, num(r.nextInt(7) - 3)));
            for (int i = 0; i < e.length; i++) at.put(sym("o" + i), num(r.nextInt(11) - 5));
            assertEquals(gaussDet(subs(a, at)), Rewrite.subs(det, at), "seed " + seed + ": " + a + " at " + at);
        }
        e[0] = e[1] = sym("o0"); // two entries whose one symbol is the same
        PolyMatrix shared = new PolyMatrix(Matrix.of(n, n, e), Limits.DEFAULT);
        shared.prepare(false);
        assertFalse(shared.ownKernels, "seed " + seed);
    }

    @ParameterizedTest @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void transcendentalMatricesAgreeWithNumericLu(long seed) {
        Random r = new Random(seed);
        int n = 2 + (int) (seed % 4);
        Matrix a = randomMatrix(r, n, true);
        Expr det = Det.of(a, Limits.DEFAULT);
        for (int k = 0; k < 3; k++) {
            Map<Sym, Expr> at = Map.of(x, real(r.nextDouble() * 2 - 1), y, real(r.nextDouble() * 2 - 1));
            double want = luDet(subs(a, at));
            double got = ((Num) Rewrite.numeric(Rewrite.subs(det, at))).doubleValue();
            assertEquals(want, got, 1e-9 * Math.max(1, Math.abs(want)), "seed " + seed + ": " + a);
        }
    }

    @ParameterizedTest @ValueSource(longs = {31, 32, 33, 34, 35, 36})
    void adjugateTimesMatrixIsDeterminantTimesIdentity(long seed) {
        Random r = new Random(seed);
        int n = 2 + (int) (seed % 3);
        Matrix a = randomMatrix(r, n, seed % 2 == 0);
        if (seed % 3 == 0) { // make it singular: last row = x times the first
            Expr[] e = a.entries().toArray(Expr[]::new);
            for (int j = 0; j < n; j++) e[(n - 1) * n + j] = mul(x, e[j]);
            a = Matrix.of(n, n, e);
        }
        Matrix adj = Adjugate.adj(a, Limits.DEFAULT);
        Expr det = Det.of(a, Limits.DEFAULT);
        assertEquals(Matrix.identity(n).scale(det), adj.times(a, Limits.DEFAULT).map(e -> Expand.of(e, Limits.DEFAULT)), "seed " + seed + ": " + a);
        assertEquals(Matrix.identity(n).scale(det), a.times(adj, Limits.DEFAULT).map(e -> Expand.of(e, Limits.DEFAULT)), "seed " + seed + ": " + a);
        assertEquals(adj.transpose(), Adjugate.cofactors(a, Limits.DEFAULT));
        // both from one expansion (as jacobi takes them): the same as each on its own
        Adjugate.WithDet both = Adjugate.withDet(a, Limits.DEFAULT);
        assertEquals(adj, both.adj(), "seed " + seed);
        assertEquals(det, both.det(), "seed " + seed);
    }

    @ParameterizedTest @ValueSource(longs = {41, 42, 43})
    void determinantOfAProductIsTheProductOfDeterminants(long seed) {
        Random r = new Random(seed);
        Matrix a = randomMatrix(r, 3, false), b = randomMatrix(r, 3, seed == 43);
        assertEquals(Expand.of(mul(Det.of(a, Limits.DEFAULT), Det.of(b, Limits.DEFAULT)), Limits.DEFAULT), Det.of(a.times(b, Limits.DEFAULT), Limits.DEFAULT), "seed " + seed);
    }

    @Test void singularAdjugates() {
        assertEquals(of(2, num(4), num(-2), num(-2), num(1)), Adjugate.adj(of(2, num(1), num(2), num(2), num(4)), Limits.DEFAULT));
        // rank 1 symbolic: [[x, y], [2x, 2y]]
        assertEquals(of(2, mul(num(2), y), neg(y), mul(num(-2), x), x),
                Adjugate.adj(of(2, x, y, mul(num(2), x), mul(num(2), y)), Limits.DEFAULT));
        // rank 1 in 3×3: every 2×2 minor vanishes, so adj = 0
        Matrix r1 = of(3, x, y, num(1), mul(num(2), x), mul(num(2), y), num(2), mul(x, y), mul(y, y), y);
        assertEquals(Matrix.zeros(3, 3), Adjugate.adj(r1, Limits.DEFAULT));
        // numeric rank 2 of 3: adj = det-free rank-one matrix, by hand
        Matrix n2 = of(3, num(1), num(2), num(3), num(4), num(5), num(6), num(7), num(8), num(9));
        assertEquals(of(3, num(-3), num(6), num(-3), num(6), num(-12), num(6), num(-3), num(6), num(-3)), Adjugate.adj(n2, Limits.DEFAULT));
    }

    @Test void constantsAreKernelsFoldedAsTheFactoriesFoldThem() {
        // E·E is exp(2) in canonical form; pi·pi is pi^2
        assertEquals(sub(call(Fn.EXP, num(2)), num(1)), Det.of(of(2, Sym.E, num(1), num(1), Sym.E), Limits.DEFAULT));
        assertEquals(sub(pow(Sym.PI, 2), num(1)), Det.of(of(2, Sym.PI, num(1), num(1), Sym.PI), Limits.DEFAULT));
        assertEquals(sub(mul(x, pow(x, -1)), num(1)), Det.of(of(2, x, num(1), num(1), pow(x, -1)), Limits.DEFAULT)); // x·x^-1 - 1 = 0
    }

    @Test void exactRationalFiveByFive() {
        // SymPy 1.14: Matrix(...).det(method='bareiss') = -992063377127/27243216000
        Matrix a = of(5,
                rational(1, 2), rational(-3, 4), num(2), rational(5, 7), num(0),
                rational(1, 3), num(1), rational(-2, 9), num(4), rational(1, 5),
                rational(7, 8), rational(2, 3), rational(-1, 2), rational(3, 11), num(5),
                num(-1), rational(4, 5), rational(1, 6), rational(-7, 3), rational(2, 7),
                rational(3, 10), num(0), rational(9, 4), rational(1, 13), rational(-5, 6));
        assertEquals("-992063377127/27243216000", Det.of(a, Limits.DEFAULT).toString());
        // the same with a symbol kept: det is linear in the (1,1) entry, exact at x = 1/2
        Expr[] e = a.entries().toArray(Expr[]::new);
        e[0] = x;
        Expr d = Det.of(Matrix.of(5, 5, e), Limits.DEFAULT);
        assertEquals(Det.of(a, Limits.DEFAULT), Rewrite.subs(d, Map.of(x, rational(1, 2))));
    }

    @Test void doubleMatrices() {
        assertEquals(real(-1.5), Det.of(of(2, real(0.5), real(2), real(1.5), real(3)), Limits.DEFAULT));
        // a zero first pivot needs a row swap: 0·(0·8 + 9) - 1·(8 - 12) + 2·(-3 - 0) = -2
        assertEquals(-2.0, ((Num) Det.of(of(3, real(0), real(1), real(2), real(1), real(0), real(3), real(4), real(-3), real(8)), Limits.DEFAULT)).doubleValue(), 1e-12);
        // doubles among symbols: coefficients are doubles
        assertEquals(sub(mul(real(2.5), x), real(1)), Det.of(of(2, real(2.5), num(1), num(1), x), Limits.DEFAULT));
    }

    @Test void charpolyAgreesWithSympy() {
        // SymPy 1.14, random.seed(7), Poly(Matrix(A).charpoly(l).as_expr(), l).all_coeffs()
        Sym l = sym("l");
        assertCharpoly(new long[][] {{1, -5, 3}, {-8, -7, 8}, {-6, 2, 9}}, new long[] {1, -3, -99, 373}, l);
        assertCharpoly(new long[][] {{-8, 7, -3, -8}, {-7, 4, 4, -7}, {-2, -7, 8, 4}, {-8, 9, -6, -2}}, new long[] {1, -2, 22, 447, -2220}, l);
        assertCharpoly(new long[][] {{9, -8, 9, 9, 3}, {-8, -2, -8, 8, -5}, {0, 4, -5, 8, -6}, {9, 0, 8, -4, -6}, {9, 9, -3, 2, -6}},
                new long[] {1, 8, -214, -2226, -9254, 55023}, l);
    }

    /** Collected by powers of l as SymPy's Matrix.charpoly(l).all_coeffs() gives them: [1, -a - d - g, a*d + a*g - b*c + d*g - e*f, -a*d*g + a*e*f + b*c*g]. */
    @Test void charpolyIsCollectedByPowers() {
        Sym a = sym("a"), b = sym("b"), c = sym("c"), d = sym("d"), e = sym("e"), f = sym("f"), g = sym("g"), l = sym("l");
        Matrix m = Matrix.of(3, 3, new Expr[] {a, b, num(0), c, d, e, num(0), f, g});
        Expr c2 = neg(add(List.of(a, d, g)));
        Expr c1 = add(List.of(mul(a, d), mul(a, g), neg(mul(b, c)), mul(d, g), neg(mul(e, f))));
        Expr c0 = add(List.of(neg(mul(List.of(a, d, g))), mul(List.of(a, e, f)), mul(List.of(b, c, g))));
        Expr p = Det.charpoly(m, l, Limits.DEFAULT);
        assertEquals(add(List.of(pow(l, 3), mul(c2, pow(l, 2)), mul(c1, l), c0)), p);
        assertEquals("a*e*f - a*d*g + b*c*g + l*(a*d + a*g - b*c + d*g - e*f) - l^2*(a + d + g) + l^3", p.toString());
    }

    /**
     * On random matrices with symbols, one term per positive power of l (the constant's terms
     * stand in the sum, as in SymPy's collect), each coefficient free of l, and the same
     * polynomial as det(lI - A).
     */
    @ParameterizedTest @ValueSource(longs = {61, 62, 63, 64, 65})
    void charpolyHasOneTermPerPower(long seed) {
        Matrix a = randomMatrix(new Random(seed), 3, seed % 2 == 0);
        Sym l = sym("l");
        Expr p = Det.charpoly(a, l, Limits.DEFAULT);
        java.util.Set<Integer> degrees = new java.util.HashSet<>();
        for (Expr t : p instanceof Add s ? s.args() : List.of(p)) {
            int k = 0;
            while (k <= 3 && cofactor.expr.Symbols.contains(div(t, pow(l, k)), l)) k++;
            assertTrue(k <= 3 && (degrees.add(k) || k == 0), "seed " + seed + ": term " + t + " of " + p);
        }
        assertEquals(Det.of(Matrix.identity(3).scale(l).minus(a), Limits.DEFAULT), Expand.of(p, Limits.DEFAULT), "seed " + seed);
    }

    static void assertCharpoly(long[][] rows, long[] coefs, Sym l) {
        int n = rows.length;
        Expr[] e = new Expr[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) e[i * n + j] = num(rows[i][j]);
        List<Expr> terms = new ArrayList<>();
        for (int k = 0; k <= n; k++) terms.add(mul(num(coefs[k]), pow(l, n - k)));
        assertEquals(add(terms), Det.charpoly(Matrix.of(n, n, e), l, Limits.DEFAULT));
    }

    @ParameterizedTest @ValueSource(longs = {51, 52, 53})
    void cayleyHamilton(long seed) {
        Random r = new Random(seed);
        int n = 3;
        Matrix a = randomMatrix(r, n, false);
        Sym l = sym("l");
        Expr p = Det.charpoly(a, l, Limits.DEFAULT);
        // p(A) = Σ c_k A^k with c_k the coefficient of l^k
        Matrix sum = Matrix.zeros(n, n), power = Matrix.identity(n);
        for (int k = 0; k <= n; k++) {
            sum = sum.plus(power.scale(coefficient(p, l, k)));
            power = power.times(a, Limits.DEFAULT);
        }
        assertEquals(Matrix.zeros(n, n), sum.map(e -> Expand.of(e, Limits.DEFAULT)), "seed " + seed + ": " + a);
    }

    /** The coefficient of l^k in an expanded polynomial. */
    static Expr coefficient(Expr p, Sym l, int k) {
        List<Expr> terms = p instanceof Add a ? a.args() : List.of(p);
        List<Expr> out = new ArrayList<>();
        for (Expr t : terms) {
            Expr c = div(t, pow(l, k)); // free of l exactly when the term's degree in l is k
            if (!cofactor.expr.Symbols.contains(c, l)) out.add(c);
        }
        return add(out);
    }

    /**
     * Refused from the estimate, before building anything: the refusal allocates less
     * than building the 8×8 determinant, whose 40 320 terms are a 12 000th of the 12!.
     */
    @Test void sizeGuardRefusesATwelveByTwelveAtOnce() {
        Matrix a12 = generic("a", 12), a8 = generic("a", 8);
        TooLargeError[] refused = new TooLargeError[1];
        long eightByEight = Allocation.of(() -> Det.of(a8, Limits.DEFAULT)); // first, so it pays for loading the classes both use
        long refusal = Allocation.of(() -> refused[0] = assertThrows(TooLargeError.class, () -> Det.of(a12, Limits.DEFAULT)));
        assertTrue(refusal < eightByEight, "refusing allocated " + refusal + " bytes, building the 8×8 " + eightByEight);
        TooLargeError e = refused[0];
        assertEquals("the result would have about 4.8e8 terms, over the limit of 1e7; raise it with set(maxterms = ...)", e.getMessage());
        assertEquals(479001600, e.estimate(), 1);
        assertThrows(TooLargeError.class, () -> Det.of(generic("a", 5), Limits.DEFAULT.withMaxTerms(100)));
        assertThrows(TooLargeError.class, () -> Adjugate.adj(generic("a", 12), Limits.DEFAULT));
        assertThrows(TooLargeError.class, () -> Det.of(generic("a", 30), Limits.DEFAULT)); // past the estimate's DP: the crude bound
    }

    @Test void aLongDeterminantStopsWhenInterrupted() throws Exception {
        // generic 10×10 (3.6 million terms) with the limit raised: interrupting the thread stops it (Ctrl-C in the REPL)
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(() -> {
            try { Det.of(generic("a", 10), Limits.DEFAULT.withMaxTerms(Long.MAX_VALUE)); } catch (Throwable e) { thrown[0] = e; }
        });
        t.start();
        Thread.sleep(100);
        t.interrupt();
        t.join(); // without its checks it would finish (or run out of memory) instead, and throw nothing of the kind
        assertInstanceOf(cofactor.guard.Interrupted.class, thrown[0]);
    }

    @Test void structuredMatricesAreCheap() {
        // upper triangular 60×60 and diagonal 100×100: the product of the diagonal
        int n = 60;
        Expr[] e = new Expr[n * n];
        List<Expr> diag = new ArrayList<>();
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
            e[i * n + j] = j < i ? Num.ZERO : sym("t" + i + "_" + j);
            if (i == j) diag.add(e[i * n + j]);
        }
        assertEquals(mul(diag), Det.of(Matrix.of(n, n, e), Limits.DEFAULT));
        Matrix d = Matrix.identity(100).map(v -> v.isZero() ? v : add(x, num(1)));
        assertEquals(Expand.of(pow(add(x, num(1)), 100), Limits.DEFAULT), Det.of(d, Limits.DEFAULT));
        // tridiagonal 12×12 of symbols: Fibonacci(13) = 233 terms
        int m = 12;
        Expr[] t = new Expr[m * m];
        for (int i = 0; i < m; i++) for (int j = 0; j < m; j++) t[i * m + j] = Math.abs(i - j) <= 1 ? sym("b" + i + "_" + j) : Num.ZERO;
        assertEquals(233, nterms(Det.of(Matrix.of(m, m, t), Limits.DEFAULT)));
        // block diagonal: two generic 4×4 blocks give 24·24 terms
        Matrix g = generic("p", 4), h = generic("q", 4);
        Expr[] blk = new Expr[64];
        for (int i = 0; i < 8; i++) for (int j = 0; j < 8; j++) {
            blk[i * 8 + j] = i < 4 && j < 4 ? g.get(i, j) : i >= 4 && j >= 4 ? h.get(i - 4, j - 4) : Num.ZERO;
        }
        assertEquals(576, nterms(Det.of(Matrix.of(8, 8, blk), Limits.DEFAULT)));
    }

    @Test void oneSymbolAmongNumbersUsesFewTerms() {
        // 12×12 integers with x on the diagonal: 12! permutations but a degree-12 polynomial in x
        Random r = new Random(61);
        int n = 12;
        Expr[] e = new Expr[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) e[i * n + j] = i == j ? add(x, num(r.nextInt(5))) : num(r.nextInt(7) - 3);
        Matrix a = Matrix.of(n, n, e);
        Expr det = Det.of(a, Limits.DEFAULT);
        assertEquals(13, nterms(det));
        for (int k = 0; k < 3; k++) {
            Map<Sym, Expr> at = Map.of(x, rationalAt(r));
            assertEquals(gaussDet(subs(a, at)), Rewrite.subs(det, at));
        }
    }

    @Test void shapeErrorsNameTheFunctionAndTheShapes() {
        Matrix wide = Matrix.zeros(2, 3);
        ShapeError e = assertThrows(ShapeError.class, () -> Det.of(wide, Limits.DEFAULT));
        assertEquals("det", e.operation());
        assertEquals("needs a square matrix, got 2×3", e.getMessage());
        assertEquals("adj", assertThrows(ShapeError.class, () -> Adjugate.adj(wide, Limits.DEFAULT)).operation());
        assertEquals("inv", assertThrows(ShapeError.class, () -> Inverse.of(wide, Limits.DEFAULT)).operation());
        assertEquals("charpoly", assertThrows(ShapeError.class, () -> Det.charpoly(wide, x, Limits.DEFAULT)).operation());
        assertEquals("tr", assertThrows(ShapeError.class, () -> Det.trace(wide)).operation());
        assertEquals("minor", assertThrows(ShapeError.class, () -> Det.minor(generic("a", 2), 2, 0, Limits.DEFAULT)).operation());
    }

    @Test void inverses() {
        Matrix a = of(3, num(2), num(1), num(0), num(1), num(3), rational(1, 2), num(0), num(-1), num(4));
        assertEquals(Matrix.identity(3), Inverse.of(a, Limits.DEFAULT).times(a, Limits.DEFAULT));
        Matrix s = of(2, x, num(1), y, num(2));
        Matrix inv = Inverse.of(s, Limits.DEFAULT);
        Map<Sym, Expr> at = Map.of(x, rational(3, 2), y, num(-5));
        assertEquals(Matrix.identity(2), subs(inv, at).times(subs(s, at), Limits.DEFAULT));
        SingularError err = assertThrows(SingularError.class, () -> Inverse.of(of(2, num(1), num(2), num(2), num(4)), Limits.DEFAULT));
        assertEquals("the matrix is singular (its determinant is 0)", err.getMessage());
        assertEquals("inv", err.operation());
        assertThrows(SingularError.class, () -> Inverse.of(of(2, x, y, mul(num(2), x), mul(num(2), y)), Limits.DEFAULT));
        Matrix dbl = of(2, real(0), real(2), real(4), real(1));
        Matrix di = Inverse.of(dbl, Limits.DEFAULT).times(dbl, Limits.DEFAULT);
        assertEquals(1.0, ((Num) di.get(0, 0)).doubleValue(), 1e-15);
        assertEquals(0.0, ((Num) di.get(0, 1)).doubleValue(), 1e-15);
    }

    @Test void minorsExpandTheDeterminant() {
        Random r = new Random(71);
        Matrix a = randomMatrix(r, 4, true);
        List<Expr> terms = new ArrayList<>();
        for (int j = 0; j < 4; j++) terms.add(mul(List.of(num(j % 2 == 0 ? 1 : -1), a.get(1, j), Det.minor(a, 1, j, Limits.DEFAULT))));
        assertEquals(Det.of(a, Limits.DEFAULT), Expand.of(neg(add(terms)), Limits.DEFAULT)); // along row 2: signs (-1)^(1+j)
        assertEquals(add(List.of(x, num(2), y)), Det.trace(of(2, x, num(7), num(7), add(y, num(2)))));
    }
}
