package cofactor.lang;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The registry every call is looked up in. Each area of the system contributes its built-ins from one class. */
public final class Builtins {
    private final Map<String, Builtin> table = new TreeMap<>();
    private final Set<String> takingInfinity = new TreeSet<>();
    private volatile Set<String> prefixNames; // null until asked for after the last registration

    public static Builtins standard() {
        Builtins b = new Builtins();
        CoreBuiltins.register(b);
        CalculusBuiltins.register(b);
        CompileBuiltins.register(b);
        OptimizeBuiltins.register(b);
        MatrixBuiltins.register(b);
        AlgebraBuiltins.register(b);
        IntegrateBuiltins.register(b);
        LinearAlgebraBuiltins.register(b);
        SeriesBuiltins.register(b);
        SessionBuiltins.register(b);
        SolveBuiltins.register(b);
        BatchBuiltins.register(b);
        CodegenBuiltins.register(b);
        return b;
    }

    public void add(Builtin builtin) {
        if (table.putIfAbsent(builtin.name(), builtin) != null) throw new IllegalStateException("built-in defined twice: " + builtin.name());
        prefixNames = null;
    }

    /**
     * Registers the same built-in under another name ({@code ln} for {@code log}), its usage
     * naming the alias. The name is replaced as text, not as a regular expression: compiling
     * one cost every start-up 1.6 ms.
     */
    public void alias(String alias, String name) {
        Builtin b = table.get(name);
        String usage = b.usage();
        int at = usage.indexOf(name);
        String aliasUsage = at < 0 ? usage : usage.substring(0, at) + alias + usage.substring(at + name.length());
        add(new Builtin(alias, b.minArgs(), b.maxArgs(), b.options(), b.prefix(), aliasUsage, b.help(), b.impl()));
    }

    /** Lets the built-in take {@code inf} and {@code -inf} as arguments (a limit's point), which the interpreter passes as those strings: they are no values. */
    public void takesInfinity(String name) { takingInfinity.add(name); }

    public boolean takesInfinity(Builtin b) { return takingInfinity.contains(b.name()); }

    public Builtin get(String name) { return table.get(name); }

    public boolean has(String name) { return table.containsKey(name); }

    public Set<String> names() { return Collections.unmodifiableSet(table.keySet()); }

    public Iterable<Builtin> all() { return table.values(); }

    /** The names that may be applied without parentheses (kept between registrations: every statement's parse asks). */
    public Set<String> prefixNames() {
        Set<String> s = prefixNames;
        if (s == null) {
            // a plain hash set, made once: sorting the names and copying them cost every one-line run 1 % of its CPU
            Set<String> names = new HashSet<>();
            for (Builtin b : table.values()) if (b.prefix()) names.add(b.name());
            prefixNames = s = Collections.unmodifiableSet(names);
        }
        return s;
    }
}
