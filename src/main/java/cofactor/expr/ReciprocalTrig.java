package cofactor.expr;

/** The reciprocal trigonometric functions, which {@link Math} lacks: their values for {@link Fn}, and the methods compiled code calls. */
public final class ReciprocalTrig {
    private ReciprocalTrig() {}

    public static double cot(double x) { return 1.0 / Math.tan(x); }
    public static double sec(double x) { return 1.0 / SinCos.cos(x); }
    public static double csc(double x) { return 1.0 / SinCos.sin(x); }
}
