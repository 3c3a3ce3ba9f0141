package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.expr.Extremes;
import cofactor.expr.Sym;
import cofactor.integrate.Antiderivative;
import cofactor.integrate.DefiniteIntegral;
import cofactor.integrate.IntegrationError;
import java.util.ArrayList;
import java.util.List;

/** Integrals (antiderivatives proved by differentiating them back, definite integrals exact or by quadrature), and max and min. */
final class IntegrateBuiltins {
    /** Symja's integrator takes seconds on hard integrands; its rules load once, outside this limit. */
    static final double DEFAULT_TIMEOUT_SECONDS = 20;

    private IntegrateBuiltins() {}

    static void register(Builtins b) {
        b.add(Builtin.of("integrate", 2, 4, "integrate(e, x), integrate(e, x, a, b), integrate(e, x, timeout = 20)",
                "an antiderivative of e by x (through Symja), shown only once its derivative gives e back; "
                        + "from a to b, exact where the antiderivative is continuous on [a, b], else by numeric quadrature with an error estimate",
                IntegrateBuiltins::integrate).withOptions("timeout"));
        b.add(Builtin.of("max", 2, Integer.MAX_VALUE, "max(a, b, ...)",
                "the largest argument; of expressions, (a + b + abs(a - b))/2, so it differentiates (d(max(x, y), x) is (1 + sign(x - y))/2) and compiles",
                a -> Value.of(Extremes.max(scalars(a)))));
        b.add(Builtin.of("min", 2, Integer.MAX_VALUE, "min(a, b, ...)",
                "the smallest argument; of expressions, (a + b - abs(a - b))/2, so it differentiates and compiles",
                a -> Value.of(Extremes.min(scalars(a)))));
    }

    private static Value integrate(Args a) {
        if (a.size() == 3) throw a.error("give both bounds, integrate(e, x, a, b), or none, integrate(e, x)");
        Expr f = a.expr(0);
        Sym x = a.symbol(1);
        double timeout = a.timeoutOption(DEFAULT_TIMEOUT_SECONDS);
        try {
            if (a.size() == 2) return Value.of(Antiderivative.of(f, x, timeout, a.session().limits()).value());
            DefiniteIntegral.Result r = DefiniteIntegral.of(f, x, a.expr(2), a.expr(3), timeout, a.session().limits());
            if (r.note() != null) a.session().warn(a.fn() + ": " + r.note());
            return Value.of(r.value());
        } catch (IntegrationError e) {
            throw a.error(e.getMessage());
        }
    }

    private static List<Expr> scalars(Args a) {
        List<Expr> all = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) all.add(a.expr(i));
        return all;
    }
}
