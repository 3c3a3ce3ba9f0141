package cofactor.expr;

import java.util.Comparator;
import java.util.List;

/**
 * A symbol, or one of the named constants {@code pi} and {@code E}, which stay exact until numeric evaluation.
 * A symbol may also stand for a scalar of another layer, a kernel such as {@code det(X)} of a matrix
 * expression: to this package it is a symbol like any other (so sums, products, powers and functions
 * of it need no new node), and the layer that made it reads its meaning back from {@link #kernel()}.
 */
public final class Sym implements Expr {
    public static final Sym PI = new Sym("pi", Math.PI);
    public static final Sym E = new Sym("E", Math.E);

    /**
     * Symbols by name. Written out, not Comparator.comparing(Sym::name): that returns one of the
     * JDK's serializable lambdas, which the start-up cache does not keep, so every process that
     * sorted symbols made its class anew (a derivative, jacobi).
     */
    public static final Comparator<Sym> BY_NAME = (a, b) -> a.name.compareTo(b.name);

    private final String name;
    private final double constantValue; // NaN for an ordinary symbol
    private final int hash;
    private final Kernel kernel; // what a kernel symbol stands for; null for an ordinary symbol

    private Sym(String name, double constantValue, Kernel kernel) {
        this.name = name;
        this.constantValue = constantValue;
        this.kernel = kernel;
        this.hash = name.hashCode() * 0x9E3779B1;
    }

    private Sym(String name, double constantValue) { this(name, constantValue, null); }

    /**
     * A kernel: a symbol named by the text that denotes it (which no typed name can be, as it holds
     * brackets or operators), standing for {@code meaning}. Equal to any symbol of the same name.
     */
    public static Sym kernel(String name, Kernel meaning) { return new Sym(name, Double.NaN, meaning); }

    /**
     * A real constant that another layer defines, named by the text that denotes it ({@code root(x^5 - x - 1, 1)},
     * no typed name), with its double value; its meaning (how to compute it to any precision) is {@code meaning}.
     * Like pi it is no free symbol: its derivative is 0 and N gives its digits.
     */
    public static Sym constant(String name, double value, Kernel meaning) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("a constant's value must be finite: " + name);
        return new Sym(name, value, meaning);
    }

    /** What a kernel stands for, or null for an ordinary symbol. */
    public Kernel kernel() { return kernel; }

    public static Sym of(String name) {
        return switch (name) {
            case "pi" -> PI;
            case "E" -> E;
            default -> new Sym(name, Double.NaN);
        };
    }

    public String name() { return name; }

    public boolean isConstant() { return !Double.isNaN(constantValue); }

    /** The numeric value of a constant. */
    public double constantValue() {
        if (!isConstant()) throw new IllegalStateException(name + " is not a constant");
        return constantValue;
    }

    @Override public Kind kind() { return Kind.SYM; }
    @Override public List<Expr> args() { return List.of(); }
    @Override public Expr withArgs(List<Expr> args) { return this; }
    @Override public boolean equals(Object o) { return this == o || o instanceof Sym s && s.name.equals(name); }
    @Override public int hashCode() { return hash; }
    @Override public String toString() { return name; }
}
