package cofactor.func;

/** Numeric values of the functions {@link Math} lacks; compiled code calls these too. */
public final class Numerics {
    private Numerics() {}

    public static double cot(double x) { return 1.0 / Math.tan(x); }
    public static double sec(double x) { return 1.0 / Math.cos(x); }
    public static double csc(double x) { return 1.0 / Math.sin(x); }
}
