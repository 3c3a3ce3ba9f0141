package cofactor.lang;

import cofactor.calculus.RecentDerivatives;
import cofactor.guard.Gate;
import cofactor.guard.Limits;
import cofactor.guard.TimeLimit;
import cofactor.poly.ZeroSums;
import java.io.PrintStream;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * All the state of one user's session: bindings, the built-ins, limits, and where
 * reports go. No static state. Statements change it only through its {@link Gate},
 * so a statement the evaluator has given up on can change nothing.
 */
public final class Session {
    private final Builtins builtins;
    private final Map<String, Value> bindings = new TreeMap<>();
    private volatile Value last; // what % reads: the value of the latest statement that had one
    private Limits limits = Limits.DEFAULT;
    private TimeLimit timeLimit = TimeLimit.NONE;
    private PrintStream warnings = System.err; // where a result that is still given comes with a caveat
    private final Gate gate = new Gate();
    private final ZeroSums zeroSums = new ZeroSums(); // remembers what it checked, for results built on earlier ones
    private final RecentDerivatives derivatives = new RecentDerivatives();

    /**
     * User-function calls nested deeper than this are refused: the language has no
     * conditionals, so a function that calls itself never stops, and the guard turns
     * that into an error long before the stack runs out (whatever thread evaluates).
     */
    static final int MAX_CALL_DEPTH = 200;
    // User-function calls in progress, counted per thread: a statement the evaluator has given
    // up on may still be running on its old thread while the next one runs on a new thread.
    private final ThreadLocal<int[]> callDepth = ThreadLocal.withInitial(() -> new int[1]);

    public Session() { this(Builtins.standard()); }

    public Session(Builtins builtins) { this.builtins = builtins; }

    public Builtins builtins() { return builtins; }

    public Value lookup(String name) { return bindings.get(name); }

    public void bind(String name, Value value) { gate.pass(() -> bindings.put(name, value)); }

    /** Removes a binding, so the name is a symbol again; false when it was not bound. */
    public boolean unbind(String name) {
        boolean[] was = {false};
        gate.pass(() -> was[0] = bindings.remove(name) != null);
        return was[0];
    }

    public Map<String, Value> bindings() { return Collections.unmodifiableMap(bindings); }

    /** The value of the latest statement that had one ({@code %}), or null before the first. */
    public Value last() { return last; }
    void setLast(Value value) { gate.pass(() -> last = value); }

    /** Shows a statement's sums that are 0 as rational functions as 0. */
    public ZeroSums zeroSums() { return zeroSums; }

    /** First derivatives of bound values, taken once for the statements that ask again. */
    public RecentDerivatives derivatives() { return derivatives; }

    /** The limits every expanding operation of this session is given. */
    public Limits limits() { return limits; }
    public void setLimits(Limits limits) { gate.pass(() -> this.limits = limits); }

    /** Refuses a rows×cols matrix over the entry limit, naming the operation and the option that raises it. */
    public void checkEntries(String where, long rows, long cols) {
        double entries = (double) rows * cols;
        if (entries > limits.maxEntries()) {
            throw new EvalError(where, "a " + rows + "×" + cols + " matrix would have " + (long) entries + " entries, over the limit of "
                    + limits.maxEntries() + "; raise it with set(maxentries = ...)");
        }
    }

    public TimeLimit timeLimit() { return timeLimit; }
    public void setTimeLimit(TimeLimit limit) { gate.pass(() -> this.timeLimit = limit); }

    /** Where the evaluator bars the statements it gives up on. */
    public Gate gate() { return gate; }

    /** Enters a user-function call; false when that would nest too deeply. Pair a true with {@link #exitCall()}. */
    boolean enterCall() {
        int[] depth = callDepth.get();
        if (depth[0] >= MAX_CALL_DEPTH) return false;
        depth[0]++;
        return true;
    }

    void exitCall() { callDepth.get()[0]--; }

    /** Reports a caveat about a result that is still given ("simplify: timed out ..."), on the runner's error stream. */
    public void warn(String message) { gate.pass(() -> warnings.println("warning: " + message)); }
    public void setWarnings(PrintStream warnings) { this.warnings = warnings; }
}
