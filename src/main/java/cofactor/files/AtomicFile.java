package cofactor.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file the user named ({@code :save}, {@code plot(..., file = ...)}) the way an
 * editor saves: the bytes go to a temporary file beside the target, are flushed to disk,
 * and the temporary file is renamed over the target, so a failed or interrupted write
 * never leaves a half-written file. The choices:
 * <ul>
 * <li>Only regular files are written. A directory, device, FIFO or socket is refused:
 *     renaming over {@code /dev/null} would replace the device node with a file.</li>
 * <li>A symbolic link is written through, as vim and Emacs do: the regular file it
 *     points to is replaced and the link stays. A link to nothing is refused.</li>
 * <li>An existing file keeps its permission bits, and its owner and group where the
 *     process may set them (root can); a new file gets the permissions the umask
 *     allows, like any program's new file. Other hard links to an existing file keep
 *     the old contents: the rename gives the name a new file.</li>
 * <li>The temporary file is removed on every path: after an error, and by a shutdown
 *     hook when the process is stopped while writing (SIGINT, SIGTERM; only SIGKILL
 *     or a power cut can leave one behind).</li>
 * </ul>
 * Every failure is a {@link WriteError} whose message is a sentence for the user.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** What to write; the stream is the temporary file's and is closed by {@link #write}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A write that did not happen, said in words ("cannot write /: it is a directory"). */
    public static final class WriteError extends Exception {
        WriteError(String name, String reason) {
            super("cannot write " + name + ": " + reason);
        }
    }

    /** Replaces (or creates) the regular file {@code name} with what {@code content} writes. */
    public static void write(String name, Content content) throws WriteError {
        Path target = regularTarget(name);
        Path dir = target.getParent();
        Path tmp = null;
        try {
            PosixFileAttributes old = Files.exists(target) ? posix(target) : null;
            tmp = createTemporary(dir, target.getFileName().toString());
            if (old != null) Files.setPosixFilePermissions(tmp, old.permissions()); // before any byte is written
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(ch)) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            if (old != null) keepOwner(tmp, old);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new WriteError(name, reason(e, dir));
        } finally {
            if (tmp != null) discard(tmp);
        }
    }

    /**
     * The path to replace: {@code name} itself, or the file a symbolic link at {@code name}
     * points to; refused when that is anything but a regular file or a place for a new one.
     */
    private static Path regularTarget(String name) throws WriteError {
        if (name.isEmpty()) throw new WriteError("\"\"", "the file name is empty");
        Path path;
        try {
            path = Path.of(name).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new WriteError(name, "not a valid file name");
        }
        if (Files.isSymbolicLink(path)) {
            try {
                path = path.toRealPath();
            } catch (NoSuchFileException e) {
                throw new WriteError(name, "it is a symbolic link to a file that does not exist");
            } catch (IOException e) {
                throw new WriteError(name, reason(e, path.getParent()));
            }
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) throw new WriteError(name, "it is a directory");
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new WriteError(name, "it is " + kind(path) + ", not a regular file");
        }
        // "out/" means a directory; Path drops the slash, so it is read here ("/" itself is the root).
        if (name.endsWith("/") || name.endsWith(path.getFileSystem().getSeparator())) {
            throw new WriteError(name, "a file name must not end in " + path.getFileSystem().getSeparator());
        }
        return path;
    }

    /** A file that is neither regular nor a directory, named by the type bits of its mode. */
    private static String kind(Path path) {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file"; // no unix view on this file system
        }
    }

    private static PosixFileAttributes posix(Path file) throws IOException {
        try {
            return Files.readAttributes(file, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            return null; // not a POSIX file system: there is no mode to keep
        }
    }

    /**
     * A new empty file beside the target. Created without explicit permissions, so the
     * operating system applies the umask to 0666, which is what a new target should get.
     */
    private static Path createTemporary(Path dir, String targetName) throws IOException {
        while (true) {
            Path tmp = dir.resolve("." + targetName + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
            Pending.add(tmp);
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                Pending.remove(tmp); // someone else's; draw another name
            } catch (IOException e) {
                Pending.remove(tmp);
                throw e;
            }
        }
    }

    /**
     * Root replacing another user's file gives it back to that user; anyone else cannot
     * give a file away, and then the new file is theirs, as with any rename-based save.
     */
    private static void keepOwner(Path tmp, PosixFileAttributes old) {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        try {
            PosixFileAttributes now = view.readAttributes();
            if (!now.group().equals(old.group())) view.setGroup(old.group());
            if (!now.owner().equals(old.owner())) view.setOwner(old.owner());
        } catch (IOException notPermitted) {
            // keep the file as the process's own: its contents and mode are what matter
        }
    }

    private static void discard(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // nothing better to do: the write's own outcome has been reported
        }
        Pending.remove(tmp);
    }

    /** The operating system's reason, without Java's exception names. */
    private static String reason(IOException e, Path dir) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such directory " + dir;
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String r = f.getReason(); // "Read-only file system"
            return Character.toLowerCase(r.charAt(0)) + r.substring(1);
        }
        return e.getMessage() == null ? "write failed" : e.getMessage();
    }

    /** Temporary files being written, deleted at exit if the process is stopped mid-write. */
    private static final class Pending {
        private static final Set<Path> files = ConcurrentHashMap.newKeySet();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (Path p : files) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // exiting: nothing to report to
                    }
                }
            }, "cofactor-temporary-files"));
        }

        static void add(Path p) { files.add(p); }

        static void remove(Path p) { files.remove(p); }
    }
}
