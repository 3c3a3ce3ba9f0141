package cofactor.lang.ast;

/** A node of the syntax tree the parser builds. */
public sealed interface Node permits NumberLit, StringLit, Name, Binary, Unary, Call, Index, Transpose, Part, ListLit, Subst, Assign, FuncDef {
    Pos pos();
}
