package cofactor.lang;

/** Text that a built-in returns for the user to read (a check's verdict, the settings, a chart). */
public record Report(String text) implements Value {
    @Override public Kind kind() { return Kind.REPORT; }

    @Override public String show() { return text; }

    @Override public String describe() { return "a report"; }
}
