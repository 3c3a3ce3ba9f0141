package cofactor.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code :help NAME} shows: a built-in's signature, its sentence and its
 * worked example with the output (the example files are run by a test, so what
 * help shows is what the language does); the same for an operator; for an unknown
 * name, the nearest built-in.
 */
public final class Help {
    private final Builtins builtins;

    public Help(Builtins builtins) { this.builtins = builtins; }

    public String about(String topic) {
        Builtin b = builtins.get(topic);
        if (b != null) return page(b.usage(), b.help(), Example.load(b.name() + ".cof"));
        OperatorTopic op = OperatorTopic.of(topic);
        if (op != null) return page(op.forms(), op.sentence(), op.loadExample());
        // a symbol that is no operator is not a mistyped name: % is not N
        String near = Character.isLetter(topic.codePointAt(0)) ? NearestName.of(topic, builtins.names()) : null;
        return "no built-in or operator named " + topic + (near == null ? "" : "; did you mean " + near + "?")
                + " (:help lists the built-ins)";
    }

    /** Whether {@link #about} has a page for {@code topic}: a built-in or an operator. */
    public boolean knows(String topic) { return builtins.get(topic) != null || OperatorTopic.of(topic) != null; }

    private static String page(String forms, String sentence, Example example) {
        List<String> lines = new ArrayList<>(List.of(forms, "  " + sentence));
        if (example != null) {
            lines.add("Example:");
            for (String line : example.transcript()) lines.add("  " + line);
        }
        return String.join("\n", lines);
    }

    /** One line naming the operators :help explains. */
    public static String operatorsLine() {
        List<String> symbols = new ArrayList<>();
        for (OperatorTopic t : OperatorTopic.ALL) symbols.add(String.join(" ", t.symbols()));
        return "Operators (:help with one of them): " + String.join("  ", symbols);
    }
}
