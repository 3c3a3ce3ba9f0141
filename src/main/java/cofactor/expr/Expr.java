package cofactor.expr;

import java.math.BigInteger;
import java.util.List;

/**
 * A canonical, immutable scalar expression. Nodes are built only through the
 * factories below, which flatten, fold numbers and sort, so two expressions that
 * are equal as canonical forms are {@code equals} (SymEngine's {@code Add::from_dict}
 * approach; the contract in full is in {@code package-info.java}). Each node caches
 * its hash; the derivative memo and the compiler's CSE key on it.
 */
public sealed interface Expr permits Num, Sym, Add, Mul, Pow, Call {

    // ---- leaves
    static Num num(long n) { return Num.of(n); }
    static Num num(BigInteger n) { return Num.of(n); }
    static Num rational(long p, long q) { return Num.rational(BigInteger.valueOf(p), BigInteger.valueOf(q)); }
    static Num real(double v) { return Num.real(v); }
    static Sym sym(String name) { return Sym.of(name); }

    // ---- canonical factories: the only way to build compound nodes
    static Expr add(Expr a, Expr b) { return AddBuilder.sum(a, b, Num.ONE); }
    static Expr add(List<? extends Expr> terms) {
        AddBuilder b = new AddBuilder();
        for (Expr t : terms) b.add(t);
        return b.build();
    }
    static Expr sub(Expr a, Expr b) { return AddBuilder.sum(a, b, Num.MINUS_ONE); }
    static Expr neg(Expr a) { return mul(Num.MINUS_ONE, a); }
    static Expr mul(Expr a, Expr b) { return MulBuilder.product(a, b); }
    static Expr mul(List<? extends Expr> factors) {
        MulBuilder b = new MulBuilder();
        for (Expr f : factors) b.mul(f);
        return b.build();
    }
    static Expr div(Expr a, Expr b) { return mul(a, pow(b, Num.MINUS_ONE)); }
    static Expr pow(Expr base, Expr exp) { return Powers.pow(base, exp); }
    static Expr pow(Expr base, long exp) { return Powers.pow(base, Num.of(exp)); }
    static Expr sqrt(Expr a) { return Powers.pow(a, Num.HALF); }
    static Expr call(Fn fn, Expr arg) { return Call.of(fn, arg); }

    // ---- structure
    /** The node kinds, for exhaustive {@code switch}es (Java 17 has no type patterns in switch). */
    enum Kind { NUM, SYM, CALL, POW, MUL, ADD }

    Kind kind();

    /** Direct operands, in canonical order (for Add: the terms with their coefficients; for Mul: the factors). */
    List<Expr> args();

    /** Rebuilds this node with new operands through the canonical factories. */
    Expr withArgs(List<Expr> args);

    default boolean isZero() { return this instanceof Num n && n.isZero(); }
    default boolean isOne() { return this instanceof Num n && n.isOne(); }

    @Override String toString();
}
