package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.lang.Interpreter;
import cofactor.lang.Parser;
import cofactor.lang.Session;
import cofactor.lang.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

/** What Tab offers: a result's parts after {@code r.}, a built-in's options inside its call. */
class CompletionTest {
    private static List<String> offered(Session session, String typed) {
        List<Candidate> candidates = new ArrayList<>();
        new Completion(session, new String[] {":help"}).complete(null, new DefaultParser().parse(typed, typed.length()), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    private static Session after(String source) {
        Session s = new Session();
        Interpreter in = new Interpreter(s);
        for (Statement st : Parser.parse(source, "test", 1, s.builtins().prefixNames())) in.execute(st);
        return s;
    }

    @Test void afterADotTheResultsParts() {
        Session s = after("r = minimize((x - 1)^2, [x], start = [3])");
        assertEquals(List.of("x", "loss", "history", "steps", "gradnorm", "reason", "method"), offered(s, "r.lo"));
        assertEquals(List.of("x", "loss", "history", "steps", "gradnorm", "reason", "method"), offered(s, "1 + %."), "% is the same result");
        assertEquals(List.of(), offered(after("y = 2"), "y."), "a number has no parts");
    }

    @Test void insideACallTheBuiltinsOptions() {
        List<String> o = offered(new Session(), "minimize(x^2, [x], me");
        assertTrue(o.contains("method = "), o.toString());
        assertTrue(o.contains("start = ") && o.contains("rate = "), o.toString());
        assertTrue(offered(new Session(), "minimize(x^2, [x").stream().noneMatch(c -> c.endsWith(" = ")), "inside a vector, no options");
        assertTrue(offered(new Session(), "sin(x) + d").stream().noneMatch(c -> c.endsWith(" = ")), "outside a call, no options");
        assertTrue(offered(new Session(), "minimize(det(A), [x], ").contains("method = "), "a closed inner call is skipped");
    }
}
