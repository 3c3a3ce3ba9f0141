package cofactor.cli;

/**
 * What Ctrl-C does while the REPL reads a line: with text on the line it
 * clears the line; on an empty line it warns, and a second one right after (on
 * an empty line again, nothing read in between) quits. A computation's Ctrl-C is
 * the evaluator's, not this.
 */
final class CtrlCAtPrompt {
    enum Action { CLEAR_LINE, WARN, QUIT }

    private boolean warned; // the last thing at the prompt was Ctrl-C on an empty line

    /** Ctrl-C with this text on the line. */
    Action pressed(String partialLine) {
        if (!partialLine.isBlank()) {
            warned = false;
            return Action.CLEAR_LINE;
        }
        if (warned) return Action.QUIT;
        warned = true;
        return Action.WARN;
    }

    /** A line was read (even an empty one): Ctrl-C starts over. */
    void lineRead() { warned = false; }
}
