package cofactor.testing;

import java.lang.management.ManagementFactory;

/**
 * The bytes the current thread allocates while it runs some code: a measure of
 * work that a busy machine does not change (the JVM counts them per thread), so a
 * test can say "refused before building anything" or "linear in n" without a clock.
 */
public final class Allocation {
    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static {
        if (!THREADS.isThreadAllocatedMemorySupported() || !THREADS.isThreadAllocatedMemoryEnabled()) {
            throw new IllegalStateException("this JVM does not count the bytes each thread allocates");
        }
    }

    private Allocation() {}

    /** Bytes allocated by the current thread while work ran. */
    public static long of(Runnable work) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        work.run();
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }
}
