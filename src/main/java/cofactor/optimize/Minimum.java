package cofactor.optimize;

/**
 * What a minimization run found: the final point (or, when it stopped abnormally,
 * the best point seen), its loss and gradient norm, the steps taken, why it
 * stopped, and the loss history (with the step number of each entry).
 */
public record Minimum(Method method, double[] x, double loss, double gradientNorm, long steps,
                      String reason, boolean normalStop, double[] history, long[] historySteps) {}
