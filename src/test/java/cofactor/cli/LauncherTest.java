package cofactor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./cofactor}, run by bash on a copy of the project laid out in a temporary
 * directory: a stand-in {@code java} (a JDK directory with a release file) prints the command
 * line it was given, and a stand-in {@code mvn} records that it built. Modification times are set
 * to fixed instants, so which file is newer never depends on when the test runs.
 */
class LauncherTest {
    private static final FileTime SOURCES = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    private static final FileTime BUILT = FileTime.from(Instant.parse("2021-01-01T00:00:00Z"));
    private static final FileTime EDITED = FileTime.from(Instant.parse("2022-01-01T00:00:00Z"));

    @TempDir Path dir;
    private Path project, source;

    @BeforeEach
    void layOut() throws IOException {
        project = Files.createDirectories(dir.resolve("proj"));
        Files.copy(Path.of("cofactor"), project.resolve("cofactor"));
        executable(project.resolve("cofactor"));
        source = Files.writeString(Files.createDirectories(project.resolve("src/main/java/cofactor")).resolve("A.java"), "class A {}\n");
        Files.writeString(Files.createDirectories(project.resolve("grammar")).resolve("Cofactor.g4"), "grammar Cofactor;\n");
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(project.resolve("target/lib"));
        Files.writeString(project.resolve("target/cofactor.jar"), "a jar\n");
        Files.writeString(project.resolve("target/classpath"), "lib/a.jar:lib/b.jar"); // as the build writes it: no newline
        sourcesAt(SOURCES);
        Files.setLastModifiedTime(project.resolve("target/cofactor.jar"), BUILT);
        jdk("jdk25", "25.0.3");
        jdk("jdk17", "17.0.15");
        // mvn stands in for the build: it records that it ran and leaves a jar newer than every source
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\necho built >> \"" + dir.resolve("builds") + "\"\ntouch target/cofactor.jar\n");
        executable(bin.resolve("mvn"));
    }

    /** Every source file and directory (find -newer sees a directory's time too: a file added to it). */
    private void sourcesAt(FileTime t) throws IOException {
        for (String top : List.of("src", "grammar", "pom.xml")) {
            try (var all = Files.walk(project.resolve(top))) {
                for (Path p : all.toList()) Files.setLastModifiedTime(p, t);
            }
        }
    }

    /** A JDK directory whose java makes the start-up cache it is asked for (writing its training's arguments into it) and otherwise prints its arguments, one a line. */
    private void jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name).resolve("bin"));
        Files.writeString(dir.resolve(name).resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_RUNTIME_VERSION=\"" + version + "\"\nJAVA_VERSION=\"" + version + "\"\n");
        Files.writeString(home.resolve("java"), """
                #!/bin/sh
                for a in "$@"; do
                  case "$a" in -XX:AOTCacheOutput=* | -XX:ArchiveClassesAtExit=*) printf '%s\\n' "$@" > "${a#*=}"; exit 0 ;; esac
                done
                for a in "$@"; do echo "$a"; done
                """);
        executable(home.resolve("java"));
    }

    private static void executable(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs {@code launcher} (as given to bash) from {@code cwd} with java from {@code jdk}; returns the arguments java was given. */
    private List<String> launch(Path cwd, String launcher, String jdk, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("COFACTOR_JAVA", dir.resolve(jdk).resolve("bin/java").toString());
        env.remove("COFACTOR_JAVA_OPTS");
        env.put("PATH", dir.resolve("bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }

    private int builds() throws IOException {
        Path log = dir.resolve("builds");
        return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    }

    private String classPath() {
        Path target = project.resolve("target");
        return target.resolve("cofactor.jar") + ":" + target.resolve("lib/a.jar") + ":" + target.resolve("lib/b.jar");
    }

    /** The arguments from the class path on: -cp, the class path, the main class and the program's arguments. */
    private static List<String> fromClassPath(List<String> javaArgs) {
        int at = javaArgs.indexOf("-cp");
        assertTrue(at >= 0, javaArgs.toString());
        return javaArgs.subList(at, javaArgs.size());
    }

    @Test void startsTheJvmWithTheClassPathTheBuildWroteNotTheJar() throws Exception {
        List<String> java = launch(project, "./cofactor", "jdk25", "-e", "1+1");
        assertEquals(List.of("-cp", classPath(), "cofactor.cli.Main", "-e", "1+1"), fromClassPath(java));
        assertFalse(java.contains("-jar"), java.toString());
        // -cp does not read the manifest's Enable-Native-Access: the launcher passes it on JDK 22 and newer
        assertEquals("--enable-native-access=ALL-UNNAMED", java.get(java.indexOf("-cp") - 1));
        assertTrue(java.contains("-XX:AOTCache=" + project.resolve("target/cofactor-25.0.3-Test-e.aot")), java.toString());
    }

    /**
     * On JDK 25 every class in the cache is loaded at start-up: -e statements get a cache trained
     * without the seed sample, files one trained with it. JDK 17's archive loads only what a run
     * asks for, so every run shares one, trained with the sample.
     */
    @Test void onJdk25StatementsAndFilesHaveCachesOfTheirOwn() throws Exception {
        Path statements = project.resolve("target/cofactor-25.0.3-Test-e.aot"), files = project.resolve("target/cofactor-25.0.3-Test.aot");
        assertTrue(launch(project, "./cofactor", "jdk25", "-e", "1+1").contains("-XX:AOTCache=" + statements));
        assertTrue(launch(project, "./cofactor", "jdk25", "x.cof").contains("-XX:AOTCache=" + files));
        assertTrue(launch(project, "./cofactor", "jdk25", "x.cof", "-e", "1+1").contains("-XX:AOTCache=" + files));
        String seed = project.resolve("samples/seed.cof").toString();
        assertFalse(Files.readAllLines(statements).contains(seed));
        assertTrue(Files.readAllLines(statements).contains("-XX:TieredStopAtLevel=1"), "trained as -e statements run");
        assertTrue(Files.readAllLines(files).contains(seed));
        launch(project, "./cofactor", "jdk17", "-e", "1+1");
        assertTrue(Files.readAllLines(project.resolve("target/cofactor-17.0.15-Test.jsa")).contains(seed));
    }

    @Test void onJdk17TheClassPathComesWithoutTheNativeAccessOption() throws Exception {
        List<String> java = launch(project, "./cofactor", "jdk17", "-e", "1+1");
        assertEquals(List.of("-cp", classPath(), "cofactor.cli.Main", "-e", "1+1"), fromClassPath(java));
        assertFalse(java.stream().anyMatch(a -> a.startsWith("--enable-native-access")), java.toString());
        assertTrue(java.contains("-XX:SharedArchiveFile=" + project.resolve("target/cofactor-17.0.15-Test.jsa")), java.toString());
    }

    @Test void aBuildWithoutItsClassPathFileRunsTheJar() throws Exception {
        Files.delete(project.resolve("target/classpath"));
        List<String> java = launch(project, "./cofactor", "jdk25", "x.cof");
        assertEquals(List.of("-jar", project.resolve("target/cofactor.jar").toString(), "x.cof"), java.subList(java.indexOf("-jar"), java.size()));
        assertFalse(java.contains("-cp"), java.toString());
    }

    /** However the launcher is named, the JVM gets the project's absolute directory, the form the start-up cache was made with. */
    @Test void namesTheProjectByItsAbsolutePathHoweverTheLauncherIsCalled() throws Exception {
        List<String> expected = List.of("-cp", classPath(), "cofactor.cli.Main", "1");
        assertEquals(expected, fromClassPath(launch(project, "./cofactor", "jdk25", "1")));
        assertEquals(expected, fromClassPath(launch(project, "cofactor", "jdk25", "1")));
        assertEquals(expected, fromClassPath(launch(dir, "proj/cofactor", "jdk25", "1")));
        assertEquals(expected, fromClassPath(launch(dir, "./proj/cofactor", "jdk25", "1")));
        assertEquals(expected, fromClassPath(launch(dir, "proj/../proj/cofactor", "jdk25", "1")));
        assertEquals(expected, fromClassPath(launch(project.resolve("src"), "../cofactor", "jdk25", "1")));
        assertEquals(expected, fromClassPath(launch(dir.resolve("bin"), project.resolve("cofactor").toString(), "jdk25", "1")));
        assertEquals(0, builds());
    }

    @Test void aSourceEditedAfterTheBuildRebuildsOnceAndOnlyThen() throws Exception {
        launch(project, "./cofactor", "jdk25", "-e", "1");
        assertEquals(0, builds(), "sources older than the jar");
        Files.setLastModifiedTime(source, EDITED); // edited in place: its directory's time does not change
        launch(project, "./cofactor", "jdk25", "-e", "1");
        assertEquals(1, builds(), "a source newer than the jar");
        launch(project, "./cofactor", "jdk25", "-e", "1");
        assertEquals(1, builds(), "the build left the jar newer than every source");
    }

    @Test void aNewSourceFileOrAnEditedGrammarOrPomRebuilds() throws Exception {
        Path added = Files.writeString(project.resolve("src/main/java/cofactor/B.java"), "class B {}\n");
        Files.setLastModifiedTime(added, SOURCES); // a file copied in with its old time: its directory's time is new
        Files.setLastModifiedTime(added.getParent(), EDITED);
        launch(project, "./cofactor", "jdk25", "-e", "1");
        assertEquals(1, builds());
        for (String f : List.of("grammar/Cofactor.g4", "pom.xml")) {
            Files.setLastModifiedTime(project.resolve("target/cofactor.jar"), BUILT);
            sourcesAt(SOURCES);
            Files.setLastModifiedTime(project.resolve(f), EDITED);
            launch(project, "./cofactor", "jdk25", "-e", "1");
        }
        assertEquals(3, builds());
    }
}
