package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.matrix.Matrix;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Tests build arguments as expressions and matrices; these wrap them as the interpreter's values. */
final class TestValues {
    private TestValues() {}

    static Value value(Object o) {
        if (o instanceof Expr e) return Value.of(e);
        if (o instanceof Matrix m) return Value.of(m);
        if (o instanceof String s) return new StringValue(s);
        return (Value) o;
    }

    static List<Value> values(Object... args) { return Arrays.stream(args).map(TestValues::value).toList(); }

    static Map<String, Value> options(Map<String, ?> options) {
        return options.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> value(e.getValue())));
    }
}
