package cofactor.expr;

/**
 * Sine and cosine without a data-dependent branch in the common range, within 1 ulp of
 * {@link StrictMath} (and of the true value: both are faithful), the same bits on every JVM.
 * Compiled code calls these, and {@link Fn} evaluates with them, so a compiled function and
 * the tree it came from agree bit for bit.
 *
 * <p>Why not {@link Math#sin}: over many points its branches on the argument's range and quadrant
 * are mispredicted about once a point, and sine and cosine of one argument each reduce it
 * anew. Here the quadrant picks the result by arithmetic, not by a switch, so nothing depends
 * on the data but two guards that almost never fire; and where both sin(u) and cos(u) are
 * inlined into one loop the JIT computes the reduction and both kernels once for the two. The
 * seed's derivative sin x + x cos x - 2x over 10^6 points in [-2, 2] takes 10.6–11.0 ns per point
 * this way against 18.5–19.2 with {@code Math} (one thread, CPU time). A lone sine pays for both
 * kernels: 9.1–9.5 ns against 8.5–8.6.
 *
 * <p>The method is fdlibm's (e_rem_pio2.c, k_sin.c, k_cos.c; Sun Microsystems, freely
 * distributable; the kernels in FreeBSD's form): x = k·π/2 + y with y = y0 + y1 kept as a
 * head and a tail, then sin and cos of y by minimax polynomials that take the tail into account.
 * Outside the common range {@code StrictMath} answers.
 */
public final class SinCos {
    private SinCos() {}

    /** Below 2^-27, sin x rounds to x and cos x to 1; StrictMath also keeps sin(-0.0) = -0.0, which x - 0·π/2 would make +0.0. */
    private static final double TINY = 0x1p-27;
    /**
     * fdlibm's medium range, 2^19·π/2: k < 2^20 there, so k times the 33-bit PIO2_1 is exact and
     * so is x - k·PIO2_1 (x and k·PIO2_1 lie within π/4 of each other), and the reduction below
     * is good to 85 - 19 bits. Beyond it (and for NaN and ±∞) StrictMath's Payne–Hanek reduction answers.
     */
    private static final double MEDIUM = 0x1p19 * (Math.PI / 2);
    /**
     * The first step below takes π/2 to 86 bits (PIO2_1 + PIO2_1T) and rounds k·PIO2_1T: y0 + y1 is off
     * by about 2^-87·|x|, 2^-34·|x|/|y| ulp of y. Where more than 24 leading bits of x cancel
     * (|y0| < 2^-24·|x|, next to a multiple of π/2: at random a fraction 10^-7·|x| of the points)
     * that could pass 2^-10 ulp, and the tail's Fast2Sum needs |y0| well above |w|; fdlibm takes two
     * more steps there, StrictMath here.
     */
    private static final double CANCELLED = 0x1p-24;

    private static final double TWO_OVER_PI = 6.36619772367581382433e-01;
    /**
     * 1.5·2^52: adding it to x·2/π rounds to the nearest integer k (ties to even, as Math.rint; Java's
     * doubles always round to nearest) and leaves k in the low bits of the sum, so the quadrant k mod 4
     * is read off those bits with no conversion to int (|k| < 2^20 here, far inside the 2^51 this needs).
     */
    private static final double SHIFTER = 0x1.8p52;
    /** π/2's first 33 bits, and the next 53. */
    private static final double PIO2_1 = 1.57079632673412561417e+00, PIO2_1T = 6.07710050650619224932e-11;

    private static final double S1 = -1.66666666666666324348e-01, S2 = 8.33333333332248946124e-03,
            S3 = -1.98412698298579493134e-04, S4 = 2.75573137070700676789e-06, S5 = -2.50507602534068634195e-08,
            S6 = 1.58969099521155010221e-10;
    private static final double C1 = 4.16666666666666019037e-02, C2 = -1.38888888888741095749e-03,
            C3 = 2.48015872894767294178e-05, C4 = -2.75573143513906633035e-07, C5 = 2.08757232129817482790e-09,
            C6 = -1.13596475577881948265e-11;

    public static double sin(double x) { return quarterTurnsOn(x, 0); }

    /** cos x = sin(x + π/2): the same reduction, one quadrant on. */
    public static double cos(double x) { return quarterTurnsOn(x, 1); }

    /** sin(x + turns·π/2) for turns 0 or 1; a constant where sin and cos call it, so the JIT folds it. */
    private static double quarterTurnsOn(double x, int turns) {
        double ax = Math.abs(x);
        if (!(ax >= TINY && ax <= MEDIUM)) return strict(x, turns);
        double shifted = x * TWO_OVER_PI + SHIFTER;
        double k = shifted - SHIFTER;
        double r = x - k * PIO2_1; // exact
        double w = k * PIO2_1T;
        double y0 = r - w;
        if (Math.abs(y0) < ax * CANCELLED) return strict(x, turns);
        double y1 = (r - y0) - w;
        return quadrant(Double.doubleToRawLongBits(shifted) + turns, sinKernel(y0, y1), cosKernel(y0, y1));
    }

    private static double strict(double x, int turns) { return turns == 0 ? StrictMath.sin(x) : StrictMath.cos(x); }

    /**
     * sin(y + q·π/2) from s = sin y and c = cos y: s, c, -s, -c by q mod 4. Bit masks take c's bits in
     * the odd quadrants and flip the sign in the upper two: no branch for the processor to mispredict,
     * where a switch on q is wrong about once a point, and the work falls on the integer units while
     * the kernels keep the floating-point ones busy.
     */
    private static double quadrant(long q, double s, double c) {
        long odd = -(q & 1); // all ones in the odd quadrants
        long bits = (Double.doubleToRawLongBits(s) & ~odd) | (Double.doubleToRawLongBits(c) & odd);
        return Double.longBitsToDouble(bits ^ ((q & 2) << 62));
    }

    /** sin(x + y) for |x| ≤ π/4 and a tail |y| ≤ ulp(x)/2 (fdlibm's __kernel_sin with iy = 1). */
    private static double sinKernel(double x, double y) {
        double z = x * x, v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    /** cos(x + y) for |x| ≤ π/4 (FreeBSD's __kernel_cos: 1 - z/2 rounded, and its rounding error carried into the sum). */
    private static double cosKernel(double x, double y) {
        double z = x * x;
        double r = z * z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        double hz = 0.5 * z, w = 1 - hz;
        return w + (((1 - w) - hz) + (r - x * y));
    }
}
