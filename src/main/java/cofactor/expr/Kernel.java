package cofactor.expr;

/** What a kernel symbol ({@link Sym#kernel}) stands for, as far as this package needs to know: how it prints as LaTeX. */
public interface Kernel {
    /** Its LaTeX form, an atom: a power of it needs no parentheses ({@code \det\left(X\right)}). */
    String latex();

    /** The LaTeX form of its square root where one is closer than a radical (a norm {@code \lVert x\rVert} for x'*x), or null. */
    default String sqrtLatex() { return null; }
}
