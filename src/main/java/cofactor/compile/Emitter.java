package cofactor.compile;

import static org.objectweb.asm.Opcodes.*;

import cofactor.expr.Fn;
import cofactor.guard.Interrupts;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Emits JVM bytecode for tape programs into a hidden class that extends one of
 * the public kernel classes ({@link CompiledFunction}, {@link CompiledGradient}).
 * Each live node is computed once into a local variable. A program too large
 * for one method is split into static chunk methods that pass values to later
 * chunks through a {@code double[]} of temporaries: a method must stay under the
 * JVM's 64 KB limit, and HotSpot does not JIT-compile methods over 8000 bytes
 * ({@code -XX:HugeMethodLimit}), so the budgets below keep every method JIT-able.
 */
final class Emitter {
    /** Estimated bytes of code up to which a program is emitted as one method. */
    static final int SINGLE_METHOD_BUDGET = 7000;
    /** Estimated bytes of code per chunk. */
    static final int CHUNK_BUDGET = 6800;

    private static final String CLASS_NAME = "cofactor/compile/Kernel";

    private final Tape tape;
    private final int nvars;
    private final int singleBudget, chunkBudget;
    private final Constants constants;
    private final int constantLoad; // bytes of code that load a constant: ldc2_w, or getstatic, index, daload
    private int adjointFrom = Integer.MAX_VALUE;
    private final ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    private int chunkMethods = 0;

    /**
     * One generated method. Inputs are a {@code double[]} in local 1, or with
     * {@code scalarArg} a single {@code double} in locals 1–2. Output k is stored
     * into the array in local {@code sinkLocal[k]} at {@code sinkIndex[k]}, or,
     * where {@code sinkLocal[k] < 0}, returned. With {@code allocLength ≥ 0} a null
     * array in local 2 is replaced by a new one of that length, and the method
     * returns local 2. With {@code overColumns} the method is a loop over points instead (see
     * {@link #overColumns}).
     */
    record GeneratedMethod(String name, String descriptor, boolean scalarArg, boolean overColumns, int[] outputs, int[] sinkLocal, int[] sinkIndex, int allocLength) {
        GeneratedMethod(String name, String descriptor, boolean scalarArg, int[] outputs, int[] sinkLocal, int[] sinkIndex, int allocLength) {
            this(name, descriptor, scalarArg, false, outputs, sinkLocal, sinkIndex, allocLength);
        }

        /** {@code double name(double[] x)} returning the one output. */
        static GeneratedMethod returning(String name, int output) {
            return new GeneratedMethod(name, "([D)D", false, new int[] {output}, new int[] {-1}, new int[] {0}, -1);
        }

        /** {@code double name(double x)} returning the one output. */
        static GeneratedMethod unary(String name, int output) {
            return new GeneratedMethod(name, "(D)D", true, new int[] {output}, new int[] {-1}, new int[] {0}, -1);
        }

        /**
         * {@code void name(double[][] columns, double[][] outs, int from, int to)}: for each point i in
         * [from, to), whose variable k is {@code columns[k][i]}, output k into {@code outs[k][i]}. The
         * program is the loop's body, so a batch runs with no call and no array per point.
         */
        static GeneratedMethod overColumns(String name, int[] outputs) {
            return new GeneratedMethod(name, "([[D[[DII)V", false, true, outputs, new int[outputs.length], new int[outputs.length], -1);
        }

        /** {@code double[] name(double[] x, double[] out)}: all outputs into out (allocated when null), returning it. */
        static GeneratedMethod filling(String name, int[] outputs) {
            int[] locals = new int[outputs.length], index = new int[outputs.length];
            Arrays.fill(locals, 2);
            for (int k = 0; k < index.length; k++) index[k] = k;
            return new GeneratedMethod(name, "([D[D)[D", false, outputs, locals, index, outputs.length);
        }

        /** {@code double name(double[] x, double[] g)}: returns {@code value}, stores {@code rest[k]} into g[k]. */
        static GeneratedMethod returningAndFilling(String name, int value, int[] rest) {
            int n = rest.length + 1;
            int[] outputs = new int[n], locals = new int[n], index = new int[n];
            outputs[0] = value;
            locals[0] = -1;
            for (int k = 0; k < rest.length; k++) { outputs[k + 1] = rest[k]; locals[k + 1] = 2; index[k + 1] = k; }
            return new GeneratedMethod(name, "([D[D)D", false, outputs, locals, index, -1);
        }

