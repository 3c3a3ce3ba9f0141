package cofactor.lang;

import cofactor.expr.Expr;
import cofactor.expr.Num;
import cofactor.expr.Sym;
import cofactor.files.AtomicFile;
import cofactor.files.Csv;
import cofactor.matrix.Matrix;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code load("data.csv")}: a CSV file's rows of numbers as a matrix, its header (a first line
 * that is not numbers) left out; {@code load("data.csv", names = true)}: the header's names as a
 * vector of symbols, {@code [x, y]}, so the columns' names can be read and used as variables.
 * {@code save(M, "out.csv", header = "x,y")}: a matrix of numbers written atomically.
 */
final class DataFiles {
    private DataFiles() {}

    static Value load(Args a) {
        String file = fileName(a, 0);
        Csv.Table t;
        try {
            t = Csv.read(file);
        } catch (Csv.ReadError e) {
            throw a.error(e.getMessage());
        }
        if (a.hasOption("names") && isTrue(a, "names")) return Value.of(Matrix.vector(names(a, t.header(), file)));
        a.session().checkEntries("load", t.rows().length, t.rows()[0].length);
        return Value.of(Points.matrix(t.rows()));
    }

    private static List<Expr> names(Args a, List<String> header, String file) {
        if (header.isEmpty()) throw a.error(file + " has no header row naming its columns");
        List<Expr> names = new ArrayList<>();
        for (String n : header) {
            if (!n.matches("[\\p{L}_][\\p{L}\\p{Nd}_]*")) throw a.error(file + ": the column name \"" + n + "\" is not a name of the language (a letter or _, then letters, digits, _)");
            names.add(Sym.of(n));
        }
        return names;
    }

    private static boolean isTrue(Args a, String option) {
        Value v = a.option(option);
        if (v instanceof ScalarValue s && s.expr() instanceof Sym b && (b.name().equals("true") || b.name().equals("false"))) return b.name().equals("true");
        throw a.error("option " + option + " must be true or false, got " + v.describe());
    }

    static Value save(Args a) {
        Matrix m = a.matrix(0);
        String file = fileName(a, 1);
        String header = a.stringOption("header", "");
        List<String> names = header.isBlank() ? List.of() : List.of(header.split(",", -1)).stream().map(String::strip).toList();
        if (!names.isEmpty() && names.size() != m.cols()) throw a.error("the header names " + names.size() + " columns, the matrix has " + m.cols());
        double[][] rows = Points.rows(a, m, "the entries");
        try {
            Csv.write(file, names, rows, v -> Num.real(v).toString());
        } catch (AtomicFile.WriteError e) {
            throw a.error(e.getMessage());
        }
        return new Report("wrote " + file + " (" + m.rows() + " row" + (m.rows() == 1 ? "" : "s") + ", " + m.cols() + " column" + (m.cols() == 1 ? "" : "s") + ")");
    }

    private static String fileName(Args a, int i) {
        if (a.get(i) instanceof StringValue s) return s.text();
        throw a.wrongType(i, "a file name in quotes, such as \"data.csv\"");
    }
}
