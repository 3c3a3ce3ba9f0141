package cofactor.lang;

import cofactor.plot.Series;

/**
 * Text that a built-in returns for the user to read (a check's verdict, the settings, a
 * chart). A chart drawn in text also carries its points, so a notebook can show it as an
 * image instead; {@code chart} is null for every other report.
 */
public record Report(String text, Series chart) implements Value {
    public Report(String text) { this(text, null); }

    @Override public Kind kind() { return Kind.REPORT; }

    @Override public String show() { return text; }

    @Override public String describe() { return "a report"; }
}
