package cofactor.lang.ast;

/**
 * One statement of a program. {@code silent} when it ended with {@code ;} (prints nothing);
 * {@code sourceText} is its exact source slice, without the terminator, so a session can be
 * saved as it was typed.
 */
public record Statement(Node node, boolean silent, Pos pos, String sourceText) {}
