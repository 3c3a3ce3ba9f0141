package cofactor.symja;

import cofactor.expr.Call;
import cofactor.expr.Expr;
import cofactor.expr.Find;
import cofactor.expr.Fn;
import cofactor.expr.Mul;
import cofactor.expr.Num;
import cofactor.expr.Pow;
import cofactor.expr.Sym;
import cofactor.guard.Interrupted;
import cofactor.guard.TimeLimit;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Simplification and factoring through Symja, the deep simplifier beside our own
 * algebra (DESIGN §3). Symja's state is not ours, so it runs on threads of its own
 * that can be given up on safely.
 *
 * <p>Symja starts once, lazily (about a second), on a thread nothing ever
 * interrupts: its class initialisers (Log4j's among them, which prints a FATAL
 * stack trace when interrupted) run there, with the first call of each kind we
 * make, so no interrupt can leave a class half-initialised. Callers wait for the
 * start interruptibly, and it does not count against their timeout.
 *
 * <p>Each call then runs on a worker of its own (a daemon thread with its own
 * evaluator; idle workers are reused) and waits at most its timeout, after which
 * the expression comes back unchanged with a warning. A call that times out or
 * whose caller is interrupted gives up its worker alone: that worker is
 * interrupted (Symja checks interrupts in its evaluation loop) and exits when
 * its call ends; no other caller's call is touched. Symja's logging goes to a
 * no-op binding and its messages are off.
 */
public final class SymjaBridge {
    public static final double DEFAULT_TIMEOUT_SECONDS = 5;

    /**
     * A result, and the warning to show when it is the input returned unchanged (null when all
     * went well); for {@link #integrate} a null value and the reason there is none.
     */
    public record Outcome(Expr value, String warning) {}

    /** Work to run on the Symja thread with a fresh name map. */
    interface Task<T> {
        T run(Conversion conversion, ExprEvaluator evaluator);
    }

    private static CompletableFuture<Void> started;         // guarded by SymjaBridge.class
    private static CompletableFuture<Void> integrationLoaded; // guarded by SymjaBridge.class
    private static final Deque<Worker> idle = new ArrayDeque<>(); // guarded by SymjaBridge.class

    private SymjaBridge() {}

    /** Starts Symja in the background (the REPL calls this at start-up so the first simplify is quick). */
    public static void warmUp() { start(); }

