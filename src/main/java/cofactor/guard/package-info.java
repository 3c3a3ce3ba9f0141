/**
 * What stops work: cooperative interruption and the session's limits.
 *
 * <p>Work is never stopped by force. Every long loop calls
 * {@link cofactor.guard.Interrupts#check()}, which throws
 * {@link cofactor.guard.Interrupted} once the thread has been interrupted (Ctrl-C or
 * a time limit); work that could grow without bound is refused before it starts
 * when it would pass the session's limits.
 */
package cofactor.guard;
