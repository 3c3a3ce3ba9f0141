package cofactor.lang;

import cofactor.lang.ast.Statement;
import java.util.List;
import java.util.Set;

/** The parser as a session runs it: with the registry's prefix functions ({@code sin x}, {@code det A}, {@code together e}). */
final class StandardParser {
    private static final Set<String> PREFIX = Builtins.standard().prefixNames();

    private StandardParser() {}

    static List<Statement> parse(String source, String sourceName) {
        return Parser.parse(source, sourceName, 1, PREFIX);
    }
}
