package cofactor.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/reference.md is what the registry and the example files say today. */
class ReferenceTest {
    private static final Path PAGE = Path.of("docs/reference.md");

    @Test
    void theCommittedReferenceIsUpToDate() throws IOException {
        String now = Reference.markdown(Builtins.standard());
        assertTrue(Files.exists(PAGE), PAGE + " is missing; make it: " + Reference.REGENERATE);
        assertEquals(now, Files.readString(PAGE), PAGE + " is out of date (a built-in, its help or its example changed); regenerate it: " + Reference.REGENERATE);
    }

    @Test
    void everyBuiltinAndOperatorHasASection() {
        String page = Reference.markdown(Builtins.standard());
        for (String name : Builtins.standard().names()) assertTrue(page.contains("\n### " + name + "\n"), name);
        assertTrue(page.contains("\n### `|`\n\n`e | x = 1, y = 2`: e with the values put in"), "the substitution operator");
        assertTrue(page.contains("### det\n\n`det(A)`: the determinant, fully expanded"), "det");
        assertTrue(page.contains("```\n> tr([[a, b], [c, d]])\na + d\n```"), "tr's example as a session shows it");
    }

    @Test
    void theReadmeLinksIt() throws IOException {
        assertTrue(Files.readString(Path.of("README.md")).contains("(docs/reference.md)"));
    }
}
