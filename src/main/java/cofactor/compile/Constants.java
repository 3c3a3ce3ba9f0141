package cofactor.compile;

import static org.objectweb.asm.Opcodes.*;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Where a generated class's double constants live. A class file's constant
 * pool holds at most 65 535 entries and a double takes two, so an expanded
 * polynomial with hundreds of thousands of distinct coefficients cannot put
 * them all there: the first {@link #MAX_POOLED} go into the pool ({@code ldc2_w}),
 * the rest into {@code static final double[]} fields that the class reads from
 * its class data ({@link MethodHandles#classData}) when it is initialized. Each
 * field holds at most {@link #PER_FIELD}, so that an index is pushed with
 * {@code sipush}: larger ones would take pool entries of their own.
 */
final class Constants {
    /** Doubles kept in the constant pool (two entries each), leaving room for the methods' own entries. */
    static final int MAX_POOLED = 15_000;

    static final int PER_FIELD = Short.MAX_VALUE + 1;

    private static final String FIELD = "CONSTANTS";

    private final String owner;
    private final int maxPooled;
    private final Set<Long> pooled = new HashSet<>();
    private final Map<Long, Integer> index = new HashMap<>();
    private double[] array = new double[16];

    /** Constants of the class {@code owner}, at most {@code maxPooled} in its pool (small in tests, to exercise the arrays). */
    Constants(String owner, int maxPooled) {
        this.owner = owner;
        this.maxPooled = maxPooled;
    }

    /** Pushes the constant v. */
    void load(MethodVisitor mv, double v) {
        long bits = Double.doubleToRawLongBits(v);
        if (bits == 0L) { mv.visitInsn(DCONST_0); return; }
        if (v == 1.0) { mv.visitInsn(DCONST_1); return; }
        if (pooled.contains(bits) || pooled.size() < maxPooled) {
            pooled.add(bits);
            mv.visitLdcInsn(v);
            return;
        }
        int k = index.computeIfAbsent(bits, b -> index.size());
        if (k == array.length) array = Arrays.copyOf(array, 2 * k);
        array[k] = v;
        mv.visitFieldInsn(GETSTATIC, owner, FIELD + k / PER_FIELD, "[D");
        Emitter.push(mv, k % PER_FIELD);
        mv.visitInsn(DALOAD);
    }

    boolean needsClassData() { return !index.isEmpty(); }

    /** The class data: the constants beyond the pool, by index, in arrays of {@link #PER_FIELD}. */
    double[][] classData() {
        int n = index.size();
        double[][] data = new double[(n + PER_FIELD - 1) / PER_FIELD][];
        for (int f = 0; f < data.length; f++) data[f] = Arrays.copyOfRange(array, f * PER_FIELD, Math.min(n, (f + 1) * PER_FIELD));
        return data;
    }

    /** Declares the arrays and the static initializer that reads them from the class data. */
    void declare(ClassWriter cw) {
        if (!needsClassData()) return;
        int fields = (index.size() + PER_FIELD - 1) / PER_FIELD;
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        String handles = Type.getInternalName(MethodHandles.class);
        mv.visitMethodInsn(INVOKESTATIC, handles, "lookup", "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        mv.visitLdcInsn("_"); // classData's name argument is unused (ConstantDescs.DEFAULT_NAME)
        mv.visitLdcInsn(Type.getType(double[][].class));
        mv.visitMethodInsn(INVOKESTATIC, handles, "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
        mv.visitTypeInsn(CHECKCAST, "[[D");
        for (int f = 0; f < fields; f++) {
            cw.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, FIELD + f, "[D", null, null).visitEnd();
            if (f + 1 < fields) mv.visitInsn(DUP);
            Emitter.push(mv, f);
            mv.visitInsn(AALOAD);
            mv.visitFieldInsn(PUTSTATIC, owner, FIELD + f, "[D");
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
