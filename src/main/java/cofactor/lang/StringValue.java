package cofactor.lang;

/** A string in quotes: option values ({@code method = "newton"}) and text parts of results. */
public record StringValue(String text) implements Value {
    @Override public Kind kind() { return Kind.STRING; }

    /** Quoted and escaped, so that it parses back to the same string. */
    @Override public String show() { return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"'; }

    @Override public String describe() { return "a string"; }
}