        char returnKind() { return descriptor.endsWith(")D") ? 'D' : '['; }
    }

    Emitter(Tape tape, int nvars) { this(tape, nvars, Budget.DEFAULT); }

    /** With smaller budgets, tests exercise the chunked path on small programs. */
    Emitter(Tape tape, int nvars, Budget budget) {
        this.tape = tape;
        this.nvars = nvars;
        this.singleBudget = budget.singleMethod();
        this.chunkBudget = budget.chunk();
        this.constants = new Constants(CLASS_NAME, budget.pooledConstants());
        int distinct = 0;
        for (int i = 0; i < tape.size(); i++) if (tape.isConst(i)) distinct++;
        this.constantLoad = distinct > budget.pooledConstants() ? 7 : 3;
    }

    /** Nodes from this tape index on are adjoint code (see {@link Schedule}). */
    Emitter adjointFrom(int index) {
        this.adjointFrom = index;
        return this;
    }

    /**
     * Estimated bytes of code for a program in one method, and for each chunk of
     * a split one; and how many distinct constants go into the constant pool
     * (the rest are read from an array, see {@link Constants}).
     */
    record Budget(int singleMethod, int chunk, int pooledConstants) {
        static final Budget DEFAULT = new Budget(SINGLE_METHOD_BUDGET, CHUNK_BUDGET);

        Budget(int singleMethod, int chunk) { this(singleMethod, chunk, Constants.MAX_POOLED); }
    }

