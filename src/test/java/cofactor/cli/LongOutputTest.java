package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cofactor.lang.Report;
import cofactor.lang.Session;
import cofactor.lang.Value;
import cofactor.lang.ast.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Where the REPL cuts a long result, and that what it leaves out is counted right. */
class LongOutputTest {
    private static final LongOutput SMALL = new LongOutput(() -> 10, () -> 40); // a 40×10 terminal

    private static Value eval(String source) {
        Session s = new Session();
        cofactor.lang.Interpreter in = new cofactor.lang.Interpreter(s);
        Value v = null;
        for (Statement st : cofactor.lang.Parser.parse(source, "test", 1, s.builtins().prefixNames())) v = in.execute(st);
        return v;
    }

    private static long omitted(String shortened, String what) {
        Matcher m = Pattern.compile("… ([0-9 ]+) more " + what + " …").matcher(shortened);
        assertTrue(m.find(), shortened);
        return Long.parseLong(m.group(1).replace(" ", ""));
    }

    @Test void countsReadInGroupsOfThree() {
        assertEquals("999", LongOutput.count(999));
        assertEquals("1 000", LongOutput.count(1000));
        assertEquals("362 880", LongOutput.count(362_880));
        assertEquals("13 789 437", LongOutput.count(13_789_437));
    }

    @Test void termsKeepTheirSignsAndNestedSumsWhole() {
        assertEquals(List.of("a", "- b", "+ sin(x + y)", "- c*[1 - 2]"), LongOutput.terms("a - b + sin(x + y) - c*[1 - 2]"));
        assertEquals(List.of("-a", "+ b"), LongOutput.terms("-a + b"));
    }

    @Test void aShortResultPrintsWhole() {
        Value v = eval("expand((x + 1)^3)");
        String whole = v.show();
        assertSame(whole, SMALL.shorten(v, whole));
    }

    /** (x + 1)^200 has 201 terms (the binomial coefficients, none 0): those shown and those counted make 201. */
    @Test void aLongSumShowsHeadAndTailWithTheTermsBetweenCounted() {
        Value v = eval("expand((x + 1)^200)");
        String whole = v.show(), cut = SMALL.shorten(v, whole);
        String body = cut.substring(0, cut.lastIndexOf("\n("));
        String head = body.substring(0, body.indexOf(" … ")), tail = body.substring(body.lastIndexOf(" … ") + 3);
        assertTrue(whole.startsWith(head + " ") && whole.endsWith(" " + tail), cut);
        long shown = LongOutput.terms(head).size() + LongOutput.terms(tail).size();
        assertEquals(201, shown + omitted(cut, "terms"));
        assertTrue(cut.endsWith("(" + LongOutput.count(whole.length()) + " characters in all: show(%) prints the whole result)"), cut);
        assertTrue(LongOutput.screenLines(cut, 40) <= 20, cut);
    }

    @Test void aTallMatrixShowsRowsWithTheRowsBetweenCounted() {
        Value v = eval("eye(30)");
        String whole = Grid.show(v), cut = SMALL.shorten(v, whole);
        long shownRows = cut.lines().filter(l -> l.startsWith("[ ")).count();
        assertEquals(30, shownRows + omitted(cut, "rows"));
        assertTrue(cut.startsWith("[ 1   0   0"), cut);
    }

    @Test void otherValuesAreCutByCharacters() {
        String text = "abcdefghij".repeat(200);
        String cut = SMALL.shorten(new Report(text), text);
        String head = cut.substring(0, cut.indexOf("\n… ")), tail = cut.substring(cut.indexOf(" …\n") + 3, cut.lastIndexOf("\n("));
        assertEquals(text.length(), head.length() + tail.length() + omitted(cut, "characters"));
        assertTrue(text.startsWith(head) && text.endsWith(tail));
    }

    @Test void anUnknownSizeIsTakenAs80By24() {
        Value v = eval("expand((x + 1)^60)"); // about 1 400 characters: under two screens of 80×24, over two of 40×10
        String whole = v.show();
        assertSame(whole, new LongOutput(() -> 0, () -> 0).shorten(v, whole));
        assertTrue(SMALL.shorten(v, whole).contains(" more terms "), () -> "on 40×10 it is cut: " + SMALL.shorten(v, whole));
    }
}
