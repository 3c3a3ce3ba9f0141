package cofactor.cli;

import cofactor.lang.Builtin;
import cofactor.lang.Session;
import cofactor.lang.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion in the REPL and a notebook: after {@code r.} the parts of the value r (or
 * {@code %}) holds; elsewhere the built-ins and bound names, and inside a call of a built-in
 * with options its option names ({@code minimize(f, [x], me} offers {@code method = }); the
 * REPL's commands at the start of a line.
 */
public final class Completion implements Completer {
    /** A name or % right before a dot and the part being typed, at the cursor. */
    private static final Pattern PART = Pattern.compile("(%|[\\p{L}_][\\p{L}\\p{Nd}_]*)\\.[\\p{L}\\p{Nd}_]*$");

    private final Session session;
    private final String[] commands;

    /** @param commands what completes at the start of a line besides names (the REPL's {@code :help} ...), or none */
    public Completion(Session session, String[] commands) {
        this.session = session;
        this.commands = commands;
    }

    /** One completion: a part, a name, or an option ({@code "method = "}, to be set apart when listed). */
    public record Offer(String text, boolean option) {}

    @Override public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String before = line.line().substring(0, line.cursor());
        for (Offer o : offers(before)) {
            candidates.add(o.option() ? new Candidate(o.text(), o.text().stripTrailing(), "options", null, null, null, false) : new Candidate(o.text()));
        }
        if (line.wordIndex() == 0 && !PART.matcher(before).find()) for (String c : commands) candidates.add(new Candidate(c));
    }

    /**
     * Everything that may complete the word that ends {@code before} (the text up to the
     * cursor), not yet narrowed to what that word begins with.
     */
    public List<Offer> offers(String before) {
        List<Offer> out = new ArrayList<>();
        Matcher part = PART.matcher(before);
        if (part.find()) {
            Value v = part.group(1).equals("%") ? session.last() : session.lookup(part.group(1));
            if (v != null) for (String p : v.parts()) out.add(new Offer(p, false));
            return out;
        }
        for (String o : options(before)) out.add(new Offer(o + " = ", true));
        for (String name : session.builtins().names()) out.add(new Offer(name, false));
        for (String name : session.bindings().keySet()) out.add(new Offer(name, false));
        return out;
    }

    /** The options of the built-in whose call is open at the end of {@code before}, sorted; none outside a call. */
    TreeSet<String> options(String before) {
        TreeSet<String> out = new TreeSet<>();
        int depth = 0;
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            if (c == ')' || c == ']') depth++;
            else if (c == '[' && depth > 0) depth--;
            else if (c == '[') return out; // inside a vector, not an argument
            else if (c == '(' && depth > 0) depth--;
            else if (c == '(') {
                int start = i;
                while (start > 0 && (Character.isLetterOrDigit(before.charAt(start - 1)) || before.charAt(start - 1) == '_')) start--;
                String name = before.substring(start, i);
                return name.isEmpty() ? out : optionsOf(name);
            }
        }
        return out;
    }

    private TreeSet<String> optionsOf(String name) {
        Builtin b = session.builtins().get(name);
        TreeSet<String> out = new TreeSet<>();
        if (b != null) for (String o : b.options()) if (!o.equals("*")) out.add(o);
        return out;
    }
}
