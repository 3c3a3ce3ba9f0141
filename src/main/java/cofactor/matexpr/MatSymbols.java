package cofactor.matexpr;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.expr.Symbols;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/** The matrix symbols an expression is built from, and the size symbols of their shapes. */
public final class MatSymbols {
    /**
     * Written out, not Comparator.comparing(MatExpr.Symbol::name): the JDK's serializable lambda
     * there is not kept by the start-up cache and was made anew in every process that took a
     * derivative (d of a scalar looks for matrix symbols in it).
     */
    private static final Comparator<MatExpr.Symbol> BY_NAME = (a, b) -> a.name().compareTo(b.name());

    private MatSymbols() {}

    public static Set<MatExpr.Symbol> of(MatExpr m) {
        Set<MatExpr.Symbol> out = new TreeSet<>(BY_NAME);
        collect(m, out);
        return out;
    }

    /** Those of the kernels (det(X), tr(A*B)) a scalar holds. */
    public static Set<MatExpr.Symbol> of(Expr e) {
        Set<MatExpr.Symbol> out = new TreeSet<>(BY_NAME);
        // d of every scalar asks, and walking its free symbols was 3 % of a one-line derivative's work
        if (!ScalarKernel.anyNamed()) return out;
        for (Sym s : Symbols.free(e)) if (s.kernel() instanceof ScalarKernel k) collect(k.arg(), out);
        return out;
    }

    /** Identity, Zero and Ones hold no symbol: their sizes are shapes' symbols already or plain numbers. */
    private static void collect(MatExpr m, Set<MatExpr.Symbol> out) {
        if (m instanceof MatExpr.Symbol s) out.add(s);
        for (MatExpr operand : m.operands()) collect(operand, out);
        for (Expr scalar : m.scalars()) out.addAll(of(scalar));
    }

    /** The symbols the sizes are made of, by name. */
    public static Set<Sym> sizes(Set<MatExpr.Symbol> symbols, Set<Shape> more) {
        Set<Sym> out = new TreeSet<>(Sym.BY_NAME);
        for (MatExpr.Symbol s : symbols) addSizes(s.shape(), out);
        for (Shape s : more) addSizes(s, out);
        return out;
    }

    private static void addSizes(Shape s, Set<Sym> out) {
        out.addAll(Symbols.free(s.rows()));
        out.addAll(Symbols.free(s.cols()));
    }
}
