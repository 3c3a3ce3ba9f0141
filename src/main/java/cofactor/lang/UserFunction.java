package cofactor.lang;

import cofactor.expr.Sym;
import cofactor.lang.ast.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code f(x, y) = body}: evaluated at each call with the parameters bound to the arguments. */
final class UserFunction implements FunctionValue {
    private final String name;
    private final List<String> params;
    private final Node body;
    private final Interpreter interpreter;

    UserFunction(String name, List<String> params, Node body, Interpreter interpreter) {
        this.name = name;
        this.params = List.copyOf(params);
        this.body = body;
        this.interpreter = interpreter;
    }

    @Override public Value call(Args args) {
        if (args.size() != params.size()) {
            throw args.error("takes " + params.size() + " argument" + (params.size() == 1 ? "" : "s") + ", got " + args.size());
        }
        Map<String, Value> bound = new HashMap<>();
        for (int i = 0; i < params.size(); i++) bound.put(params.get(i), args.get(i));
        Session session = interpreter.session();
        if (!session.enterCall()) {
            throw args.error("calls nest more than " + Session.MAX_CALL_DEPTH + " deep; a function that calls itself never stops (there are no conditionals)");
        }
        try {
            return interpreter.evalWith(body, bound);
        } finally {
            session.exitCall();
        }
    }

    /** Shown as its definition with the body evaluated symbolically: {@code f(x, y) = x^2 + y}. */
    @Override public String show() {
        Map<String, Value> symbolic = new HashMap<>();
        for (String p : params) symbolic.put(p, Value.of(Sym.of(p)));
        String value;
        try {
            Value v = interpreter.evalWith(body, symbolic);
            // A body whose value is a user function shows that function's name: showing its
            // definition would evaluate its body, and f() = f, or f() = g with g() = f, never ends.
            value = v instanceof UserFunction f ? f.name : v.show();
        } catch (RuntimeException e) {
            value = "...";
        }
        return name + "(" + String.join(", ", params) + ") = " + value;
    }

    @Override public String describe() { return "a function"; }
}
