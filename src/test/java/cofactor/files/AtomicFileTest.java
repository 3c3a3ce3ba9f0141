package cofactor.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a save does to each kind of target, checked against the file system itself (ls -l's view of modes and types). */
class AtomicFileTest {
    @TempDir Path dir;

    private static void write(Path file, String text) throws AtomicFile.WriteError {
        write(file.toString(), text);
    }

    private static void write(String file, String text) throws AtomicFile.WriteError {
        AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String sh(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), command + ": " + out);
        return out;
    }

    @Test void createsAFileWithTheUmasksPermissions() throws Exception {
        Path f = dir.resolve("new.cof");
        write(f, "x = 1\n");
        assertEquals("x = 1\n", Files.readString(f));
        // The shell's umask is the process's (inherited); a new file is 0666 without its bits.
        int umask = Integer.parseInt(sh("umask"), 8);
        assertEquals(Integer.toOctalString(0666 & ~umask), sh("stat -c %a " + f));
        assertEquals(List.of("new.cof"), listing());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"644", "600", "664", "640", "444"})
    void anExistingFileKeepsItsMode(String mode) throws Exception {
        Path f = dir.resolve("kept.cof");
        Files.writeString(f, "old\n");
        sh("chmod " + mode + " " + f);
        write(f, "new\n");
        assertEquals("new\n", Files.readString(f));
        assertEquals(mode, sh("stat -c %a " + f));
        assertEquals(List.of("kept.cof"), listing());
    }

    @Test void rootKeepsAnotherUsersFileTheirs() throws Exception {
        assumeTrue(sh("id -u").equals("0"), "only root can give a file to another user");
        Path f = dir.resolve("theirs.cof");
        Files.writeString(f, "old\n");
        sh("chown 65534:65534 " + f);
        write(f, "new\n");
        assertEquals("65534:65534", sh("stat -c %u:%g " + f));
        assertEquals("new\n", Files.readString(f));
    }

    @Test void writesThroughASymbolicLink() throws Exception {
        Path real = dir.resolve("real.cof"), link = dir.resolve("link.cof");
        Files.writeString(real, "old\n");
        sh("chmod 640 " + real);
        Files.createSymbolicLink(link, real.getFileName());
        write(link, "new\n");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new\n", Files.readString(real));
        assertEquals("640", sh("stat -c %a " + real));
        assertEquals(List.of("link.cof", "real.cof"), listing());
    }

    @Test void refusesALinkToNothing() throws Exception {
        Path link = dir.resolve("dangling.cof");
        Files.createSymbolicLink(link, dir.resolve("missing.cof"));
        AtomicFile.WriteError e = assertThrows(AtomicFile.WriteError.class, () -> write(link, "x"));
        assertEquals("cannot write " + link + ": it is a symbolic link to a file that does not exist", e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(List.of("dangling.cof"), listing());
    }

    @Test void refusesANamedPipe() throws Exception {
        Path fifo = dir.resolve("pipe.cof");
        sh("mkfifo " + fifo);
        AtomicFile.WriteError e = assertThrows(AtomicFile.WriteError.class, () -> write(fifo, "x"));
        assertEquals("cannot write " + fifo + ": it is a named pipe (FIFO), not a regular file", e.getMessage());
        assertEquals("fifo", sh("stat -c %F " + fifo));
        assertEquals(List.of("pipe.cof"), listing());
    }

    @Test void refusesADeviceAndALinkToIt() throws Exception {
        AtomicFile.WriteError e = assertThrows(AtomicFile.WriteError.class, () -> write("/dev/null", "x"));
        assertEquals("cannot write /dev/null: it is a character device, not a regular file", e.getMessage());
        Path link = dir.resolve("null.cof");
        Files.createSymbolicLink(link, Path.of("/dev/null"));
        e = assertThrows(AtomicFile.WriteError.class, () -> write(link, "x"));
        assertEquals("cannot write " + link + ": it is a character device, not a regular file", e.getMessage());
        assertEquals("character special file", sh("stat -c %F /dev/null"));
        Files.delete(link); // JUnit warns about links out of its directory
    }

    @Test void refusesADirectoryAndTheRoot() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        for (String name : new String[] {sub.toString(), sub + "/", "/"}) {
            AtomicFile.WriteError e = assertThrows(AtomicFile.WriteError.class, () -> write(name, "x"));
            assertEquals("cannot write " + name + ": it is a directory", e.getMessage());
        }
        assertTrue(Files.isDirectory(sub));
        assertEquals(List.of("sub"), listing());
    }

    @Test void reportsAMissingDirectory() {
        Path f = dir.resolve("no/such/dir/s.cof");
        AtomicFile.WriteError e = assertThrows(AtomicFile.WriteError.class, () -> write(f, "x"));
        assertEquals("cannot write " + f + ": no such directory " + f.getParent(), e.getMessage());
        AtomicFile.WriteError slash = assertThrows(AtomicFile.WriteError.class, () -> write(dir + "/out/", "x"));
        assertEquals("cannot write " + dir + "/out/: a file name must not end in /", slash.getMessage());
    }

    @Test void reportsANameThatIsNoPath() {
        AtomicFile.WriteError e = assertThrows(AtomicFile.WriteError.class, () -> write("a\0b", "x"));
        assertEquals("cannot write a\0b: not a valid file name", e.getMessage());
        assertEquals("cannot write \"\": the file name is empty",
                assertThrows(AtomicFile.WriteError.class, () -> write("", "x")).getMessage());
    }

    @Test void aFailedWriteLeavesTheOldFileAndNoTemporary() throws Exception {
        Path f = dir.resolve("keep.cof");
        Files.writeString(f, "old\n");
        AtomicFile.WriteError e = assertThrows(AtomicFile.WriteError.class, () -> AtomicFile.write(f.toString(), out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + f + ": No space left on device", e.getMessage());
        assertThrows(UncheckedIOException.class, () -> AtomicFile.write(f.toString(), out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new UncheckedIOException(new IOException("encoder failed"));
        }));
        assertEquals("old\n", Files.readString(f));
        assertEquals(List.of("keep.cof"), listing());
    }

    @Test void aReadOnlyDirectoryIsACleanError() throws Exception {
        assumeTrue(!sh("id -u").equals("0"), "root writes into read-only directories");
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        AtomicFile.WriteError e = assertThrows(AtomicFile.WriteError.class, () -> write(ro.resolve("s.cof"), "x"));
        assertEquals("cannot write " + ro.resolve("s.cof") + ": permission denied", e.getMessage());
    }

    /**
     * A process stopped (SIGTERM) while it writes removes its temporary file: the write
     * below never finishes, so only the shutdown hook can have deleted it.
     */
    @Test void aStoppedProcessLeavesNoTemporary() throws Exception {
        Path f = dir.resolve("slow.cof");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EndlessWrite.class.getName(), f.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("writing", r.readLine());
            assertEquals(1, listing().size(), "the temporary file exists while writing: " + listing());
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process ends on SIGTERM");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of(), listing());
        assertFalse(Files.exists(f, LinkOption.NOFOLLOW_LINKS));
    }

    /** Starts a write that never ends, after saying so on stdout. */
    public static final class EndlessWrite {
        public static void main(String[] args) throws Exception {
            AtomicFile.write(args[0], out -> {
                out.write("partial".getBytes(StandardCharsets.UTF_8));
                System.out.println("writing");
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    throw new IOException("interrupted");
                }
            });
        }
    }
}
