package cofactor.codegen;

import cofactor.expr.Sym;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names generated code declares. A variable keeps its name unless the
 * language reserves it (a keyword, or a name the code uses itself such as
 * {@code grad}), when it gains trailing underscores; the function's name must
 * be an identifier of the language; and the temporaries take a prefix that no
 * variable's name could be confused with.
 */
final class Names {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Names() {}

    /** The function's name, checked: an ASCII identifier that the language does not reserve. */
    static String function(String name, Dialect d) { return function(name, d.name(), d.reserved()); }

    static String function(String name, String language, Set<String> reserved) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new CodegenError("name must be an identifier (letters, digits and _, not starting with a digit), got \"" + name + "\"");
        }
        if (reserved.contains(name)) throw new CodegenError("name \"" + name + "\" is a reserved word in " + language + "; choose another");
        return name;
    }

    /** The variables' names as parameters, distinct from each other, from the functions' names and from the language's words. */
    static List<String> parameters(List<Sym> vars, Dialect d, Set<String> functions) {
        Set<String> taken = new HashSet<>(functions);
        List<String> out = new ArrayList<>();
        for (Sym v : vars) {
            String name = v.name();
            while (d.reserved().contains(name) || taken.contains(name)) name += "_";
            taken.add(name);
            out.add(name);
        }
        return out;
    }

    /** t, or where a parameter is itself named like t1, tmp, t_, t__, ...: the first prefix no parameter's name could be confused with. */
    static String temporaries(List<String> params) {
        for (int k = 0; ; k++) {
            String prefix = k == 0 ? "t" : k == 1 ? "tmp" : "t" + "_".repeat(k - 1);
            Pattern clash = Pattern.compile(Pattern.quote(prefix) + "[0-9]+");
            if (params.stream().noneMatch(p -> clash.matcher(p).matches())) return prefix;
        }
    }
}