    /** Symja's one start, on the first worker; later calls share it. */
    private static synchronized CompletableFuture<Void> start() {
        if (started == null) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            started = done;
            Worker first = new Worker();
            first.executor.execute(() -> {
                try {
                    configure();
                    first.evaluator(); // Symja's and Log4j's class initialisers
                    Expr x = Sym.of("x");
                    // the first call of each kind loads the rules it uses, so that happens here, uninterrupted too
                    first.call(simplifying(Expr.add(Expr.pow(Call.of(Fn.SIN, x), Num.of(2)), Expr.pow(Expr.add(x, Num.ONE), Num.of(-1)))));
                    first.call(factoring(Expr.sub(Expr.pow(x, Num.of(2)), Num.ONE)));
                    release(first);
                    done.complete(null);
                } catch (Throwable t) {
                    done.completeExceptionally(t);
                }
            });
        }
        return started;
    }

    /** Trigonometric and rational simplification; the simplest of Symja's candidate forms, by leaf count. */
    public static Outcome simplify(Expr e, double timeoutSeconds) {
        if (e instanceof Num || e instanceof Sym) return new Outcome(e, null);
        return transform("simplify", "unsimplified", e, timeoutSeconds, simplifying(e));
    }

    private static Task<Expr> simplifying(Expr e) {
        boolean trig = hasTrig(e), circular = Pythagorean.applies(e), fractions = hasNegativePowers(e);
        return (c, ev) -> {
            IExpr in = c.toSymja(e);
            List<IExpr> candidates = new ArrayList<>();
            candidates.add(in); // first, so that a form no shorter changes nothing (3*x + 0.5*y, not 0.5*(6.0*x + y))
            candidates.add(ev.eval(F.Simplify(in)));
            if (trig) candidates.add(ev.eval(F.Simplify(F.TrigReduce(in))));
            if (circular) {
                IExpr reduced = Pythagorean.candidate(e, c, ev);
                if (reduced != null) candidates.add(reduced);
            }
            if (fractions) {
                IExpr together = ev.eval(F.Together(in));
                candidates.add(together);
                // Together keeps the denominator's factors: 1/(x - 1) - 1/(x + 1) is -2/((-1 - x)(-1 + x)), expanded 2/(x^2 - 1)
                candidates.add(ev.eval(F.Divide(F.Numerator(together), F.Expand(F.Denominator(together)))));
            }
            return simplest(c, candidates, e);
        };
    }

    /** Factors a polynomial (kernels such as sin x count as variables). */
    public static Outcome factor(Expr e, double timeoutSeconds) {
        if (e instanceof Num || e instanceof Sym) return new Outcome(e, null);
        return transform("factor", "unfactored", e, timeoutSeconds, factoring(e));
    }

    private static Task<Expr> factoring(Expr e) {
        return (c, ev) -> c.fromSymja(ev.eval(F.Factor(c.toSymja(e))));
    }

    /**
     * An antiderivative of e by x, unchecked, or a null value and the reason there is none: Symja
     * gave up (its result is the unevaluated Integrate), its result uses a function Cofactor does
     * not have (SinIntegral, Erfi), or the timeout passed.
     */
    public static Outcome integrate(Expr e, Sym x, double timeoutSeconds) {
        try {
            loadIntegration().get(); // Symja's integration rules load once, uninterrupted, and not under the timeout
            Expr antiderivative = run((c, ev) -> {
                IExpr result = ev.eval(F.Integrate(c.toSymja(e), c.symbol(x)));
                return result.isFree(S.Integrate) ? c.fromSymja(result) : null;
            }, timeoutSeconds);
            return antiderivative != null ? new Outcome(antiderivative, null) : new Outcome(null, "Symja's integrator gave up");
        } catch (TimeoutException ex) {
            return new Outcome(null, "timed out after " + seconds(timeoutSeconds));
        } catch (ExecutionException ex) {
            return new Outcome(null, failure(ex.getCause()));
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new Interrupted();
        }
    }

    /**
     * The first Integrate loads several thousand rules (5 to 20 s), run once on a worker that
     * nothing interrupts, for the reason Symja's start runs so; it is not part of the start
     * itself, which every session pays for.
     */
    private static synchronized CompletableFuture<Void> loadIntegration() {
        if (integrationLoaded == null) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            integrationLoaded = done;
            start().whenComplete((ignored, startFailure) -> {
                if (startFailure != null) {
                    done.completeExceptionally(startFailure);
                    return;
                }
                Worker w = take();
                w.executor.execute(() -> {
                    try {
                        Sym x = Sym.of("x");
                        w.call((c, ev) -> ev.eval(F.Integrate(c.toSymja(Expr.mul(x, Call.of(Fn.COS, x))), c.symbol(x))));
                        release(w);
                        done.complete(null);
                    } catch (Throwable t) {
                        done.completeExceptionally(t);
                    }
                });
            });
        }
        return integrationLoaded;
    }

    private static Outcome transform(String name, String left, Expr e, double timeoutSeconds, Task<Expr> task) {
        try {
            return new Outcome(run(task, timeoutSeconds), null);
        } catch (TimeoutException ex) {
            return new Outcome(e, name + ": timed out after " + seconds(timeoutSeconds) + "; result left " + left);
        } catch (ExecutionException ex) {
            return new Outcome(e, name + ": " + failure(ex.getCause()) + "; result left " + left);
        }
    }

    /** Why a call failed, for the user, who never sees a Java exception's name or message. */
    private static String failure(Throwable cause) {
        return cause instanceof Conversion.Unsupported u ? "Symja's result uses " + u.getMessage() + ", which Cofactor does not have" : "Symja failed on it";
    }

    /**
     * Runs a task on a worker of its own and waits at most the timeout (after
     * Symja's start); a worker that times out or whose caller is interrupted is
     * interrupted and given up.
     */
    static <T> T run(Task<T> task, double timeoutSeconds) throws TimeoutException, ExecutionException {
        long nanos = new TimeLimit(timeoutSeconds).nanos();
        Worker w = null;
        Future<T> f = null;
        try {
            start().get(); // not under the timeout: a start on a busy machine is no sign of a hard expression
            w = take();
            Worker worker = w;
            f = w.executor.submit(() -> worker.call(task));
            T value = f.get(nanos, TimeUnit.NANOSECONDS);
            release(w);
            return value;
        } catch (TimeoutException ex) {
            w.giveUp(f);
            throw ex;
        } catch (InterruptedException ex) { // Ctrl-C or the statement's time limit while waiting
            if (w != null) w.giveUp(f);
            Thread.currentThread().interrupt();
            throw new Interrupted();
        } catch (ExecutionException ex) {
            if (w != null) release(w); // the call failed, the worker is fine
            throw ex;
        }
    }

    private static synchronized Worker take() {
        Worker w = idle.pollFirst();
        return w != null ? w : new Worker();
    }

    private static synchronized void release(Worker w) { idle.addFirst(w); }

    /** One daemon thread and the evaluator that lives on it, used by one call at a time. */
    private static final class Worker {
        final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cofactor-symja");
            t.setDaemon(true);
            return t;
        });
        private ExprEvaluator evaluator; // created and used only on the executor's thread

        /** On the worker's thread. */
        <T> T call(Task<T> task) { return task.run(new Conversion(), evaluator()); }

        /** Interrupts the call (Symja checks interrupts in its evaluation loop); the thread exits when the call ends. */
        void giveUp(Future<?> f) {
            f.cancel(true);
            executor.shutdown();
        }

        private ExprEvaluator evaluator() {
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

    /** The candidate with the fewest leaves that converts back, the first of equals. */
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
        return Find.any(e, x -> x instanceof Call c && c.fn().isTrigonometric());
    }

    private static boolean hasNegativePowers(Expr e) {
        return Find.any(e, x -> x instanceof Pow p && p.exp() instanceof Num k && k.signum() < 0
                || x instanceof Mul m && hasNegativeExponent(m));
    }

    private static boolean hasNegativeExponent(Mul m) {
        for (int i = 0; i < m.size(); i++) if (m.exp(i) instanceof Num k && k.signum() < 0) return true;
        return false;
    }
}
