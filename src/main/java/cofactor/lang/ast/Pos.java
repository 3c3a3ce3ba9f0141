package cofactor.lang.ast;

/** A source position: 1-based line and 1-based column (in code points). */
public record Pos(int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
