/**
 * Canonical expressions: the contract every node and factory keeps (SymEngine's
 * approach: canonical factories, node constructors that assert).
 *
 * <h2>The one rule</h2>
 * Nodes are immutable and built only through the factories of {@link cofactor.expr.Expr}
 * ({@code add sub neg mul div pow sqrt call}), which return the canonical node of their
 * result, so a value reached by different routes of the field laws is one tree: it is
 * {@code equals}, hashes alike, counts the same terms ({@code nterms}) and prints the
 * same. {@code -(x + y)}, {@code 0 - (x + y)} and {@code (-1)*(x + y)} are all the sum
 * {@code -x - y}; {@code (2*(x + y))*z}, {@code 2*((x + y)*z)} and {@code (2x + 2y)*z}
 * are all the product {@code 2*z*(x + y)}. Identities beyond that (expanding
 * {@code (x + 1)^2}, trigonometric ones) are the business of {@code expand},
 * {@code together} and {@code simplify}, not of the canonical form. The one exception
 * is rounding: where a rule would round an inexact number (distributing 3 over
 * {@code x + 0.1}) it is not applied, and with doubles the order of operations may
 * show, as it does in the values.
 *
 * <h2>Canonical nodes</h2>
 * <dl>
 * <dt>{@link cofactor.expr.Num}</dt>
 * <dd>An exact rational in lowest terms with a positive denominator, or a double (one
 * zero: -0.0 is 0.0). 1 and 1.0 are different nodes.</dd>
 * <dt>{@link cofactor.expr.Sym}</dt>
 * <dd>A name; {@code pi} and {@code E} are the constants, exact until numeric evaluation.</dd>
 * <dt>{@link cofactor.expr.Add}: {@code c + Σ cᵢ·tᵢ}</dt>
 * <dd>Two terms or more, or one with a constant c ≠ 0 (a lone term is that term);
 * coefficients cᵢ ≠ 0 (exact or double) kept apart from their terms; terms distinct and
 * sorted by {@link cofactor.expr.Order}, none a number, a sum, or a product with a
 * coefficient other than 1. A constant that is an inexact zero is no constant.</dd>
 * <dt>{@link cofactor.expr.Mul}: {@code c · Π bᵢ^eᵢ}</dt>
 * <dd>c ≠ 0 and c is not the double 1.0 (1.0·x·y is x·y, as 1.0·x is x, so that it
 * merges with x·y in a sum); two factors or more, or one with c ≠ 1 (a lone factor is a
 * power or a base); bases distinct and sorted by {@link cofactor.expr.Order}; exponents ≠ 0; each
 * {@code bᵢ^eᵢ} is itself canonical as a power (below), so no base is a number that a
 * power folds or a product under an integer power. A number times a lone sum to the
 * power 1 is no product: it is the sum, scaled (unless that would round).</dd>
 * <dt>{@link cofactor.expr.Pow}: {@code b^e}</dt>
 * <dd>e ≠ 0 and e ≠ 1 (nor 1.0); nothing folds: no exact numeric power that has an
 * exact value (a root of a number keeps only an integer base and an exponent in
 * (0, 1) after whole powers and small primes come out), no base 1, E or exp(u)
 * ({@code E^u = exp(u)}, {@code exp(a)^b = exp(ab)}), no product or power under an
 * integer exponent (those distribute and multiply out).</dd>
 * <dt>{@link cofactor.expr.Call}: {@code f(u)}</dt>
 * <dd>u is no double (f of a double is evaluated), and the entry of
 * {@link cofactor.expr.Fn} has no simplification for it: no special value
 * ({@code sin(pi) = 0}), no inverse pair ({@code log(exp(u)) = u}), and for an odd or
 * even f, u does not print with a leading minus sign ({@code sin(-x) = -sin(x)}).</dd>
 * </dl>
 *
 * <h2>Primitive sums</h2>
 * A sum under an integer power, as the base of a {@code Pow} or of a factor of a
 * {@code Mul}, is primitive: its content is 1. The content of a sum (see
 * {@code Add.content()}) is the sign of its leading term as printed (the first in
 * reading order) times, for exact coefficients, the gcd of the numerators over the lcm
 * of the denominators. So {@code (2x + 2)*y} is {@code 2*y*(x + 1)},
 * {@code (x/2 + y/3)^-1} is {@code 6/(3*x + 2*y)} and {@code 1/(1 - x)} is
 * {@code -1/(x - 1)}: a sum in a product never prints with a leading minus sign, and
 * the coefficient in front of it is the product's own, whatever order it was
 * multiplied in.
 *
 * <h2>What each factory guarantees</h2>
 * <ul>
 * <li>{@code add}, {@code sub}, {@code neg} ({@link cofactor.expr.AddBuilder}): sums
 * flattened, like terms merged (their coefficients added, exact or double), zeros
 * dropped, terms sorted; no term left gives the constant, one term with no constant
 * gives that term times its coefficient.</li>
 * <li>{@code mul}, {@code div} ({@link cofactor.expr.MulBuilder}): numbers multiplied
 * into the coefficient, equal bases merged by adding exponents, each merged factor
 * folded again by {@code pow}, sums under integer powers made primitive (their content
 * goes to the coefficient), a number times a lone sum distributed.</li>
 * <li>{@code pow} ({@link cofactor.expr.Powers}): x^0 = 1, x^1 = x; exact numeric powers
 * and roots folded; integer powers distributed over products and multiplied into
 * nested exponents; E and exp absorb powers; a sum's content comes out.</li>
 * <li>{@code call} ({@link cofactor.expr.Call}): the entry's special values, inverse
 * pairs and symmetry (its parity takes the argument's leading minus sign out).</li>
 * </ul>
 * The node constructors are package-private and assert these invariants (tests run
 * with assertions on). The one other route to a node is
 * {@link cofactor.expr.MonomialSum}, the fast path of polynomial code, which checks the
 * preconditions it relies on always, not only under assertions.
 */
package cofactor.expr;
