package cofactor.lang;

import java.util.ArrayList;
import java.util.List;

/** The session's own built-ins: {@code clear} unbinds names, {@code show} prints a value whole. */
final class SessionBuiltins {
    /** The one built-in whose arguments are names, not values (the interpreter passes them unevaluated). */
    static final String CLEAR = "clear";

    private SessionBuiltins() {}

    static void register(Builtins b) {
        b.add(Builtin.of(CLEAR, 1, Integer.MAX_VALUE, "clear(x), clear(x, y)",
                "unbinds the names, so each is a symbol again (after x = 5, clear(x) lets d(f, x) differentiate by x)",
                SessionBuiltins::clear).notPrefix());
        b.add(Builtin.of("show", 1, 1, "show(e), show(%)",
                "e printed whole however long (the REPL shortens a result longer than two screens to its head and tail)",
                a -> a.get(0)).notPrefix());
    }

    private static Value clear(Args a) {
        List<String> cleared = new ArrayList<>(), unbound = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String name = a.symbol(i).name();
            (a.session().unbind(name) ? cleared : unbound).add(name);
        }
        List<String> said = new ArrayList<>();
        if (!cleared.isEmpty()) said.add(String.join(", ", cleared) + (cleared.size() == 1 ? " is a symbol" : " are symbols") + " again");
        if (!unbound.isEmpty()) said.add(String.join(", ", unbound) + (unbound.size() == 1 ? " was" : " were") + " not bound");
        return new Report(String.join("; ", said));
    }
}
