package cofactor.lang;

/** Text that a built-in returns for the user to read (a check's verdict, the settings). */
public record Report(String text) implements Value {
    @Override public String show() { return text; }
    @Override public String kind() { return "report"; }
}
