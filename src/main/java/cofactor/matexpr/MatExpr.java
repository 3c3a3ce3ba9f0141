package cofactor.matexpr;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import java.util.List;

/**
 * A matrix expression of symbolic shape. The records are the nodes; build them only through
 * {@link MatExprs}, which keeps them canonical (so equal expressions are {@code equals}).
 * {@code toString} is the language's syntax and parses back where the symbols are bound.
 */
public sealed interface MatExpr permits MatExpr.Symbol, MatExpr.Identity, MatExpr.Zero, MatExpr.Sum, MatExpr.Product,
        MatExpr.Transpose, MatExpr.Inverse, MatExpr.Adjugate, MatExpr.Ones, MatExpr.Hadamard, MatExpr.EntryPower,
        MatExpr.EntryFunction, MatExpr.DiagMatrix, MatExpr.Diagonal, MatExpr.Kron {

    Shape shape();

    /** The matrix expressions this node is built of, for walks that treat every node alike. */
    default List<MatExpr> operands() { return List.of(); }

    /** The scalars this node holds beside its operands: a product's coefficient, an entry-wise exponent. */
    default List<Expr> scalars() { return List.of(); }

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
        @Override public List<MatExpr> operands() { return terms; }
        @Override public Shape shape() { return terms.get(0).shape(); }
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /**
     * A scalar coefficient times one or more factors, none a product; adjacent factors chain
     * (cols of one = rows of the next). A coefficient of 1 and a lone factor is never built.
     */
    record Product(Expr coefficient, List<MatExpr> factors) implements MatExpr {
        @Override public List<MatExpr> operands() { return factors; }
        @Override public List<Expr> scalars() { return List.of(coefficient); }
        @Override public Shape shape() { return new Shape(factors.get(0).shape().rows(), factors.get(factors.size() - 1).shape().cols()); }
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /** X' of a symbol, an inverse or an adjugate: the factories push transposes down to these. */
    record Transpose(MatExpr arg) implements MatExpr {
        @Override public List<MatExpr> operands() { return List.of(arg); }
        @Override public Shape shape() { return arg.shape().transposed(); }
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /** inv(X) of a square X that the factories could not take apart. */
    record Inverse(MatExpr arg) implements MatExpr {
        @Override public List<MatExpr> operands() { return List.of(arg); }
        @Override public Shape shape() { return arg.shape(); }
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /** adj(X) of a square X that the factories could not take apart. */
    record Adjugate(MatExpr arg) implements MatExpr {
        @Override public List<MatExpr> operands() { return List.of(arg); }
        @Override public Shape shape() { return arg.shape(); }
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /** {@code ones(m, n)}: every entry 1, what {@code .*} leaves unchanged and {@code A./A} leaves. */
    record Ones(Shape shape) implements MatExpr {
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /**
     * The entry-wise product {@code A.*B} (and quotient {@code A./B = A.*B.^-1}) of two or more factors
     * of one shape: none a Hadamard product, a scaled product, a zero or ones, no two of one base
     * (A.*A is A.^2), in print order, those with a negative exponent last.
     */
    record Hadamard(List<MatExpr> factors) implements MatExpr {
        @Override public List<MatExpr> operands() { return factors; }
        @Override public Shape shape() { return factors.get(0).shape(); }
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /** {@code X.^k} entry by entry, k a scalar other than 0 and 1: {@code 1./X} is {@code X.^-1}, {@code sqrt(X)} is {@code X.^(1/2)}. */
    record EntryPower(MatExpr base, Expr exponent) implements MatExpr {
        @Override public List<MatExpr> operands() { return List.of(base); }
        @Override public List<Expr> scalars() { return List.of(exponent); }
        @Override public Shape shape() { return base.shape(); }
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /** {@code exp(X)}: a function of the table applied to each entry, as in NumPy (not the matrix exponential). */
    record EntryFunction(Fn fn, MatExpr arg) implements MatExpr {
        @Override public List<MatExpr> operands() { return List.of(arg); }
        @Override public Shape shape() { return arg.shape(); }
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /** {@code diag(v)}: the square matrix with the column v on its diagonal. */
    record DiagMatrix(MatExpr vector) implements MatExpr {
        @Override public List<MatExpr> operands() { return List.of(vector); }
        @Override public Shape shape() { return Shape.square(vector.shape().rows()); }
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /** {@code diag(X)}: the column of a square X's diagonal entries. */
    record Diagonal(MatExpr matrix) implements MatExpr {
        @Override public List<MatExpr> operands() { return List.of(matrix); }
        @Override public Shape shape() { return Shape.column(matrix.shape().rows()); }
        @Override public String toString() { return MatPrinter.print(this); }
    }

    /** {@code kron(A, B, …)}: the Kronecker product of two or more factors, none a Kronecker product or a scaled product. */
    record Kron(List<MatExpr> factors) implements MatExpr {
        @Override public List<MatExpr> operands() { return factors; }
        @Override public Shape shape() {
            return new Shape(Expr.mul(factors.stream().map(f -> f.shape().rows()).toList()),
                    Expr.mul(factors.stream().map(f -> f.shape().cols()).toList()));
        }
        @Override public String toString() { return MatPrinter.print(this); }
    }
}
