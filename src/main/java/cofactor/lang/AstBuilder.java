package cofactor.lang;

import cofactor.lang.CofactorParser.*;
import cofactor.lang.ast.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the parse tree into the AST. Besides the plain translation it does the two things
 * the grammar leaves open: application without parentheses ({@code sin x}, resolved from
 * the juxtaposed factors of a product and the set of prefix functions) and the checks on
 * the left side of {@code =}.
 *
 * <p>Plain methods rather than the generated visitor: each bracket level costs one frame
 * per rule instead of three, which keeps deep nesting off the end of the stack.
 */
final class AstBuilder {
    private final SourceText source;
    private final Set<String> prefixFunctions;

    AstBuilder(SourceText source, Set<String> prefixFunctions) {
        this.source = source;
        this.prefixFunctions = prefixFunctions; // read only
    }

    List<Statement> program(ProgContext program) {
        List<Statement> statements = new ArrayList<>();
        List<ParseTree> children = program.children;
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof StmtContext statement) {
                boolean silent = i + 1 < children.size() && children.get(i + 1) instanceof SemiEndContext;
                statements.add(statement(statement, silent));
            }
        }
        return statements;
    }

    private Statement statement(StmtContext ctx, boolean silent) {
        Node node = ctx.value == null ? expr(ctx.target) : definition(ctx.target, expr(ctx.value));
        return new Statement(node, silent, SourceText.pos(ctx.start), source.slice(ctx.start, ctx.stop));
    }

    /** {@code name = value} or {@code f(x, y) = body}; anything else left of '=' is an error. */
    private Node definition(ExprContext target, Node value) {
        if (loneAtom(target) instanceof NameAtomContext name) {
            if (name.CALL() == null) {
                return new Assign(name.getText(), value, SourceText.pos(name.start));
            }
            List<String> params = new ArrayList<>();
            for (ArgumentContext a : arguments(name)) {
                ArgContext arg = (ArgContext) a;
                NameAtomContext param = arg.value == null ? plainName(arg.first) : null;
                if (param == null) {
                    throw source.at(arg.start, "a function parameter must be a plain name");
                }
                if (params.contains(param.getText())) {
                    throw source.at(param.start, "duplicate parameter '" + param.getText() + "'");
                }
                params.add(param.getText());
            }
            return new FuncDef(name.NAME().getText(), params, value, SourceText.pos(name.start));
        }
        String hint = source.slice(target.start, target.stop).matches("(?s)[\\p{L}_][\\p{L}\\p{Nd}_]*\\s+\\(.*")
                ? " (no space before '(')" : "";
        throw source.at(target.start, "the left side of '=' must be a name or a function head like f(x, y)" + hint);
    }

    /** The name when {@code e} is nothing but a name (not called, no operator, sign or postfix), else null. */
    static NameAtomContext plainName(ExprContext e) {
        return loneAtom(e) instanceof NameAtomContext name && name.CALL() == null ? name : null;
    }

    /** The atom when {@code e} is nothing but one atom (no operator, sign or postfix), else null. */
    private static AtomContext loneAtom(ExprContext e) {
        ExprRootContext root = (ExprRootContext) e;
        if (!root.substitution().isEmpty()) {
            return null;
        }
        TermsContext terms = (TermsContext) root.sum();
        if (terms.product().size() != 1) {
            return null;
        }
        FactorsContext factors = (FactorsContext) terms.product(0);
        SignedContext signed = (SignedContext) factors.unary();
        if (!factors.factor().isEmpty() || !signed.signs.isEmpty()) {
            return null;
        }
        PowContext power = (PowContext) signed.power();
        return power.exponent().isEmpty() ? bareAtom(power) : null;
    }

    /** The atom of a power with no postfix operator, else null; exponents are not checked. */
    private static AtomContext bareAtom(PowerContext power) {
        PostContext post = (PostContext) ((PowContext) power).postfix();
        return post.postfixOp().isEmpty() ? post.atom() : null;
    }

    // ------------------------------------------------------------ expressions

    private Node expr(ExprContext e) {
        ExprRootContext ctx = (ExprRootContext) e;
        Node body = sum(ctx.sum());
        for (SubstitutionContext s : ctx.substitution()) {
            BindingsContext bindings = (BindingsContext) s;
            List<NamedArg> list = new ArrayList<>();
            for (BindingContext b : bindings.binding()) {
                BindContext bind = (BindContext) b;
                list.add(new NamedArg(bind.NAME().getText(), sum(bind.sum()), SourceText.pos(bind.start)));
            }
            requireDistinct(list, "bound twice");
            body = new Subst(body, list, pos(bindings.BAR()));
        }
        return body;
    }

    private Node sum(SumContext s) {
        TermsContext ctx = (TermsContext) s;
        List<ProductContext> products = ctx.product(); // ctx.product(i) would rescan: O(n^2)
        Node sum = product(products.get(0));
        for (int i = 0; i < ctx.ops.size(); i++) {
            Token op = ctx.ops.get(i);
            sum = new Binary(op.getText(), sum, product(products.get(i + 1)), SourceText.pos(op));
        }
        return sum;
    }

    /** One factor of a product: its operator (null when juxtaposed or first), signs and power. */
    private record Item(Token op, List<Token> signs, PowerContext power, boolean juxtaposed) {}

    /**
     * A product is a left-assoc chain of factors; within it a bare prefix-function name
     * takes the next juxtaposed factor as its argument: {@code 2 sin x cos x} is
     * {@code 2*sin(x)*cos(x)}, {@code sin sin x} is {@code sin(sin(x))}. A name with
     * nothing juxtaposed after it stays a plain name, for the interpreter to judge.
     */
    private Node product(ProductContext p) {
        FactorsContext ctx = (FactorsContext) p;
        List<Item> items = new ArrayList<>();
        SignedContext first = (SignedContext) ctx.unary();
        items.add(new Item(null, first.signs, first.power(), false));
        for (FactorContext factor : ctx.factor()) {
            if (factor instanceof ExplicitFactorContext explicit) {
                SignedContext unary = (SignedContext) explicit.unary();
                items.add(new Item(explicit.op, unary.signs, unary.power(), false));
            } else {
                items.add(new Item(null, List.of(), ((ImplicitFactorContext) factor).power(), true));
            }
        }

        Node product = null;
        int i = 0;
        while (i < items.size()) {
            Item head = items.get(i);
            int arg = i;
            while (arg + 1 < items.size() && items.get(arg + 1).juxtaposed() && isFunctionHead(items.get(arg))) {
                arg++;
            }
            Node value = power(items.get(arg).power());
            int last = arg;
            if (arg > i) {
                if (gluesToNext(items, arg)) { // sin 2x = sin(2*x)
                    last = arg + 1;
                    PowerContext next = items.get(last).power();
                    value = new Binary("*", value, power(next), SourceText.pos(next.start));
                }
                for (int f = arg - 1; f >= i; f--) {
                    value = apply(items.get(f).power(), value);
                }
            }
            value = applySigns(head.signs(), value);
            if (product == null) {
                product = value;
            } else if (head.op() != null) {
                product = new Binary(head.op().getText(), product, value, SourceText.pos(head.op()));
            } else {
                product = new Binary("*", product, value, SourceText.pos(head.power().start));
            }
            i = last + 1;
        }
        return product;
    }

    /**
     * A factor that takes the next juxtaposed factor as an argument: a bare prefix-function
     * name, possibly raised ({@code sin^2 x = sin(x)^2}), or a power whose last exponent is
     * one ({@code e^sin x = e^(sin(x))}).
     */
    private boolean isFunctionHead(Item item) {
        PowContext power = (PowContext) item.power();
        return isPrefixFunction(bareAtom(power)) || isPrefixFunction(topExponent(power));
    }

    private boolean isPrefixFunction(AtomContext atom) {
        return atom instanceof NameAtomContext name && name.CALL() == null && prefixFunctions.contains(name.getText());
    }

    /** The atom of the last exponent when it has no postfix operator, else null. */
    private static AtomContext topExponent(PowContext power) {
        List<ExponentContext> exponents = power.exponent();
        if (exponents.isEmpty()) {
            return null;
        }
        PostContext top = (PostContext) ((SignedExponentContext) exponents.get(exponents.size() - 1)).postfix();
        return top.postfixOp().isEmpty() ? top.atom() : null;
    }

    /**
     * True when the argument at {@code arg} is a bare number literal and the next factor
     * touches it and starts with a name or '(': then both form the argument.
     */
    private boolean gluesToNext(List<Item> items, int arg) {
        if (arg + 1 >= items.size() || !items.get(arg + 1).juxtaposed()) {
            return false;
        }
        PowContext number = (PowContext) items.get(arg).power();
        PowerContext next = items.get(arg + 1).power();
        int nextType = next.start.getType();
        return number.exponent().isEmpty()
                && bareAtom(number) instanceof NumberAtomContext
                && number.stop.getStopIndex() + 1 == next.start.getStartIndex()
                && (nextType == CofactorLexer.NAME || nextType == CofactorLexer.LPAREN)
                && !isFunctionHead(items.get(arg + 1));
    }

    /** Applies the function of a head (see isFunctionHead) where it stands in its power. */
    private Node apply(PowerContext head, Node argument) {
        PowContext power = (PowContext) head;
        AtomContext base = bareAtom(power);
        if (isPrefixFunction(base)) {
            return raise(call(base.start, argument), power, null);
        }
        return raise(postfix(power.postfix()), power, call(topExponent(power).start, argument));
    }

    private static Call call(Token name, Node argument) {
        return new Call(name.getText(), List.of(argument), List.of(), SourceText.pos(name));
    }

    private Node applySigns(List<Token> signs, Node operand) {
        for (int k = signs.size() - 1; k >= 0; k--) {
            Token sign = signs.get(k);
            operand = new Unary(sign.getText().charAt(0), operand, SourceText.pos(sign));
        }
        return operand;
    }

    private Node power(PowerContext p) {
        PowContext ctx = (PowContext) p;
        return raise(postfix(ctx.postfix()), ctx, null);
    }

    /**
     * {@code base ^ e1 ^ e2 ...} folded from the right ({@code 2^3^2 = 2^9}) without
     * recursion. A sign on an exponent covers the rest of the tower:
     * {@code x^-y^2 = x^(-(y^2))}, as {@code -y^2 = -(y^2)}. A non-null {@code top}
     * stands in for the last exponent's operand.
     */
    private Node raise(Node base, PowContext ctx, Node top) {
        List<ExponentContext> exponents = ctx.exponent();
        List<Token> carets = ctx.ops; // ^ or .^
        if (exponents.isEmpty()) {
            return base;
        }
        Node tower = null;
        for (int k = exponents.size() - 1; k >= 0; k--) {
            SignedExponentContext e = (SignedExponentContext) exponents.get(k);
            Node operand = top != null && k == exponents.size() - 1 ? top : postfix(e.postfix());
            if (tower != null) {
                operand = new Binary(carets.get(k + 1).getText(), operand, tower, SourceText.pos(carets.get(k + 1)));
            }
            tower = applySigns(e.signs, operand);
        }
        return new Binary(carets.get(0).getText(), base, tower, SourceText.pos(carets.get(0)));
    }

    private Node postfix(PostfixContext p) {
        PostContext ctx = (PostContext) p;
        Node target = atom(ctx.atom());
        for (PostfixOpContext op : ctx.postfixOp()) {
            if (op instanceof IndexOpContext index) {
                target = new Index(target, nodes(index.expr()), pos(index.INDEX()));
            } else if (op instanceof TransposeOpContext transpose) {
                target = new Transpose(target, pos(transpose.QUOTE()));
            } else {
                PartOpContext part = (PartOpContext) op;
                target = new Part(target, part.NAME().getText(), pos(part.NAME()));
            }
        }
        return target;
    }

    // ------------------------------------------------------------ atoms

    private Node atom(AtomContext ctx) {
        Pos pos = SourceText.pos(ctx.start);
        String text = ctx.start.getText(); // the whole text only for one-token atoms
        if (ctx instanceof NumberAtomContext) {
            boolean isDouble = text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
            return new NumberLit(text, isDouble, pos);
        } else if (ctx instanceof StringAtomContext) {
            return new StringLit(unescape(text.substring(1, text.length() - 1)), pos);
        } else if (ctx instanceof NameAtomContext name) {
            return name.CALL() == null ? new Name(text, pos) : call(name);
        } else if (ctx instanceof LastAtomContext) {
            return new Last(pos);
        } else if (ctx instanceof ParenAtomContext paren) {
            return expr(paren.expr());
        }
        return new ListLit(nodes(((ListAtomContext) ctx).expr()), pos);
    }

    /** {@code \n \t \r \" \\} are escapes; any other backslash is kept as typed. */
    private static String unescape(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i); // the lexer guarantees a character after '\'
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '"', '\\' -> out.append(next);
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }

    /** A name with its arguments in parentheses. */
    private Node call(NameAtomContext ctx) {
        List<Node> args = new ArrayList<>();
        List<NamedArg> named = new ArrayList<>();
        for (ArgumentContext a : arguments(ctx)) {
            ArgContext arg = (ArgContext) a;
            if (arg.value != null) { // the grammar's action made sure a plain name stands before '='
                named.add(new NamedArg(arg.first.getText(), expr(arg.value), SourceText.pos(arg.start)));
            } else if (!named.isEmpty()) {
                throw source.at(arg.start, "a positional argument cannot follow a named one");
            } else {
                args.add(expr(arg.first));
            }
        }
        requireDistinct(named, "given twice");
        return new Call(ctx.NAME().getText(), args, named, SourceText.pos(ctx.start));
    }

    // ------------------------------------------------------------ helpers

    private static List<ArgumentContext> arguments(NameAtomContext call) {
        return call.arguments() == null ? List.of() : ((ArgsContext) call.arguments()).argument();
    }

    private List<Node> nodes(List<ExprContext> exprs) {
        List<Node> nodes = new ArrayList<>(exprs.size());
        for (ExprContext e : exprs) {
            nodes.add(expr(e));
        }
        return nodes;
    }

    private void requireDistinct(List<NamedArg> args, String problem) {
        Set<String> seen = new HashSet<>();
        for (NamedArg a : args) {
            if (!seen.add(a.name())) {
                throw source.error(a.pos().line(), a.pos().column(), "'" + a.name() + "' " + problem);
            }
        }
    }

    private static Pos pos(TerminalNode node) {
        return SourceText.pos(node.getSymbol());
    }
}
