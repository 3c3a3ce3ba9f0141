package cofactor.matrix;

import cofactor.expr.Expr;
import cofactor.poly.Converter;
import cofactor.poly.Poly;
import cofactor.poly.Ring;
import cofactor.bench.Matrices;
import java.util.List;
import java.util.Random;

/**
 * The measurements behind two algorithm choices (in package cofactor.matrix to
 * reach the package-private PolyMatrix): minor expansion vs Berkowitz for the
 * determinant, and multinomial vs successive multiplication vs repeated squaring
 * for powers of sums. Best of 5, polynomial work only (no conversion to Expr).
 * {@code java -cp bench/target/benchmarks.jar cofactor.matrix.DetAlgorithmsBench}
 */
public final class DetAlgorithmsBench {
    public static void main(String[] args) {
        for (int n = 4; n <= 7; n++) {
            Matrix m = Matrices.generic(n);
            double lap = best(() -> laplace(m)), ber = best(() -> berkowitz(m));
            System.out.printf("generic %d×%d      minor expansion %8.2f ms   Berkowitz %8.2f ms%n", n, n, lap, ber);
        }
        Random r = new Random(1);
        Expr x = Expr.sym("x");
        for (int n : new int[] {8, 12}) {
            Expr[] e = new Expr[n * n];
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) e[i * n + j] = i == j ? Expr.add(x, Expr.num(r.nextInt(5))) : Expr.num(r.nextInt(7) - 3);
            Matrix m = Matrix.of(n, n, e);
            String lap = String.format("%8.2f ms", best(() -> laplace(m)));
            System.out.printf("x + integers %d×%d minor expansion %s   Berkowitz %8.2f ms%n", n, n, lap, best(() -> berkowitz(m)));
        }
        Expr base = Expr.add(List.of(Expr.num(1), x, Expr.sym("y"), Expr.sym("z")));
        for (int k : new int[] {40, 100}) {
            Converter c = new Converter(Matrices.UNLIMITED);
            Converter.Plan plan = c.plan(Expr.pow(base, k));
            Ring ring = c.ring(plan);
            Poly p = c.toPoly(c.plan(base), ring, false);
            String sq = k <= 40 ? String.format("%8.1f ms", best(() -> squaring(p, k))) : "(minutes)";
            System.out.printf("(1+x+y+z)^%d  multinomial %8.1f ms   successive %8.1f ms   squaring %s%n", k,
                    best(() -> p.pow(k)), best(() -> successive(p, k)), sq);
        }
    }

    static void laplace(Matrix m) { PolyMatrix pm = new PolyMatrix(m, Matrices.UNLIMITED); pm.prepare(false); pm.laplaceDet(); }

    static void berkowitz(Matrix m) { PolyMatrix pm = new PolyMatrix(m, Matrices.UNLIMITED); pm.prepare(true); pm.berkowitzDet(); }

    static void successive(Poly p, int k) { Poly q = p; for (int i = 1; i < k; i++) q = q.times(p); }

    static void squaring(Poly p, int k) {
        Poly q = null, s = p;
        for (; k > 0; k >>= 1) {
            if ((k & 1) == 1) q = q == null ? s : q.times(s);
            if (k > 1) s = s.times(s);
        }
    }

    static double best(Runnable f) {
        double b = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            f.run();
            b = Math.min(b, (System.nanoTime() - t) / 1e6);
            if (b > 2000) break;
        }
        return b;
    }
}
