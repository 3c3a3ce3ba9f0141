package cofactor.lang.ast;

/**
 * A node of the syntax tree the parser hands to the interpreter. Every node knows where
 * it starts in the source so later errors can point at it.
 */
public sealed interface Node
        permits NumberLit, StringLit, Name, Last, Binary, Unary, Call, Index, Transpose, Part,
                ListLit, Subst, Assign, FuncDef {
    Pos pos();
}
