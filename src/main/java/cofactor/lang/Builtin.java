package cofactor.lang;

import java.util.Set;

/**
 * One built-in function: its name, how many positional arguments it takes, the
 * named options it accepts, a one-line usage and help text, and what it does.
 * {@code prefix} built-ins take one argument and may be applied without
 * parentheses ({@code sin x}, {@code det A}).
 */
public record Builtin(String name, int minArgs, int maxArgs, Set<String> options, boolean prefix,
                      String usage, String help, Impl impl) {

    @FunctionalInterface
    public interface Impl {
        Value apply(Args args);
    }

    public static Builtin of(String name, int minArgs, int maxArgs, String usage, String help, Impl impl) {
        return new Builtin(name, minArgs, maxArgs, Set.of(), minArgs == 1 && maxArgs == 1, usage, help, impl);
    }

    public Builtin withOptions(String... names) {
        return new Builtin(name, minArgs, maxArgs, Set.of(names), prefix, usage, help, impl);
    }

    public Builtin notPrefix() {
        return new Builtin(name, minArgs, maxArgs, options, false, usage, help, impl);
    }
}
