package cofactor.compile;

import cofactor.expr.Expr;
import cofactor.expr.Fn;
import cofactor.expr.Sym;
import java.util.ArrayList;
import java.util.List;

/**
 * The straight-line program the compiler would turn into bytecode, for code
 * generators that write it in another language: the live nodes of the
 * {@link Tape} (common subexpressions shared, sums by the {@link Horner} scheme,
 * integer powers multiplied out, gradients by {@link Reverse} accumulation) in
 * the order the {@link Emitter} computes them, each one {@link Step}. A
 * half-integer power is written out as the emitter computes it, x^k·sqrt(x), so
 * that the generated code performs the same operations as {@code compile}.
 */
public final class Program {
    /** The operations of a step. {@code CALL} applies {@link Step#fn()} to its one operand. */
    public enum Op { ADD, SUB, MUL, DIV, NEG, SQRT, POW, CALL }

    /** A step's operand: a variable (by position), a constant, or an earlier step's value. */
    public sealed interface Operand permits Arg, Const, Temp {}

    public record Arg(int position) implements Operand {}

    public record Const(double value) implements Operand {}

    /** The value of step {@code index}. */
    public record Temp(int index) implements Operand {}

    /** One operation; {@code b} is null for the unary ones, {@code fn} null unless the op is CALL. */
    public record Step(Op op, Operand a, Operand b, Fn fn) {}

    private final List<Sym> variables;
    private final List<Step> steps;
    private final List<Operand> outputs;

    private Program(List<Sym> variables, List<Step> steps, List<Operand> outputs) {
        this.variables = List.copyOf(variables);
        this.steps = List.copyOf(steps);
        this.outputs = List.copyOf(outputs);
    }

    /** The program computing each entry (a scalar, or a matrix's entries row by row), as {@code compile} does. */
    public static Program of(List<Expr> entries, List<Sym> vars) {
        Tape tape = new Tape();
        return written(vars, tape, Compiler.lower(tape, entries, vars));
    }

    /** The program computing a scalar's value (output 0) and its gradient (outputs 1..n), as {@code compileGradient} does. */
    public static Program withGradient(Expr e, List<Sym> vars) {
        Tape tape = new Tape();
        int value = Compiler.lower(tape, List.of(e), vars)[0];
        int[] grad = Reverse.gradient(tape, value, vars.size());
        int[] all = new int[grad.length + 1];
        all[0] = value;
        System.arraycopy(grad, 0, all, 1, grad.length);
        return written(vars, tape, all);
    }

    private static Program written(List<Sym> vars, Tape tape, int[] outputs) {
        Writer w = new Writer(tape);
        List<Step> steps = w.write(outputs);
        return new Program(vars, steps, w.outputs);
    }

    public List<Sym> variables() { return variables; }

    public List<Step> steps() { return steps; }

    /** What each output is, in order. */
    public List<Operand> outputs() { return outputs; }

    /** Turns the tape's live nodes into steps (the outputs' operands are kept in {@link #outputs}). */
    private static final class Writer {
        private final Tape tape;
        private final List<Step> steps = new ArrayList<>();
        final List<Operand> outputs = new ArrayList<>();
        private Operand[] operand;

        Writer(Tape tape) { this.tape = tape; }

        List<Step> write(int[] outputs) {
            boolean[] live = tape.live(outputs);
            operand = new Operand[tape.size()];
            for (int i = 0; i < tape.size(); i++) {
                if (!live[i]) continue;
                operand[i] = switch (tape.op(i)) {
                    case CONST -> new Const(tape.value(i));
                    case ARG -> new Arg(tape.a(i));
                    default -> define(i);
                };
            }
            for (int o : outputs) this.outputs.add(operand[o]);
            return steps;
        }

        private Operand define(int i) {
            Operand a = operand[tape.a(i)], b = tape.arity(i) == 2 ? operand[tape.b(i)] : null;
            int half = Emitter.halfPower(tape, i);
            if (half > 0) return add(Op.MUL, power(a, half), add(Op.SQRT, a, null, null), null);
            return switch (tape.op(i)) {
                case ADD -> add(Op.ADD, a, b, null);
                case SUB -> add(Op.SUB, a, b, null);
                case MUL -> add(Op.MUL, a, b, null);
                case DIV -> add(Op.DIV, a, b, null);
                case NEG -> add(Op.NEG, a, null, null);
                case SQRT -> add(Op.SQRT, a, null, null);
                case POW -> add(Op.POW, a, b, null);
                case CALL -> add(Op.CALL, a, null, tape.fn(i));
                case CONST, ARG -> throw new AssertionError("leaves are operands, not steps");
            };
        }

        /** x^k by squaring, in the emitter's order (see {@code Emitter.Body.powi}). */
        private Operand power(Operand x, int k) {
            if (k == 1) return x;
            Operand half = power(x, k / 2);
            Operand square = add(Op.MUL, half, half, null);
            return k % 2 == 1 ? add(Op.MUL, square, x, null) : square;
        }

        private Operand add(Op op, Operand a, Operand b, Fn fn) {
            steps.add(new Step(op, a, b, fn));
            return new Temp(steps.size() - 1);
        }
    }
}
