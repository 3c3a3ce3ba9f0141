package cofactor.symja;

import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import cofactor.guard.Interrupted;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Simplification and factoring through Symja, the deep simplifier beside our own
 * algebra (DESIGN §3). Symja is started lazily on first use (about a second), on
 * one daemon thread that owns its evaluator; every call waits at most its
 * timeout, after which the expression comes back unchanged with a warning and the
 * stuck thread is interrupted and replaced, so a hanging call cannot hang the
 * caller. Symja's logging goes to a no-op binding and its messages are off.
 */
public final class SymjaBridge {
    public static final double DEFAULT_TIMEOUT_SECONDS = 5;

    /** A result, and the warning to show when it is the input returned unchanged (null when all went well). */
    public record Outcome(Expr value, String warning) {}

    /** Work to run on the Symja thread with a fresh name map. */
    interface Task<T> {
        T run(Conversion conversion, ExprEvaluator evaluator);
    }

    private static Worker worker; // guarded by SymjaBridge.class

    private SymjaBridge() {}

    /** Starts Symja in the background (the REPL calls this at start-up so the first simplify is quick). */
    public static void warmUp() {
        worker().executor.submit(() -> null);
    }

    /** Trigonometric and rational simplification; the simplest of Symja's candidate forms, by leaf count. */
    public static Outcome simplify(Expr e, double timeoutSeconds) {
        if (e instanceof Num || e instanceof Sym) return new Outcome(e, null);
        boolean trig = hasTrig(e), fractions = hasNegativePowers(e);
        return transform("simplify", "unsimplified", e, timeoutSeconds, (c, ev) -> {
            IExpr in = c.toSymja(e);
            List<IExpr> candidates = new ArrayList<>();
            candidates.add(ev.eval(F.Simplify(in)));
            if (trig) candidates.add(ev.eval(F.Simplify(F.TrigReduce(in))));
            if (fractions) candidates.add(ev.eval(F.Together(in)));
            return simplest(c, candidates, e);
        });
    }

    /** Factors a polynomial (kernels such as sin x count as variables). */
    public static Outcome factor(Expr e, double timeoutSeconds) {
        if (e instanceof Num || e instanceof Sym) return new Outcome(e, null);
        return transform("factor", "unfactored", e, timeoutSeconds,
                (c, ev) -> c.fromSymja(ev.eval(F.Factor(c.toSymja(e)))));
    }

    private static Outcome transform(String name, String left, Expr e, double timeoutSeconds, Task<Expr> task) {
        try {
            return new Outcome(run(task, timeoutSeconds), null);
        } catch (TimeoutException ex) {
            return new Outcome(e, name + ": timed out after " + seconds(timeoutSeconds) + "; result left " + left);
        } catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            String why = cause instanceof Conversion.Unsupported u
                    ? "Symja's result uses " + u.getMessage() + ", which Cofactor does not have"
                    : "Symja failed (" + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
            return new Outcome(e, name + ": " + why + "; result left " + left);
        }
    }

    /** Runs a task on the Symja thread and waits at most the timeout; a timed-out thread is interrupted and replaced. */
    static <T> T run(Task<T> task, double timeoutSeconds) throws TimeoutException, ExecutionException {
        Worker w = worker();
        Future<T> f = w.executor.submit(() -> task.run(new Conversion(), w.evaluator()));
        try {
            return f.get(Math.max(1, Math.round(timeoutSeconds * 1000)), TimeUnit.MILLISECONDS);
        } catch (TimeoutException ex) {
            abandon(w, f);
            throw ex;
        } catch (InterruptedException ex) { // Ctrl-C while waiting
            abandon(w, f);
            Thread.currentThread().interrupt();
            throw new Interrupted();
        }
    }

    private static synchronized Worker worker() {
        if (worker == null) worker = new Worker();
        return worker;
    }

    private static synchronized void abandon(Worker w, Future<?> f) {
        f.cancel(true); // Symja checks interrupts in its evaluation loop and stops
        w.executor.shutdownNow();
        if (worker == w) worker = null; // the next call starts a fresh thread, in case this one does not stop
    }

    /** One daemon thread and the evaluator that lives on it. */
    private static final class Worker {
        final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cofactor-symja");
            t.setDaemon(true);
            return t;
        });
        private ExprEvaluator evaluator; // created and used only on the executor's thread

        Worker() { configure(); }

        ExprEvaluator evaluator() {
            if (evaluator == null) {
                evaluator = new ExprEvaluator(true, (short) 0); // no history (a capacity with history on fails after interrupts)
                EvalEngine engine = evaluator.getEvalEngine();
                engine.setQuietMode(true);
                PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
                engine.setOutPrintStream(nowhere);
                engine.setErrorPrintStream(nowhere);
            }
            return evaluator;
        }
    }

    /** Before Symja's first use: its helper threads must be daemons, or they keep the JVM alive after the last statement. */
    private static void configure() {
        Config.THREAD_FACTORY = r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        };
        Config.JAS_NO_THREADS = true; // JAS's polynomial factoring otherwise starts a non-daemon pool
        Config.FILESYSTEM_ENABLED = false;
    }

    /** The candidate with the fewest leaves that converts back; the input when none does. */
    private static Expr simplest(Conversion c, List<IExpr> candidates, Expr input) {
        Expr best = null;
        long bestLeaves = Long.MAX_VALUE;
        RuntimeException failure = null;
        for (IExpr candidate : candidates) {
            long leaves = candidate.leafCount();
            if (leaves >= bestLeaves) continue;
            try {
                best = c.fromSymja(candidate);
                bestLeaves = leaves;
            } catch (Conversion.Unsupported ex) {
                failure = ex;
            }
        }
        if (best == null) throw failure != null ? failure : new IllegalStateException("no candidate for " + input);
        return best;
    }

    static String seconds(double s) {
        return java.math.BigDecimal.valueOf(s).stripTrailingZeros().toPlainString() + " s";
    }

    // ---- which candidates are worth trying
    private static boolean hasTrig(Expr e) {
        return any(e, x -> x instanceof Call c && c.fn().isTrigonometric());
    }

    private static boolean hasNegativePowers(Expr e) {
        return any(e, x -> x instanceof Pow p && p.exp() instanceof Num k && k.signum() < 0
                || x instanceof Mul m && hasNegativeExponent(m));
    }

    private static boolean hasNegativeExponent(Mul m) {
        for (int i = 0; i < m.size(); i++) if (m.exp(i) instanceof Num k && k.signum() < 0) return true;
        return false;
    }

    private static boolean any(Expr e, java.util.function.Predicate<Expr> p) {
        Set<Expr> seen = new HashSet<>();
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(e);
        while (!todo.isEmpty()) {
            Expr x = todo.pop();
            if (p.test(x)) return true;
            if (seen.add(x)) for (Expr a : x.args()) todo.push(a);
        }
        return false;
    }
}
