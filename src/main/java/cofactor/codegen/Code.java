package cofactor.codegen;

/**
 * A piece of generated expression text with how tightly it binds, so that an
 * operator wraps its operands in parentheses exactly where the language would
 * otherwise parse them differently — including where floating-point addition,
 * which is not associative, must keep the compiler's grouping: {@code a + (b + c)}.
 */
record Code(String text, int precedence) {
    static final int SUM = 1, PRODUCT = 2, UNARY = 3, POWER = 4, ATOM = 5;

    static Code atom(String text) { return new Code(text, ATOM); }

    /** As the left operand of an operator of the given precedence. */
    String left(int parent) { return precedence < parent ? parenthesized() : text; }

    /** As the right operand: same-precedence operands keep their own grouping, and a sign is never glued to an operator. */
    String right(int parent) { return precedence <= parent || precedence == UNARY ? parenthesized() : text; }

    /** As the operand of a prefix minus or of a power, which bind tighter than any binary operator. */
    String tight() { return precedence < POWER ? parenthesized() : text; }

    String parenthesized() { return "(" + text + ")"; }
}
