package cofactor.expr;

/**
 * Ascending sorts of short primitive arrays (up to a few hundred entries) without
 * {@link java.util.Arrays#sort(long[])}: on JDK 21 and later that goes through
 * DualPivotQuicksort's method references, whose first call in a process links method
 * handles and generates their classes, about 10 ms of a one-line run that sorts a few
 * dozen keys (the start-up cache does not keep them). A Shell sort with Ciura's gaps
 * (Ciura 2001, "Best increments for the average case of Shellsort") is a few loops
 * the interpreter runs quickly, and near an insertion sort for the shortest arrays.
 */
public final class ShellSort {
    private ShellSort() {}

    private static final int[] GAPS = {1, 4, 10, 23, 57, 132, 301, 701};

    /** Sorts a[0 … n-1] ascending as signed longs. */
    public static void sort(long[] a, int n) {
        for (int g = GAPS.length - 1; g >= 0; g--) {
            int gap = GAPS[g];
            for (int i = gap; i < n; i++) {
                long k = a[i];
                int j = i;
                for (; j >= gap && a[j - gap] > k; j -= gap) a[j] = a[j - gap];
                a[j] = k;
            }
        }
    }

    /** Sorts a[0 … n-1] ascending. */
    public static void sort(int[] a, int n) {
        for (int g = GAPS.length - 1; g >= 0; g--) {
            int gap = GAPS[g];
            for (int i = gap; i < n; i++) {
                int k = a[i];
                int j = i;
                for (; j >= gap && a[j - gap] > k; j -= gap) a[j] = a[j - gap];
                a[j] = k;
            }
        }
    }
}
