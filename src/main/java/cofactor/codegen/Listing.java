package cofactor.codegen;

import cofactor.compile.Program;
import cofactor.compile.Program.Arg;
import cofactor.compile.Program.Const;
import cofactor.compile.Program.Operand;
import cofactor.compile.Program.Step;
import cofactor.compile.Program.Temp;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A {@link Program} laid out as statements for people to read: each shared
 * value becomes a temporary {@code t1, t2, ...} in the order it is computed,
 * and a value used only once is written inside its one user instead, up to
 * {@value #MOST_OPERATIONS} operations a line, so that short products and sums read
 * as formulas. Inlining changes no operation and no order of evaluation: the
 * generated code computes exactly what the compiled function computes.
 */
final class Listing {
    /** Operations on one line, beyond which a single-use value keeps a temporary of its own. */
    static final int MOST_OPERATIONS = 5;

    record Statement(String name, Code value) {}

    private final List<Statement> statements = new ArrayList<>();
    private final List<Code> outputs = new ArrayList<>();
    private final List<BitSet> outputArgs = new ArrayList<>();
    private final int arity;
    private final int operations;

    private Listing(int arity, int operations) {
        this.arity = arity;
        this.operations = operations;
    }

    /** The arithmetic operations and function calls of the program (as compile counts them, plus the multiplications of half powers). */
    int operations() { return operations; }

    List<Statement> statements() { return statements; }

    /** Each output as an expression in the temporaries and parameters. */
    List<Code> outputs() { return outputs; }

    /** Whether output k depends on every parameter (vectorized code must otherwise broadcast it to their common shape). */
    boolean dependsOnAll(int k) { return outputArgs.get(k).cardinality() == arity; }

    /**
     * Lays out the program in the dialect. {@code params} are the parameters' names in the
     * variables' order, {@code temporary} the prefix of the temporaries' names.
     */
    static Listing of(Program p, Dialect d, List<String> params, String temporary) {
        List<Step> steps = p.steps();
        int n = steps.size();
        int[] uses = new int[n];
        for (Step s : steps) { count(s.a(), uses); count(s.b(), uses); }
        for (Operand o : p.outputs()) count(o, uses);

        // which single-use values go inside their user: decided user by user, as operands come before users
        boolean[] inlined = new boolean[n];
        int[] operations = new int[n];
        for (int i = 0; i < n; i++) {
            Step s = steps.get(i);
            operations[i] = 1;
            boolean atomicOperand = s.op() == Program.Op.CALL && d.repeatsOperand(s.fn());
            for (Operand o : s.b() == null ? List.of(s.a()) : List.of(s.a(), s.b())) {
                if (o instanceof Temp t && uses[t.index()] == 1 && !atomicOperand
                        && operations[i] + operations[t.index()] <= MOST_OPERATIONS) {
                    inlined[t.index()] = true;
                    operations[i] += operations[t.index()];
                }
            }
        }
        for (Operand o : p.outputs()) {
            if (o instanceof Temp t && uses[t.index()] == 1 && operations[t.index()] <= MOST_OPERATIONS) inlined[t.index()] = true;
        }

        Listing listing = new Listing(params.size(), n);
        Code[] code = new Code[n];
        BitSet[] args = new BitSet[n];
        int named = 0;
        for (int i = 0; i < n; i++) {
            Step s = steps.get(i);
            Code value = listing.write(s, d, code, params);
            args[i] = new BitSet();
            listing.collect(s.a(), args, args[i]);
            listing.collect(s.b(), args, args[i]);
            if (inlined[i]) code[i] = value;
            else {
                String name = temporary + ++named;
                listing.statements.add(new Statement(name, value));
                code[i] = Code.atom(name);
            }
        }
        for (Operand o : p.outputs()) {
            listing.outputs.add(listing.operand(o, d, code, params));
            BitSet b = new BitSet();
            listing.collect(o, args, b);
            listing.outputArgs.add(b);
        }
        return listing;
    }

    private static void count(Operand o, int[] uses) {
        if (o instanceof Temp t) uses[t.index()]++;
    }

    private void collect(Operand o, BitSet[] args, BitSet into) {
        if (o instanceof Temp t) into.or(args[t.index()]);
        else if (o instanceof Arg a) into.set(a.position());
    }

    private Code write(Step s, Dialect d, Code[] code, List<String> params) {
        Code a = operand(s.a(), d, code, params), b = s.b() == null ? null : operand(s.b(), d, code, params);
        return switch (s.op()) {
            case ADD -> d.add(a, b);
            case SUB -> d.sub(a, b);
            case MUL -> d.mul(a, b);
            case DIV -> d.div(a, b);
            case NEG -> d.neg(a);
            case SQRT -> d.sqrt(a);
            case POW -> d.pow(a, b);
            case CALL -> d.call(s.fn(), a);
        };
    }

    private Code operand(Operand o, Dialect d, Code[] code, List<String> params) {
        if (o instanceof Temp t) return code[t.index()];
        if (o instanceof Arg a) return Code.atom(params.get(a.position()));
        String text = d.number(((Const) o).value());
        return new Code(text, text.startsWith("-") ? Code.UNARY : Code.ATOM);
    }
}
