package cofactor.kernel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.zeromq.ZMQException;
import sun.misc.Signal;

/**
 * {@code cofactor kernel install}: registers the kernel with Jupyter for this user.
 * {@code cofactor kernel --connection-file F}: is the kernel, as Jupyter starts it.
 */
public final class KernelCommand {
    static final String USAGE = "usage: cofactor kernel install | cofactor kernel --connection-file FILE";

    private KernelCommand() {}

    /** Runs the subcommand's arguments (after {@code kernel}) and returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && args[0].equals("install")) return install(out, err);
        if (args.length == 2 && args[0].equals("--connection-file")) return serve(args[1], err);
        if (args.length == 1 && args[0].startsWith("--connection-file=")) return serve(args[0].substring("--connection-file=".length()), err);
        err.println("error: kernel: expected install or --connection-file FILE");
        err.println(USAGE);
        return 2;
    }

    private static int install(PrintStream out, PrintStream err) {
        Path dir = KernelSpec.dataDir(System.getenv(), System.getProperty("user.home"), System.getProperty("os.name"));
        try {
            Path file = KernelSpec.install(dir);
            out.println("installed the Cofactor kernel: " + file);
            out.println("jupyter lab (or jupyter notebook) now offers it; jupyter kernelspec list shows it");
            return 0;
        } catch (IOException | InvalidPathException e) {
            err.println("error: kernel install: cannot write the kernelspec under " + dir + ": " + e.getMessage());
            return 1;
        }
    }

    private static int serve(String file, PrintStream err) {
        ConnectionFile connection;
        try {
            connection = ConnectionFile.read(Path.of(file));
        } catch (ConnectionFile.Unusable e) {
            err.println("error: kernel: " + e.getMessage());
            return 2;
        } catch (InvalidPathException e) {
            err.println("error: kernel: " + file + ": not a valid file name");
            return 2;
        }
        Kernel kernel = new Kernel(connection, err);
        // Jupyter interrupts a kernel whose spec asks for signals with SIGINT: that stops the cell, not the kernel
        Signal.handle(new Signal("INT"), s -> kernel.interrupt());
        stopWhenParentEnds(System.getenv("JPY_PARENT_PID"), kernel);
        try {
            kernel.run();
        } catch (ZMQException e) {
            err.println("error: kernel: cannot open its sockets on " + connection.ip() + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /**
     * A kernel whose Jupyter process died (killed, crashed) would serve nobody for ever:
     * like ipykernel's parent poller, it stops when the process Jupyter names in
     * JPY_PARENT_PID is gone.
     */
    private static void stopWhenParentEnds(String parentPid, Kernel kernel) {
        long pid;
        try {
            pid = Long.parseLong(parentPid == null ? "" : parentPid.strip());
        } catch (NumberFormatException e) {
            return; // started by hand or by a client that does not say: nothing to watch
        }
        Thread watch = new Thread(() -> {
            try {
                while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) Thread.sleep(1000);
                kernel.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cofactor-kernel-parent");
        watch.setDaemon(true);
        watch.start();
    }
}
