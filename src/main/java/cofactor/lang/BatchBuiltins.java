package cofactor.lang;

/** Compiled functions over many points, and data: grid, load, save, fit. */
final class BatchBuiltins {
    private BatchBuiltins() {}

    static void register(Builtins b) {
        b.add(Builtin.of("grid", 5, 5, "grid(e, x, a, b, n) | grid(e, [x, y], [a, c], [b, d], n)",
                "e (an expression, a vector, or a compiled function) at n evenly spaced points from a to b through its compiled kernel, "
                        + "as the rows [x, e] of a matrix; over a rectangle, n×n points (n = [n1, n2] for n1×n2), x varying slowest, rows [x, y, e]",
                Grid::of));
        b.add(Builtin.of("load", 1, 1, "load(\"data.csv\") | load(\"data.csv\", names = true)",
                "the rows of numbers of a CSV file as a matrix (a first line that is not numbers is the header, left out); "
                        + "with names = true, the header's column names as a vector of symbols",
                DataFiles::load).withOptions("names").notPrefix());
        b.add(Builtin.of("save", 2, 2, "save(M, \"out.csv\") | save(M, \"out.csv\", header = \"x,y\")",
                "writes a matrix of numbers as CSV, one row per line, replacing the file atomically (readers see the old file or the new one)",
                DataFiles::save).withOptions("header"));
        b.add(Builtin.of("fit", 3, 3, "fit(model, [a, b, c], data, start = [1, 1, 1], vars = [x], steps = 200)",
                "nonlinear least squares: the parameters minimizing the sum of (model - y)^2 over the data's rows (columns: the model's "
                        + "other symbols by name, or vars, then y), by Levenberg-Marquardt on the compiled exact Jacobian; shows each "
                        + "parameter ± its standard error (covariance (J'J)^-1 * rss/(n - k), as SciPy's curve_fit); parts params, errors, cov, rss, steps, reason",
                Fit::of).withOptions("start", "vars", "steps"));
    }
}
