package cofactor.lang;

/** A value that can be applied to arguments: {@code f(1, 2)}. */
public interface FunctionValue extends Value {
    Object call(Args args);
}
