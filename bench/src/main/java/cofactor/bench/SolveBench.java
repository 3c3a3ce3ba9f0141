package cofactor.bench;

import cofactor.expr.Expr;
import cofactor.expr.Sym;
import cofactor.guard.Limits;
import cofactor.lang.Interpreter;
import cofactor.lang.ScalarValue;
import cofactor.lang.Session;
import cofactor.solve.PolynomialSystem;
import java.util.ArrayList;
import java.util.List;

/**
 * solve of 3-equation polynomial systems side by side in one run (issue 15): SymPy's solve
 * and Maxima's algsys, each in its own time-boxed subprocess, then Cofactor in process
 * (warm JVM, median of repeats, wall clock). Each system is timed from its equations to
 * the list of solutions. Run from the repository root:
 * {@code java -cp bench/target/benchmarks.jar cofactor.bench.SolveBench [timeoutSeconds] [repeats]}
 */
public final class SolveBench {
    private static final String[][] SYSTEMS = {
        // the symmetric system of 1, 2, 3: not in shape position, so Cofactor adds a separating variable
        {"x + y + z - 6", "x*y + y*z + z*x - 11", "x*y*z - 6"},
        // eight complex solutions, two real, an irreducible sextic: root(p, k) constants
        {"x^2 + y^2 + z^2 - 6", "x*y + z - 3", "x + y*z - 2"},
        // a quadratic system whose eliminant is a quartic in z^2
        {"x^2 + y*z - 2", "y^2 + x*z - 3", "z^2 + x*y - 4"},
    };

    public static void main(String[] args) throws Exception {
        double timeout = args.length > 0 ? Double.parseDouble(args[0]) : 60;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println("load before: " + FatemanBench.loadAverage());
        List<Sym> vars = List.of(Sym.of("x"), Sym.of("y"), Sym.of("z"));
        System.out.println("| system | real solutions | Cofactor | SymPy solve | Maxima algsys |");
        System.out.println("|---|---|---|---|---|");
        for (String[] eqs : SYSTEMS) {
            String list = String.join(", ", eqs);
            String sympy = FatemanBench.runSympy("from sympy import symbols, solve, sympify\nx, y, z = symbols('x y z')\n"
                    + "eqs = [sympify(s.replace('^', '**')) for s in " + pyList(eqs) + "]", "solve(eqs, [x, y, z], dict=True)", timeout);
            String maxima = FatemanBench.runMaxima("eqs: [" + list + "]$", "r: algsys(eqs, [x, y, z])$", timeout);
            List<Expr> equations = new ArrayList<>();
            Session session = new Session();
            for (String e : eqs) equations.add(((ScalarValue) new Interpreter(session).execute(
                    cofactor.lang.Parser.parse(e, "bench", 1, session.builtins().prefixNames()).get(0))).expr());
            double[] t = new double[repeats];
            int found = 0;
            for (int r = -1; r < repeats; r++) { // r = -1 warms up
                long t0 = System.nanoTime();
                found = PolynomialSystem.solve(equations, vars, Limits.DEFAULT).real().size();
                if (r >= 0) t[r] = (System.nanoTime() - t0) / 1e9;
            }
            System.out.printf("| `%s` | %d | %.4f | %s | %s |%n", list, found, FatemanBench.median(t), sympy, maxima);
        }
        System.out.println("load after: " + FatemanBench.loadAverage());
    }

    private static String pyList(String[] eqs) {
        StringBuilder sb = new StringBuilder("[");
        for (String e : eqs) sb.append('\'').append(e).append("', ");
        return sb.append(']').toString();
    }
}
