package cofactor.expr;

import java.util.List;

/** A symbol, or one of the named constants {@code pi} and {@code E}, which stay exact until numeric evaluation. */
public final class Sym implements Expr {
    public static final Sym PI = new Sym("pi", Math.PI);
    public static final Sym E = new Sym("E", Math.E);

    private final String name;
    private final double constantValue; // NaN for an ordinary symbol
    private final int hash;

    private Sym(String name, double constantValue) {
        this.name = name;
        this.constantValue = constantValue;
        this.hash = name.hashCode() * 0x9E3779B1;
    }

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
