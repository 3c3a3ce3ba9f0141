package cofactor.expr;

/** What a kernel symbol ({@link Sym#kernel}) stands for, as far as this package needs to know: how it prints as LaTeX. */
public interface Kernel {
    /** Its LaTeX form, an atom: a power of it needs no parentheses ({@code \det\left(X\right)}). */
    String latex();

    /** The LaTeX form of its square root where one is closer than a radical (a norm {@code \lVert x\rVert} for x'*x), or null. */
    default String sqrtLatex() { return null; }

    /**
     * Its text where it is a whole argument and needs none of the parentheses its name has to
     * print as an atom ({@code sqrt(x'*x)}, not {@code sqrt((x'*x))}), or null to print its name.
     */
    default String asArgument() { return null; }
}
