package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.expr.Num;
import cofactor.guard.Gate;
import cofactor.guard.Interrupts;
import cofactor.guard.TimeLimit;
import cofactor.lang.EvalError;
import cofactor.lang.Session;
import cofactor.lang.Value;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evaluator stops statements cooperatively and gives up on those that do not
 * stop. No test here reads the clock: with an unbounded grace period a statement
 * that ends after an interrupt has ended by itself, and {@link Evaluator#abandoned()}
 * says whether one was given up on.
 */
class EvaluatorTest {
    /** A grace period that never ends: whatever stops, stopped by itself. */
    private static final long PATIENT = Long.MAX_VALUE;

    private static final Value ONE = Value.of(Num.ONE);

    /** Ctrl-C, once the work has started. */
    private static void interruptOnceStarted(Evaluator ev, CountDownLatch started) {
        Thread t = new Thread(() -> {
            try {
                started.await();
                ev.interrupt();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.setDaemon(true);
        t.start();
    }

    @Test void workThatStopsGracefullyReturnsItsResult() {
        try (Evaluator ev = new Evaluator(PATIENT)) {
            CountDownLatch started = new CountDownLatch(1);
            interruptOnceStarted(ev, started);
            String r = ev.run(() -> {
                started.countDown();
                while (!Thread.interrupted()) Thread.onSpinWait();
                return "best so far";
            }, TimeLimit.NONE, new Gate());
            assertEquals("best so far", r);
            assertEquals(0, ev.abandoned());
        }
    }

    @Test void workThatChecksForInterruptsStopsByItself() {
        try (Evaluator ev = new Evaluator(PATIENT)) {
            CountDownLatch started = new CountDownLatch(1);
            interruptOnceStarted(ev, started);
            EvalError e = assertThrows(EvalError.class, () -> ev.run(() -> {
                started.countDown();
                while (true) Interrupts.check();
            }, TimeLimit.NONE, new Gate()));
            assertEquals("interrupted", e.getMessage());
            assertEquals(0, ev.abandoned());
            assertEquals(4, ev.run(() -> 2 + 2, TimeLimit.NONE, new Gate()));
        }
    }

    /**
     * Work that ignores interrupts is given up on: reported as stopped, the next
     * statement runs while it still spins, and when it finally tries to bind a
     * name the gate refuses.
     */
    @Test void workThatIgnoresInterruptsIsAbandonedAndCanNeverBind() throws InterruptedException {
        Session session = new Session();
        AtomicBoolean release = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1), ended = new CountDownLatch(1);
        try (Evaluator ev = new Evaluator(0)) {
            interruptOnceStarted(ev, started);
            try {
                EvalError e = assertThrows(EvalError.class, () -> ev.run(() -> {
                    try {
                        started.countDown();
                        while (!release.get()) Thread.onSpinWait();
                        session.bind("late", ONE);
                        return null;
                    } finally {
                        ended.countDown();
                    }
                }, TimeLimit.NONE, session.gate()));
                assertEquals("interrupted", e.getMessage());
                assertEquals(1, ev.abandoned());
                assertEquals(4, ev.run(() -> 2 + 2, TimeLimit.NONE, session.gate()));
                assertEquals(1, ended.getCount(), "the next statement ran while the abandoned one still ran");
            } finally {
                release.set(true);
            }
            ended.await();
            assertNull(session.lookup("late"));
            ev.run(() -> { session.bind("now", ONE); return null; }, TimeLimit.NONE, session.gate());
            assertSame(ONE, session.lookup("now")); // the gate bars the old thread only
        }
    }

    @Test void aTimeLimitStopsWork() {
        try (Evaluator ev = new Evaluator(PATIENT)) {
            EvalError e = assertThrows(EvalError.class, () -> ev.run(() -> { while (true) Interrupts.check(); }, TimeLimit.ofSeconds(0.2), new Gate()));
            assertEquals("stopped after the time limit of 0.2 s (raise it with set(timeout = ...))", e.getMessage());
            assertEquals(0, ev.abandoned());
        }
    }

    /** Work that returns gracefully once interrupted (as minimize does) still binds nothing after its time limit. */
    @Test void nothingDoneAfterTheTimeLimitCounts() {
        Session session = new Session();
        try (Evaluator ev = new Evaluator(PATIENT)) {
            EvalError e = assertThrows(EvalError.class, () -> ev.run(() -> {
                while (!Thread.interrupted()) Thread.onSpinWait();
                session.bind("r", ONE);
                return null;
            }, TimeLimit.ofSeconds(0.05), session.gate()));
            assertTrue(e.getMessage().startsWith("stopped after the time limit of 0.05 s"), e.getMessage());
            assertNull(session.lookup("r"));
            assertEquals(0, ev.abandoned());
        }
    }

    /** Limits too large to add to a clock reading used to overflow into a deadline in the past, stopping everything. */
    @ParameterizedTest(name = "{0} s")
    @ValueSource(doubles = {1e9, 1e10, 1e16, Double.MAX_VALUE})
    void aHugeTimeLimitIsNoLimit(double seconds) {
        try (Evaluator ev = new Evaluator(PATIENT)) {
            // longer than a few of the evaluator's polls, so that it compares against its deadline
            assertEquals(4, ev.run(() -> { Thread.sleep(200); return 2 + 2; }, TimeLimit.ofSeconds(seconds), new Gate()));
        }
    }

    @Test void aCtrlCBetweenStatementsReachesNoStatement() {
        try (Evaluator ev = new Evaluator(PATIENT)) {
            assertEquals(1, ev.run(() -> 1, TimeLimit.NONE, new Gate()));
            ev.interrupt();
            assertEquals(2, ev.run(() -> { Interrupts.check(); return 2; }, TimeLimit.NONE, new Gate()));
        }
    }

    @Test void deepRecursionIsAnErrorNotACrash() {
        try (Evaluator ev = new Evaluator()) {
            EvalError e = assertThrows(EvalError.class, () -> ev.run(EvaluatorTest::recurseForever, TimeLimit.NONE, new Gate()));
            assertEquals("expression nested too deeply", e.getMessage());
        }
    }

    private static int recurseForever() { return recurseForever() + 1; }
}
