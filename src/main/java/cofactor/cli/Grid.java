package cofactor.cli;

import cofactor.guard.Interrupts;
import cofactor.lang.MatrixValue;
import cofactor.lang.Value;
import cofactor.matrix.Matrix;

/** The REPL's display of a matrix: entries in aligned columns, one row per line. */
public final class Grid {
    private Grid() {}

    public static String show(Value value) {
        if (!(value instanceof MatrixValue mv) || mv.matrix().rows() == 0 || mv.matrix().cols() <= 1) return value.show(); // vectors read best on one line
        Matrix m = mv.matrix();
        String[][] text = new String[m.rows()][m.cols()];
        int[] width = new int[m.cols()];
        for (int i = 0; i < m.rows(); i++) {
            Interrupts.check(); // a million entries take a while to show
            for (int j = 0; j < m.cols(); j++) {
                text[i][j] = m.get(i, j).toString();
                width[j] = Math.max(width[j], text[i][j].length());
            }
        }
        int total = 0;
        for (int w : width) total += w + 2;
        if (total > 160) return value.show(); // too wide to align usefully: the one-line form wraps better
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < m.rows(); i++) {
            if (i > 0) sb.append('\n');
            sb.append("[ ");
            for (int j = 0; j < m.cols(); j++) {
                sb.append(text[i][j]).append(" ".repeat(width[j] - text[i][j].length()));
                sb.append(j + 1 < m.cols() ? "   " : " ]");
            }
        }
        return sb.toString();
    }
}
