package cofactor.numeric;

import cofactor.bignum.Ball;
import cofactor.expr.Kernel;

/**
 * What a defined constant ({@link cofactor.expr.Sym#constant}) stands for when its value can be
 * enclosed to any precision, as a root of a polynomial can: N computes with it as with pi.
 */
public interface Computable extends Kernel {
    /** A ball that holds the value, of radius below 2^-bits of it. */
    Ball enclose(int bits);
}