    /** Generates a class extending {@code base} with the given methods, and instantiates it with {@code info}. */
    <T> T define(Class<T> base, Info info, List<GeneratedMethod> methods) {
        String superName = Type.getInternalName(base);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, CLASS_NAME, null, superName, null);
        String ctor = Type.getMethodDescriptor(Type.VOID_TYPE, Type.getType(Info.class));
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", ctor, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitMethodInsn(INVOKESPECIAL, superName, "<init>", ctor, false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        for (GeneratedMethod m : methods) emit(m);
        constants.declare(cw);
        cw.visitEnd();
        Interrupts.check(); // assembling and loading the class cannot be interrupted: do not start them for nothing
        byte[] bytes;
        try {
            bytes = cw.toByteArray();
        } catch (IndexOutOfBoundsException e) {
            // ASM's two exceptions for a class too large, caught as their JDK superclass: a catch
            // of ASM's types made every start-up load them from ASM's jar (the start-up cache
            // verifies this class against them), 1+1 or not
            if (e instanceof MethodTooLargeException || e instanceof ClassTooLargeException) {
                throw new CompileError("the expression is too large to compile (" + e.getMessage() + ")");
            }
            throw e;
        }
        try {
            MethodHandles.Lookup lookup = constants.needsClassData()
                    ? MethodHandles.lookup().defineHiddenClassWithClassData(bytes, constants.classData(), true)
                    : MethodHandles.lookup().defineHiddenClass(bytes, true);
            Object instance = lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class, Info.class)).invoke(info);
            return base.cast(instance);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("could not load compiled code", e);
        }
    }

    private void emit(GeneratedMethod m) {
        Interrupts.check(); // each stage below is a pass over the whole tape: look between them
        boolean[] live = tape.live(m.outputs());
        List<Integer> ops = new ArrayList<>();
        for (int i = 0; i < tape.size(); i++) if (live[i] && !tape.isLeaf(i)) ops.add(i);
        Interrupts.check();
        if (m.overColumns()) emitLoop(m, ops);
        else if (fitsOneMethod(m.outputs())) emitSingle(m, ops);
        else emitChunked(m, schedule(ops));
    }

    /** Whether code for these outputs fits one JIT-able method (otherwise it is split into chunks). */
    boolean fitsOneMethod(int[] outputs) {
        boolean[] live = tape.live(outputs);
        long estimate = 32L + 12L * outputs.length;
        for (int i = 0; i < tape.size() && estimate <= singleBudget; i++) {
            if (live[i]) estimate += tape.op(i) == Tape.Op.ARG ? 8 : tape.isLeaf(i) ? 0 : cost(i, 4);
        }
        return estimate <= singleBudget;
    }

    /** The order of the operations in a chunked kernel (see {@link Schedule}). */
    private List<Integer> schedule(List<Integer> ops) {
        Schedule schedule = new Schedule(tape, adjointFrom);
        int[] key = new int[tape.size()];
        for (int i : ops) key[i] = schedule.key(i);
        List<Integer> order = new ArrayList<>(ops);
        Interrupts.check();
        order.sort((p, q) -> key[p] != key[q] ? Integer.compare(key[p], key[q]) : Integer.compare(p, q));
        return order;
    }

    /** An upper bound on the bytes of code for node i, given the cost of loading one non-constant operand. */
    private int cost(int i, int operandLoad) {
        int bytes = tape.op(i) == Tape.Op.CALL || tape.op(i) == Tape.Op.SQRT || tape.op(i) == Tape.Op.POW ? 3 : 1;
        if (tape.op(i) == Tape.Op.CALL && (tape.fn(i) == Fn.SIN || tape.fn(i) == Fn.COS)) bytes += SIN_COS_INLINED;
        int half = halfPower(i);
        if (half > 0) bytes += 8 + 6 * (32 - Integer.numberOfLeadingZeros(half)); // a local, the squarings, the root
        int n = tape.arity(i);
        if (n >= 1) bytes += tape.isConst(tape.a(i)) ? constantLoad : operandLoad;
        if (n == 2) bytes += tape.isConst(tape.b(i)) ? constantLoad : operandLoad;
        return bytes + 4;
    }

    // ---- one method

    private void emitSingle(GeneratedMethod m, List<Integer> ops) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, m.name(), m.descriptor(), null, null);
        mv.visitCode();
        allocateOut(mv, m);
        int firstFree = m.scalarArg() ? 3 : 1 + Type.getArgumentTypes(m.descriptor()).length;
        Body body = new Body(mv, 1, m.scalarArg(), -1, firstFree);
        for (int i : ops) body.define(i);
        finish(mv, m, body);
    }

    /** The loop of {@link GeneratedMethod#overColumns}: locals 1–4 are the columns, the outputs' columns, from and to. */
    private void emitLoop(GeneratedMethod m, List<Integer> ops) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, m.name(), m.descriptor(), null, null);
        mv.visitCode();
        int i = 3, to = 4, next = 5;
        int[] column = new int[nvars], out = new int[m.outputs().length];
        for (int k = 0; k < nvars; k++) next = arrayOf(mv, 1, k, column[k] = next);
        for (int k = 0; k < out.length; k++) next = arrayOf(mv, 2, k, out[k] = next);
        Label test = new Label(), end = new Label();
        mv.visitLabel(test);
        mv.visitVarInsn(ILOAD, i);
        mv.visitVarInsn(ILOAD, to);
        mv.visitJumpInsn(IF_ICMPGE, end);
        Body body = new Body(mv, -1, false, -1, next);
        body.columns = column;
        body.index = i;
        for (int op : ops) body.define(op);
        for (int k = 0; k < out.length; k++) {
            mv.visitVarInsn(ALOAD, out[k]);
            mv.visitVarInsn(ILOAD, i);
            body.load(m.outputs()[k]);
            mv.visitInsn(DASTORE);
        }
        mv.visitIincInsn(i, 1);
        mv.visitJumpInsn(GOTO, test);
        mv.visitLabel(end);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** local = arrays[k], for the array of arrays in local {@code arrays}; returns the next free local. */
    private static int arrayOf(MethodVisitor mv, int arrays, int k, int local) {
        mv.visitVarInsn(ALOAD, arrays);
        push(mv, k);
        mv.visitInsn(AALOAD);
        mv.visitVarInsn(ASTORE, local);
        return local + 1;
    }

    private static void allocateOut(MethodVisitor mv, GeneratedMethod m) {
        if (m.allocLength() < 0) return;
        Label ready = new Label();
        mv.visitVarInsn(ALOAD, 2);
        mv.visitJumpInsn(IFNONNULL, ready);
        push(mv, m.allocLength());
        mv.visitIntInsn(NEWARRAY, T_DOUBLE);
        mv.visitVarInsn(ASTORE, 2);
        mv.visitLabel(ready);
    }

    /** Stores the outputs into their arrays and returns. */
    private void finish(MethodVisitor mv, GeneratedMethod m, Body body) {
        int returned = -1;
        for (int k = 0; k < m.outputs().length; k++) {
            if (m.sinkLocal()[k] < 0) { returned = m.outputs()[k]; continue; }
            mv.visitVarInsn(ALOAD, m.sinkLocal()[k]);
            push(mv, m.sinkIndex()[k]);
            body.load(m.outputs()[k]);
            mv.visitInsn(DASTORE);
        }
        if (m.returnKind() == 'D') {
            body.load(returned);
            mv.visitInsn(DRETURN);
        } else {
            mv.visitVarInsn(ALOAD, 2);
            mv.visitInsn(ARETURN);
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    // ---- chunks

    private void emitChunked(GeneratedMethod m, List<Integer> ops) {
        // Partition into consecutive chunks; a value used outside its chunk (by a later chunk, or as an output)
        // costs a store into the temporaries, known only once the chunks are, so repartition until they fit.
        int[] extra = new int[tape.size()];
        int[] chunkOf = null, lastChunk = null;
        List<int[]> chunks = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            Interrupts.check();
            chunkOf = new int[tape.size()];
            chunks = partition(ops, extra, chunkOf);
            lastChunk = lastUse(m, ops, chunkOf, chunks.size());
            boolean fits = true;
            int[] bytes = new int[chunks.size()];
            for (int i : ops) {
                if (lastChunk[i] >= 0 && extra[i] == 0) { extra[i] = 9; fits = false; }
                bytes[chunkOf[i]] += cost(i, 6) + extra[i];
            }
            if (fits || Arrays.stream(bytes).max().orElse(0) <= MAX_CHUNK_BYTES) break;
        }

        // Temporaries are reused once their last reader has run (linear scan over the chunks).
        Interrupts.check();
        int[] slot = new int[tape.size()];
        Arrays.fill(slot, -1);
        int slots = 0;
        java.util.ArrayDeque<Integer> free = new java.util.ArrayDeque<>();
        java.util.PriorityQueue<long[]> busy = new java.util.PriorityQueue<>((p, q) -> Long.compare(p[0], q[0])); // {last chunk, slot}
        for (int k = 0, c = -1; k < ops.size(); k++) {
            int i = ops.get(k);
            if (chunkOf[i] != c) {
                c = chunkOf[i];
                while (!busy.isEmpty() && busy.peek()[0] < c) free.push((int) busy.poll()[1]);
            }
            if (lastChunk[i] < 0) continue;
            slot[i] = free.isEmpty() ? slots++ : free.pop();
            busy.add(new long[] {lastChunk[i], slot[i]});
        }

        String chunkDescriptor = "([D[D)V";
        List<String> names = new ArrayList<>();
        for (int[] range : chunks) {
            Interrupts.check(); // writing a large program's chunks takes a while
            String name = "chunk" + chunkMethods++;
            names.add(name);
            MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, name, chunkDescriptor, null, null);
            mv.visitCode();
            Body body = new Body(mv, 0, false, 1, 2);
            body.slot = slot;
            for (int k = range[0]; k < range[1]; k++) body.define(ops.get(k));
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, m.name(), m.descriptor(), null, null);
        mv.visitCode();
        allocateOut(mv, m);
        int x = 1, next = m.scalarArg() ? 3 : 1 + Type.getArgumentTypes(m.descriptor()).length;
        if (m.scalarArg()) { // the chunks take an array: x = new double[] {x}
            mv.visitInsn(ICONST_1);
            mv.visitIntInsn(NEWARRAY, T_DOUBLE);
            mv.visitInsn(DUP);
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(DLOAD, 1);
            mv.visitInsn(DASTORE);
            x = next++;
            mv.visitVarInsn(ASTORE, x);
        }
        int t = next++;
        push(mv, slots);
        mv.visitMethodInsn(INVOKESTATIC, "cofactor/compile/Scratch", "get", "(I)[D", false);
        mv.visitVarInsn(ASTORE, t);
        for (String name : names) {
            mv.visitVarInsn(ALOAD, x);
            mv.visitVarInsn(ALOAD, t);
            mv.visitMethodInsn(INVOKESTATIC, CLASS_NAME, name, chunkDescriptor, false);
        }
        Body body = new Body(mv, x, false, t, next);
        body.slot = slot; // every computed value comes from the temporaries
        finish(mv, m, body);
    }

    /**
     * The bytes of SinCos's code that C2 inlines at a call of sin or cos (the entry, the reduction,
     * both kernels, the quadrant, the fallback's two calls): they count towards the 8000 it inlines
     * into a method at most (DesiredMethodLimit), so a chunk's budget counts them too. Calls left
     * out share nothing with their neighbours: with them the dense 5×5 trigonometric determinant's
     * value and gradient took 790–860 ns a point; split so that every call is inlined, 670–710
     * (CPU time on one thread, at load 7–9).
     */
    private static final int SIN_COS_INLINED = 360;

    /** Estimated bytes at which a chunk is repartitioned (HotSpot compiles methods of up to 8000 bytes). */
    private static final int MAX_CHUNK_BYTES = 7600;

    /** Consecutive chunks of at most {@code chunkBudget} estimated bytes; fills chunkOf (−1 for nodes not in ops). */
    private List<int[]> partition(List<Integer> ops, int[] extra, int[] chunkOf) {
        Arrays.fill(chunkOf, -1);
        List<int[]> chunks = new ArrayList<>();
        int[] argLoadedIn = new int[nvars]; // 1 + the last chunk that loaded each argument
        int start = 0, bytes = 0;
        for (int k = 0; k < ops.size(); k++) {
            int i = ops.get(k), c = cost(i, 6) + extra[i];
            if (bytes + c > chunkBudget && k > start) {
                chunks.add(new int[] {start, k});
                start = k;
                bytes = 0;
            }
            for (int j = 0, n = tape.arity(i); j < n; j++) { // a chunk loads each argument it uses once: 10 bytes
                int operand = j == 0 ? tape.a(i) : tape.b(i);
                if (tape.op(operand) == Tape.Op.ARG && argLoadedIn[tape.a(operand)] != chunks.size() + 1) {
                    argLoadedIn[tape.a(operand)] = chunks.size() + 1;
                    c += 10;
                }
            }
            bytes += c;
            chunkOf[i] = chunks.size();
        }
        chunks.add(new int[] {start, ops.size()});
        return chunks;
    }

    /** For each value read outside its chunk, the last chunk that reads it ({@code chunks} for outputs); −1 otherwise. */
    private int[] lastUse(GeneratedMethod m, List<Integer> ops, int[] chunkOf, int chunks) {
        int[] last = new int[tape.size()];
        Arrays.fill(last, -1);
        for (int i : ops) {
            for (int j = 0, n = tape.arity(i); j < n; j++) {
                int operand = j == 0 ? tape.a(i) : tape.b(i);
                if (chunkOf[operand] >= 0 && chunkOf[operand] != chunkOf[i]) last[operand] = Math.max(last[operand], chunkOf[i]);
            }
        }
        for (int o : m.outputs()) if (chunkOf[o] >= 0) last[o] = chunks;
        return last;
    }

    /** Emits nodes into one method: values in locals, earlier chunks' values from the temporaries. */
    private final class Body {
        final MethodVisitor mv;
        final int x;            // local holding the arguments (an array, or with scalarArg the one double)
        final boolean scalarArg;
        final int t;            // local holding the temporaries, or -1
        int next;               // next free local
        final int[] argLocal = new int[nvars];
        final java.util.Map<Integer, Integer> local = new java.util.HashMap<>();
        int[] slot;             // for chunked methods: node → index in the temporaries, or -1
        int[] columns;          // for loops over points: the local holding each variable's column, else null
        int index;              // for loops over points: the local holding the point's index

        Body(MethodVisitor mv, int x, boolean scalarArg, int t, int next) {
            this.mv = mv;
            this.x = x;
            this.scalarArg = scalarArg;
            this.t = t;
            this.next = next;
            Arrays.fill(argLocal, -1);
        }

        void define(int i) {
            int half = halfPower(i);
            if (half > 0) { defineHalfPower(i, half); return; }
            int n = tape.arity(i);
            if (n >= 1) load(tape.a(i));
            if (n == 2) load(tape.b(i));
            switch (tape.op(i)) {
                case ADD -> mv.visitInsn(DADD);
                case SUB -> mv.visitInsn(DSUB);
                case MUL -> mv.visitInsn(DMUL);
                case DIV -> mv.visitInsn(DDIV);
                case NEG -> mv.visitInsn(DNEG);
                case SQRT -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "sqrt", "(D)D", false);
                case POW -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "pow", "(DD)D", false);
                case CALL -> mv.visitMethodInsn(INVOKESTATIC, tape.fn(i).jvmOwner(), tape.fn(i).jvmMethod(), "(D)D", false);
                case CONST, ARG -> throw new AssertionError("leaves are not defined, only loaded");
            }
            store(i);
        }

        /** x^(k + 1/2) as x^k (square-and-multiply on the stack) times sqrt(x). */
        private void defineHalfPower(int i, int k) {
            load(tape.a(i));
            int x = next;
            next += 2;
            mv.visitVarInsn(DSTORE, x);
            powi(x, k);
            mv.visitVarInsn(DLOAD, x);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "sqrt", "(D)D", false);
            mv.visitInsn(DMUL);
            store(i);
        }

        private void powi(int x, int k) {
            if (k == 1) { mv.visitVarInsn(DLOAD, x); return; }
            powi(x, k / 2);
            mv.visitInsn(DUP2);
            mv.visitInsn(DMUL);
            if (k % 2 == 1) { mv.visitVarInsn(DLOAD, x); mv.visitInsn(DMUL); }
        }

        /** Stores the value on the stack as node i: into a new local, and into the temporaries if later chunks read it. */
        private void store(int i) {
            int l = next;
            next += 2;
            mv.visitVarInsn(DSTORE, l);
            local.put(i, l);
            if (slot != null && slot[i] >= 0) {
                mv.visitVarInsn(ALOAD, t);
                push(mv, slot[i]);
                mv.visitVarInsn(DLOAD, l);
                mv.visitInsn(DASTORE);
            }
        }

        void load(int i) {
            switch (tape.op(i)) {
                case CONST -> constants.load(mv, tape.value(i));
                case ARG -> {
                    int position = tape.a(i);
                    if (scalarArg) { mv.visitVarInsn(DLOAD, x); return; }
                    if (argLocal[position] < 0) {
                        if (columns != null) {
                            mv.visitVarInsn(ALOAD, columns[position]);
                            mv.visitVarInsn(ILOAD, index);
                        } else {
                            mv.visitVarInsn(ALOAD, x);
                            push(mv, position);
                        }
                        mv.visitInsn(DALOAD);
                        argLocal[position] = next;
                        next += 2;
                        mv.visitVarInsn(DSTORE, argLocal[position]);
                    }
                    mv.visitVarInsn(DLOAD, argLocal[position]);
                }
                default -> {
                    Integer l = local.get(i);
                    if (l != null) { mv.visitVarInsn(DLOAD, l); return; }
                    assert slot != null && slot[i] >= 0 : "node " + i + " used before it is defined";
                    mv.visitVarInsn(ALOAD, t);
                    push(mv, slot[i]);
                    mv.visitInsn(DALOAD);
                }
            }
        }
    }

    /**
     * For x^(k + 1/2) with a whole k ≥ 1 (up to {@link Tape#MAX_MULTIPLIED_POWER}), k; otherwise 0.
     * Such a power is one node, so that its derivative is (k + 1/2)·x^(k − 1/2), 0 at x = 0, but
     * is computed as x^k·sqrt(x), as fast as the product and more exact than Math.pow's call.
     */
    private int halfPower(int i) { return halfPower(tape, i); }

    static int halfPower(Tape tape, int i) {
        if (tape.op(i) != Tape.Op.POW || !tape.isConst(tape.b(i))) return 0;
        double h = tape.value(tape.b(i)) - 0.5;
        return h >= 1 && h <= Tape.MAX_MULTIPLIED_POWER && h == Math.rint(h) ? (int) h : 0;
    }

    static void push(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
        else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
        else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
        else mv.visitLdcInsn(v);
    }
}
