package cofactor.lang;

/** A value that can be applied to arguments: {@code f(1, 2)}. */
public sealed interface FunctionValue extends Value permits UserFunction, CompiledFunctionValue, CompiledMatFunctionValue {
    Value call(Args args);

    @Override default Kind kind() { return Kind.FUNCTION; }
}
