package cofactor.matrix;

import static cofactor.expr.Expr.*;
import static org.junit.jupiter.api.Assertions.*;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.guard.Limits;
import cofactor.numeric.Determinants;
import java.math.BigInteger;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Matrices of numbers through the one LU routine: exact results checked by multiplying back and by DetTest's own elimination. */
class NumberMatricesTest {
    static LongStream seeds() { return LongStream.range(0, 40).map(i -> 0x4C550000L + i); }

    /** An exact n×n matrix of small rationals, a quarter of them zeros (so pivots must be searched for). */
    static Matrix exact(Random r, int n) {
        Expr[] e = new Expr[n * n];
        for (int k = 0; k < e.length; k++) e[k] = r.nextInt(4) == 0 ? num(0) : rational(r.nextInt(19) - 9, 1 + r.nextInt(4));
        return Matrix.of(n, n, e);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exactInverseTimesTheMatrixIsTheIdentity(long seed) {
        Random r = new Random(seed);
        Matrix a;
        do a = exact(r, 1 + r.nextInt(6)); while (DetTest.gaussDet(a).isZero()); // its own elimination, not Lu's
        Matrix inv = Inverse.of(a, Limits.DEFAULT);
        assertEquals(Matrix.identity(a.rows()), inv.times(a, Limits.DEFAULT), "seed " + seed);
        assertEquals(Matrix.identity(a.rows()), a.times(inv, Limits.DEFAULT), "seed " + seed);
        assertEquals(DetTest.gaussDet(a), Det.of(a, Limits.DEFAULT), "seed " + seed);
        // adj(A) = det(A)·inv(A), from one factorisation
        assertEquals(inv.scale(Det.of(a, Limits.DEFAULT)), Adjugate.adj(a, Limits.DEFAULT), "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void singularExactMatricesHaveDeterminantZeroAndNoInverse(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(4);
        Expr[] e = new Expr[n * n];
        for (int k = 0; k < e.length; k++) e[k] = rational(r.nextInt(19) - 9, 1 + r.nextInt(4));
        for (int j = 0; j < n; j++) e[(n - 1) * n + j] = add(e[j], mul(num(2), e[n + j])); // last row = row 1 + 2·row 2
        Matrix a = Matrix.of(n, n, e);
        assertEquals(num(0), Det.of(a, Limits.DEFAULT), "seed " + seed);
        assertThrows(SingularError.class, () -> Inverse.of(a, Limits.DEFAULT));
        // the adjugate still exists: A·adj(A) = det(A)·I = 0
        assertEquals(Matrix.zeros(n, n), a.times(Adjugate.adj(a, Limits.DEFAULT), Limits.DEFAULT), "seed " + seed);
    }

    /** A pivot whose double underflows is still a pivot: [[10^-400, 1], [1, 1]] is invertible, exactly. */
    @Test void aTinyExactPivotIsNoZero() {
        Num tiny = Num.rational(BigInteger.ONE, BigInteger.TEN.pow(400));
        Matrix a = Matrix.of(2, 2, new Expr[] {num(1), num(1), tiny, num(1)}); // partial pivoting takes the 1 first, then tiny - 1
        Matrix b = Matrix.of(2, 2, new Expr[] {tiny, num(1), num(0), tiny});    // upper triangular: only tiny pivots
        assertEquals(sub(num(1), tiny), Det.of(a, Limits.DEFAULT));
        assertEquals(mul(tiny, tiny), Det.of(b, Limits.DEFAULT));
        assertEquals(Matrix.identity(2), Inverse.of(b, Limits.DEFAULT).times(b, Limits.DEFAULT));
    }

    /** Doubles: the determinant is ndet's own number, and adj is the stable one, right at rank n−1 (as nadj). */
    @Test void doublesGoThroughTheNumericRoutines() {
        double[][] d = {{0.5, 2, 1}, {1.5, 3, -1}, {2, 5, 0}}; // row 3 = row 1 + row 2: rank 2
        Expr[] e = new Expr[9];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) e[i * 3 + j] = real(d[i][j]);
        Matrix a = Matrix.of(3, 3, e);
        assertEquals(real(Determinants.det(d)), Det.of(a, Limits.DEFAULT));
        Matrix adj = Adjugate.adj(a, Limits.DEFAULT);
        // the exact adjugate of the same matrix, by the exact route
        Matrix exactAdj = Adjugate.adj(a.map(x -> Num.rational(BigInteger.valueOf((long) (((Num) x).doubleValue() * 2)), BigInteger.TWO)), Limits.DEFAULT);
        for (int i = 0; i < 9; i++) {
            double want = ((Num) exactAdj.entries().get(i)).doubleValue();
            assertEquals(want, ((Num) adj.entries().get(i)).doubleValue(), 1e-12 * Math.max(1, Math.abs(want)), "entry " + i);
        }
        assertNotEquals(Matrix.zeros(3, 3), exactAdj); // rank 2: adj has rank 1, not 0
    }
}
