package cofactor.numeric;

import cofactor.expr.Expr;

/** An expression as an error message shows it: as the user writes it, cut short when long. */
final class Shown {
    private Shown() {}

    private static final int MAX = 60;

    static String of(Expr e) {
        String s = e.toString();
        return s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }
}
