package cofactor.bignum;

import cofactor.guard.Interrupts;
import java.math.BigInteger;

/**
 * π and ln 2 to any precision, from arctangent series of reciprocals in fixed point
 * (Machin: π/4 = 4·atan(1/5) − atan(1/239); ln 2 = 2·atanh(1/3)). The most precise value
 * computed so far is kept (a pure constant, so sharing it between sessions is safe) and
 * rounded to what each caller asks.
 */
final class Constants {
    private Constants() {}

    private record Known(int bits, Ball value) {}

    private static volatile Known pi = new Known(0, null), ln2 = new Known(0, null);

    static Ball pi(int bits) {
        Known k = pi;
        if (k.bits < bits) pi = k = new Known(grown(k.bits, bits), computePi(grown(k.bits, bits)));
        return k.value.round(bits);
    }

    static Ball ln2(int bits) {
        Known k = ln2;
        if (k.bits < bits) ln2 = k = new Known(grown(k.bits, bits), computeLn2(grown(k.bits, bits)));
        return k.value.round(bits);
    }

    /** Asked for a little more each time, a constant is computed to twice what it was, so its cost stays linear in the total. */
    private static int grown(int had, int wanted) { return Math.max(wanted + 32, Math.min(2 * had, 1 << 24)); }

    private static Ball computePi(int bits) {
        int scale = bits + 16;
        long[] errors = new long[1];
        BigInteger a = arctanOfReciprocal(5, scale, true, errors);
        long errorA = errors[0];
        BigInteger b = arctanOfReciprocal(239, scale, true, errors);
        return Ball.fixedPoint(a.shiftLeft(4).subtract(b.shiftLeft(2)), scale, 16 * errorA + 4 * errors[0]);
    }

    private static Ball computeLn2(int bits) {
        int scale = bits + 16;
        long[] errors = new long[1];
        BigInteger s = arctanOfReciprocal(3, scale, false, errors);
        return Ball.fixedPoint(s.shiftLeft(1), scale, 2 * errors[0]);
    }

    /**
     * atan(1/n) (or atanh(1/n)) times 2^scale, as an integer; errors[0] receives a bound of its
     * error in units of 2^-scale: each of the k terms is two truncating divisions (at most 2
     * units with what the power carries), and the tail after the power reaches 0 is below 2.
     */
    private static BigInteger arctanOfReciprocal(int n, int scale, boolean alternating, long[] errors) {
        BigInteger nn = BigInteger.valueOf((long) n * n);
        BigInteger power = BigInteger.ONE.shiftLeft(scale).divide(BigInteger.valueOf(n));
        BigInteger sum = power;
        long terms = 1;
        for (int k = 1; power.signum() != 0; k++) {
            if ((k & 63) == 0) Interrupts.check();
            power = power.divide(nn);
            BigInteger term = power.divide(BigInteger.valueOf(2L * k + 1));
            sum = alternating && (k & 1) == 1 ? sum.subtract(term) : sum.add(term);
            terms++;
        }
        errors[0] = 2 * terms + 4;
        return sum;
    }
}
