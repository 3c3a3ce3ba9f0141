package cofactor.cli;

import static cofactor.cli.CtrlCAtPrompt.Action.CLEAR_LINE;
import static cofactor.cli.CtrlCAtPrompt.Action.QUIT;
import static cofactor.cli.CtrlCAtPrompt.Action.WARN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Only Ctrl-C twice in a row at an empty prompt quits (README); with text on the line Ctrl-C clears it. */
class CtrlCAtPromptTest {
    @Test void twiceAtAnEmptyPromptQuits() {
        CtrlCAtPrompt c = new CtrlCAtPrompt();
        assertEquals(WARN, c.pressed(""));
        assertEquals(QUIT, c.pressed(""));
    }

    /** The second Ctrl-C used to quit even with text on the line: the flag was cleared only by a full line. */
    @Test void withTextOnTheLineItClearsTheLineAndNeverQuits() {
        CtrlCAtPrompt c = new CtrlCAtPrompt();
        assertEquals(WARN, c.pressed(""));
        assertEquals(CLEAR_LINE, c.pressed("det(A"));
        assertEquals(CLEAR_LINE, c.pressed("x"));
        assertEquals(WARN, c.pressed("  ")); // starts over: one more is needed to quit
        assertEquals(QUIT, c.pressed(""));
    }

    @Test void aLineReadInBetweenStartsOver() {
        CtrlCAtPrompt c = new CtrlCAtPrompt();
        assertEquals(WARN, c.pressed(""));
        c.lineRead();
        assertEquals(WARN, c.pressed(""));
        c.lineRead();
        assertEquals(CLEAR_LINE, c.pressed("1 +"));
        assertEquals(WARN, c.pressed(""));
    }
}
