package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.guard.Interrupts;
import cofactor.lang.EvalError;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static void interruptLater(Evaluator ev, long millis) {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor();
        s.schedule(ev::interrupt, millis, TimeUnit.MILLISECONDS);
        s.shutdown();
    }

    @Test void workThatStopsGracefullyReturnsItsResult() {
        try (Evaluator ev = new Evaluator()) {
            interruptLater(ev, 100);
            String r = ev.run(() -> {
                while (!Thread.interrupted()) Thread.onSpinWait();
                return "best so far";
            }, 0);
            assertEquals("best so far", r);
        }
    }

    @Test void workThatChecksForCancellationIsInterrupted() {
        try (Evaluator ev = new Evaluator()) {
            interruptLater(ev, 100);
            EvalError e = assertThrows(EvalError.class, () -> ev.run(() -> { while (true) Interrupts.check(); }, 0));
            assertEquals("interrupted", e.getMessage());
            assertEquals(4, ev.run(() -> 2 + 2, 0));
        }
    }

    @Test void workThatIgnoresInterruptsIsAbandonedAndTheNextStatementRuns() {
        try (Evaluator ev = new Evaluator()) {
            interruptLater(ev, 100);
            long t0 = System.nanoTime();
            assertThrows(EvalError.class, () -> ev.run(() -> { while (true) Thread.onSpinWait(); }, 0));
            assertTrue(System.nanoTime() - t0 < 5e9);
            assertEquals(4, ev.run(() -> 2 + 2, 0));
        }
    }

    @Test void aTimeLimitStopsWork() {
        try (Evaluator ev = new Evaluator()) {
            EvalError e = assertThrows(EvalError.class, () -> ev.run(() -> { while (true) Thread.onSpinWait(); }, 0.2));
            assertTrue(e.getMessage().startsWith("stopped after the time limit of 0.2 s"), e.getMessage());
        }
    }

    @Test void deepRecursionIsAnErrorNotACrash() {
        try (Evaluator ev = new Evaluator()) {
            EvalError e = assertThrows(EvalError.class, () -> ev.run(EvaluatorTest::recurseForever, 0));
            assertEquals("expression nested too deeply", e.getMessage());
        }
    }

    private static int recurseForever() { return recurseForever() + 1; }
}
