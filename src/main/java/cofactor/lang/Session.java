package cofactor.lang;

import java.io.PrintStream;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** All the state of one user's session: bindings, the built-ins, limits, and where reports go. No static state. */
public final class Session {
    /** Expanded results (determinants, powers) estimated above this many terms are refused up front. */
    public static final long DEFAULT_MAX_TERMS = 10_000_000L;

    private final Builtins builtins;
    private final Map<String, Object> bindings = new TreeMap<>();
    private long maxTerms = DEFAULT_MAX_TERMS;
    private double timeLimitSeconds = 0; // 0: none
    private PrintStream progress = null; // where long computations report progress (the REPL sets it)

    public Session() { this(Builtins.standard()); }

    public Session(Builtins builtins) { this.builtins = builtins; }

    public Builtins builtins() { return builtins; }

    public Object lookup(String name) { return bindings.get(name); }

    public void bind(String name, Object value) { bindings.put(name, value); }

    public Map<String, Object> bindings() { return Collections.unmodifiableMap(bindings); }

    public long maxTerms() { return maxTerms; }
    public void setMaxTerms(long maxTerms) { this.maxTerms = maxTerms; }

    public double timeLimitSeconds() { return timeLimitSeconds; }
    public void setTimeLimitSeconds(double s) { this.timeLimitSeconds = s; }

    public PrintStream progress() { return progress; }
    public void setProgress(PrintStream progress) { this.progress = progress; }
}
