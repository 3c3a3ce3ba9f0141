/**
 * Matrix expressions of symbolic size: a second expression type beside {@code expr}, whose
 * nodes are built only through {@link cofactor.matexpr.MatExprs}' canonical factories. The
 * scalars they lead to ({@code det(X)}, {@code tr(A*B)}, a 1×1 product {@code x'*A*x}) go
 * back into {@code expr} as kernel symbols ({@link cofactor.expr.Sym#kernel}), so the scalar
 * algebra is {@code expr}'s own; {@link cofactor.matexpr.Instantiation} turns both into
 * explicit matrices and expressions at given sizes, which is how every rule here is checked.
 */
package cofactor.matexpr;
