package cofactor.lang;

import cofactor.dense.Dense;
import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Rewrite;
import cofactor.matexpr.MatExpr;
import cofactor.matexpr.MatFunction;
import cofactor.matrix.Matrix;
import cofactor.matrix.ShapeError;
import cofactor.matrix.SingularError;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code compile(f, X, S)} returns for a scalar or matrix expression of matrix symbols: called
 * as {@code g(X0, S0)} with a matrix of numbers for each symbol, it takes the sizes from them and
 * gives a number (a scalar f) or a matrix of numbers.
 */
public record CompiledMatFunctionValue(MatFunction function, String shown) implements FunctionValue {

    @Override public Value call(Args args) {
        List<MatExpr.Symbol> inputs = function.inputs();
        if (args.size() != inputs.size()) {
            throw args.error("takes " + inputs.size() + " matri" + (inputs.size() == 1 ? "x" : "ces") + " (" + names() + "), got " + args.size() + " argument" + (args.size() == 1 ? "" : "s"));
        }
        List<Dense> values = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) values.add(numbers(args, args.get(k), "the value for " + inputs.get(k).name()));
        MatFunction.Values v;
        try {
            v = function.evaluate(values);
        } catch (SingularError e) {
            throw args.error(e.operation() + ": " + e.getMessage());
        } catch (ShapeError e) {
            throw args.error(e.getMessage());
        }
        if (v.scalars().length == 1) return Value.of(Num.real(v.scalars()[0]));
        return Value.of(matrix(v.matrices().get(0)));
    }

    /** A value as doubles: a matrix (or vector) whose entries are all numbers; {@code what} names it in the error. */
    static Dense numbers(Args args, Value v, String what) {
        if (!(v instanceof MatrixValue m)) throw args.error(what + " must be a matrix of numbers, got " + v.describe());
        Matrix x = m.matrix();
        double[] d = new double[x.size()];
        for (int i = 0; i < d.length; i++) {
            if (!(Rewrite.numeric(x.get(i)) instanceof Num n)) {
                throw args.error(what + " must be a matrix of numbers, entry (" + (i / x.cols() + 1) + ", " + (i % x.cols() + 1) + ") is " + x.get(i));
            }
            d[i] = n.doubleValue();
        }
        return new Dense(x.rows(), x.cols(), d);
    }

    static Matrix matrix(Dense d) {
        Expr[] e = new Expr[d.data().length];
        for (int k = 0; k < e.length; k++) e[k] = Num.real(d.data()[k]);
        return Matrix.of(d.rows(), d.cols(), e);
    }

    private String names() { return String.join(", ", function.inputs().stream().map(MatExpr.Symbol::name).toList()); }

    /** {@code compiled function of matrices (X: n×n, S: n×n) to numbers}. */
    @Override public String show() { return shown; }

    @Override public String describe() { return "a compiled function"; }
}
