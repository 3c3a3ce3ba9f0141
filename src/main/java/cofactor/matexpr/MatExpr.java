package cofactor.matexpr;

import cofactor.expr.Expr;
import java.util.List;

/**
 * A matrix expression of symbolic shape. The records are the nodes; build them only through
 * {@link MatExprs}, which keeps them canonical (so equal expressions are {@code equals}).
 * {@code toString} is the language's syntax and parses back where the symbols are bound.
 */
public sealed interface MatExpr permits MatExpr.Symbol, MatExpr.Identity, MatExpr.Zero, MatExpr.Sum, MatExpr.Product,
        MatExpr.Transpose, MatExpr.Inverse, MatExpr.Adjugate {

    Shape shape();

    /** An abstract matrix {@code matrix(X, n, m)}, or a column vector {@code vector(x, n)} when it has one column. */
    record Symbol(String name, Shape shape) implements MatExpr {
        @Override public String toString() { return name; }
    }

    /** {@code eye(n)}. */
    record Identity(Expr n) implements MatExpr {
        @Override public Shape shape() { return Shape.square(n); }
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /** {@code zeros(m, n)}, what X - X leaves. */
    record Zero(Shape shape) implements MatExpr {
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /** Two or more terms, none a sum or zero, no two alike but for their coefficients, in print order. */
    record Sum(List<MatExpr> terms) implements MatExpr {
        @Override public Shape shape() { return terms.get(0).shape(); }
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /**
     * A scalar coefficient times one or more factors, none a product; adjacent factors chain
     * (cols of one = rows of the next). A coefficient of 1 and a lone factor is never built.
     */
    record Product(Expr coefficient, List<MatExpr> factors) implements MatExpr {
        @Override public Shape shape() { return new Shape(factors.get(0).shape().rows(), factors.get(factors.size() - 1).shape().cols()); }
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /** X' of a symbol, an inverse or an adjugate: the factories push transposes down to these. */
    record Transpose(MatExpr arg) implements MatExpr {
        @Override public Shape shape() { return arg.shape().transposed(); }
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /** inv(X) of a square X that the factories could not take apart. */
    record Inverse(MatExpr arg) implements MatExpr {
        @Override public Shape shape() { return arg.shape(); }
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /** adj(X) of a square X that the factories could not take apart. */
    record Adjugate(MatExpr arg) implements MatExpr {
        @Override public Shape shape() { return arg.shape(); }
        @Override public String toString() { return MatPrinter.print(this); }
    }
}
