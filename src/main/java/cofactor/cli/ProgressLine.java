package cofactor.cli;

import cofactor.guard.Progress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The status line of a statement that runs over a second: elapsed time, what runs, and the
 * fraction done where the work has an estimate (a determinant's term products, an
 * optimizer's step limit). A timer thread reads the statement's {@link Progress} a few
 * times a second and redraws the line on its {@link Screen}; {@link #end()} erases it before
 * the result or the error shows. The REPL shows it; files, {@code -e} and pipes only with
 * {@code --progress}; a notebook as an output that updates.
 */
public final class ProgressLine implements AutoCloseable {
    private static final long SHOW_AFTER_MILLIS = 1000, EVERY_MILLIS = 250;

    /** Where the line shows: rewritten in place on a terminal, an output updated in place in a notebook. */
    public interface Screen {
        /** Shows {@code line} where the previous one was. */
        void show(String line);

        /** Takes away the line, if one shows. */
        void erase();
    }

    private final Screen screen;
    private final String howToStop;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cofactor-progress");
        t.setDaemon(true);
        return t;
    });
    private Progress watched;         // guarded by this: the statement's meter, null between statements
    private java.util.concurrent.Future<?> drawing; // guarded by this

    /** Draws on {@code screen}, ending with {@code howToStop} ("Ctrl-C stops it"). */
    public ProgressLine(Screen screen, String howToStop) {
        this.screen = screen;
        this.howToStop = howToStop;
    }

    /** On a terminal: {@code out} (standard error, or the REPL's terminal) at most {@code width} - 1 characters wide (0: 80). */
    ProgressLine(PrintStream out, IntSupplier width) { this(new TerminalLine(out, width), "Ctrl-C stops it"); }

    /** A statement starts: its meter, which the line shows from a second on. */
    public synchronized Progress begin() {
        Progress meter = new Progress();
        watched = meter;
        long start = System.nanoTime();
        drawing = timer.scheduleAtFixedRate(() -> draw(meter, start), SHOW_AFTER_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        return meter;
    }

    /** The statement ended: the line goes, so the result prints where it began. */
    public synchronized void end() {
        if (drawing != null) drawing.cancel(false);
        drawing = null;
        watched = null;
        screen.erase();
    }

    private synchronized void draw(Progress meter, long start) {
        if (watched != meter) return; // a late tick of a statement that has ended
        screen.show(text(meter, (System.nanoTime() - start) / 1e9, howToStop));
    }

    /** "3.2 s  det: 9×9, at most 362880 terms  41%  (Ctrl-C stops it)". */
    static String text(Progress meter, double seconds, String howToStop) {
        StringBuilder sb = new StringBuilder(elapsed(seconds));
        if (!meter.task().isEmpty()) sb.append("  ").append(meter.task());
        double f = meter.fraction();
        if (!Double.isNaN(f)) sb.append("  ").append((int) Math.floor(100 * f)).append('%');
        return sb.append("  (").append(howToStop).append(')').toString();
    }

    static String elapsed(double seconds) {
        if (seconds < 60) return String.format(Locale.ROOT, "%.1f s", seconds);
        long s = (long) seconds;
        return s / 60 + " min " + String.format(Locale.ROOT, "%02d", s % 60) + " s";
    }

    @Override public void close() { timer.shutdownNow(); }
}
