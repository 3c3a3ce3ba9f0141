package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The user-function call depth is counted per thread: a statement the evaluator has given up
 * on may still run on its old thread, and its calls must not count against the next statement's.
 */
class CallDepthTest {
    @Test void anotherThreadsCallsDoNotCountAgainstThisOne() throws Exception {
        Session session = new Session();
        CountDownLatch entered = new CountDownLatch(1), done = new CountDownLatch(1);
        Thread abandoned = new Thread(() -> {
            for (int i = 0; i < Session.MAX_CALL_DEPTH; i++) session.enterCall();
            entered.countDown();
            try { done.await(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        });
        abandoned.start();
        entered.await();
        try {
            for (int i = 0; i < Session.MAX_CALL_DEPTH; i++) assertTrue(session.enterCall(), "call " + (i + 1));
            assertFalse(session.enterCall(), "one past the limit on this thread");
        } finally {
            done.countDown();
            abandoned.join();
        }
    }
}
