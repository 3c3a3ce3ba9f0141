package cofactor.testing;

import cofactor.expr.Expr;
import cofactor.expr.MathError;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.func.Fn;
import java.util.List;
import java.util.Random;

/** Seeded random expression trees over given symbols, using every node kind and (optionally) every function. */
public final class RandomExpr {
    private final Random random;
    private final List<Sym> vars;
    private final List<Fn> fns;
    private boolean symbolicExponents = true;
    private boolean doubles = true;

    public RandomExpr(long seed, List<Sym> vars, List<Fn> fns) {
        this.random = new Random(seed);
        this.vars = vars;
        this.fns = fns;
    }

    public RandomExpr(long seed, List<Sym> vars) { this(seed, vars, List.of(Fn.values())); }

    public RandomExpr withoutSymbolicExponents() { symbolicExponents = false; return this; }
    public RandomExpr withoutDoubles() { doubles = false; return this; }

    public Random random() { return random; }

    /** A random expression of at most the given depth; retries when the factories reject a combination (log 0, 1/0). */
    public Expr next(int depth) {
        while (true) {
            try {
                return node(depth);
            } catch (MathError e) {
                // e.g. log(0) or division by zero folded from constants: draw again
            }
        }
    }

    private Expr node(int depth) {
        if (depth <= 0 || random.nextInt(6) == 0) return leaf();
        return switch (random.nextInt(7)) {
            case 0 -> Expr.add(node(depth - 1), node(depth - 1));
            case 1 -> Expr.sub(node(depth - 1), node(depth - 1));
            case 2 -> Expr.mul(node(depth - 1), node(depth - 1));
            case 3 -> Expr.div(node(depth - 1), node(depth - 1));
            case 4 -> Expr.pow(node(depth - 1), exponent(depth - 1));
            default -> Expr.call(fns.get(random.nextInt(fns.size())), node(depth - 1));
        };
    }

    private Expr exponent(int depth) {
        return switch (random.nextInt(symbolicExponents ? 4 : 3)) {
            case 0 -> Expr.num(random.nextInt(8) - 3);
            case 1 -> List.of(Num.HALF, Expr.rational(-1, 2), Expr.rational(1, 3), Expr.rational(3, 2)).get(random.nextInt(4));
            case 2 -> Expr.num(2 + random.nextInt(2));
            default -> node(Math.min(depth, 1));
        };
    }

    private Expr leaf() {
        int k = random.nextInt(20);
        if (k < 10) return vars.get(random.nextInt(vars.size()));
        if (k < 14) return Expr.num(random.nextInt(9) - 3);
        if (k < 16) return Expr.rational(random.nextInt(9) - 4, 2 + random.nextInt(5));
        if (k < 17 && doubles) return Expr.real(Math.round(random.nextDouble() * 400 - 200) / 100.0);
        if (k < 18) return Sym.PI;
        if (k < 19) return Sym.E;
        return vars.get(0);
    }
}
