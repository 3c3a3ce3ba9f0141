package cofactor.lang;

import cofactor.lang.ast.*;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a node as a fully parenthesised prefix form, so parser tests read like
 * {@code (* 2 (sin x))}. Calls print as {@code (f a b key=v)}, lists as {@code [a b]},
 * transpose as {@code (' A)}, indexing as {@code ([] A i j)}, parts as {@code (. r x)},
 * substitution as {@code (| e x=1)}, definitions as {@code (= x e)} and {@code (= (f x) e)}.
 */
final class AstPrinter {
    private AstPrinter() {
    }

    static String print(Node node) {
        if (node instanceof NumberLit n) {
            return n.text();
        } else if (node instanceof StringLit s) {
            return '"' + s.value().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
        } else if (node instanceof Name n) {
            return n.name();
        } else if (node instanceof Last) {
            return "%";
        } else if (node instanceof Binary b) {
            return "(" + b.op() + " " + print(b.left()) + " " + print(b.right()) + ")";
        } else if (node instanceof Unary u) {
            return "(" + u.op() + " " + print(u.operand()) + ")";
        } else if (node instanceof Call c) {
            return "(" + c.name() + join(c.args()) + named(c.named()) + ")";
        } else if (node instanceof Index i) {
            return "([] " + print(i.target()) + join(i.indices()) + ")";
        } else if (node instanceof Transpose t) {
            return "(' " + print(t.target()) + ")";
        } else if (node instanceof Part p) {
            return "(. " + print(p.target()) + " " + p.name() + ")";
        } else if (node instanceof ListLit l) {
            return "[" + join(l.elements()).trim() + "]";
        } else if (node instanceof Subst s) {
            return "(| " + print(s.body()) + named(s.bindings()) + ")";
        } else if (node instanceof Assign a) {
            return "(= " + a.name() + " " + print(a.value()) + ")";
        } else if (node instanceof FuncDef f) {
            return "(= (" + f.name() + (f.params().isEmpty() ? "" : " " + String.join(" ", f.params())) + ") "
                    + print(f.body()) + ")";
        }
        throw new AssertionError(node);
    }

    private static String join(List<Node> nodes) {
        return nodes.stream().map(n -> " " + print(n)).collect(Collectors.joining());
    }

    private static String named(List<NamedArg> args) {
        return args.stream().map(a -> " " + a.name() + "=" + print(a.value())).collect(Collectors.joining());
    }
}
