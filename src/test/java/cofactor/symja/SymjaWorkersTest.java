package cofactor.symja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Each Symja call has a worker of its own: one that times out gives up its own
 * worker only. The bridge used to share one worker and shut it down with
 * shutdownNow, which dropped every other caller's queued call.
 */
class SymjaWorkersTest {
    @Test void aTimeoutAbandonsOnlyItsOwnCall() throws Exception {
        CountDownLatch running = new CountDownLatch(1), sawInterrupt = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<TimeoutException> stuck = other.submit(() -> assertThrows(TimeoutException.class, () -> SymjaBridge.run((c, ev) -> {
                running.countDown();
                while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait();
                sawInterrupt.countDown();
                return null;
            }, 0.2)));
            running.await();
            // submitted while the stuck call holds its worker, and still waiting when that call times out
            String value = SymjaBridge.run((c, ev) -> {
                try {
                    stuck.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return ev.eval("Factor(x^2 - 1)").toString();
            }, 60);
            assertEquals("(-1+x)*(1+x)", value);
            sawInterrupt.await(); // the stuck call's own worker was interrupted
            assertTrue(stuck.isDone());
        } finally {
            other.shutdownNow();
        }
    }
}
