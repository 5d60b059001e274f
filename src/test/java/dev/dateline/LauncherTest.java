package dev.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the {@code dateline} script makes and uses its class-data archives, run by bash with a
 * stand-in for {@code java} that logs its arguments and writes the files it is asked to write.
 */
class LauncherTest {
    private static final String STAND_IN_JAVA = """
            #!/usr/bin/env bash
            echo "$*" >> "$JAVA_LOG"
            for a in "$@"; do
              case "$a" in
                -XX:DumpLoadedClassList=*) echo "java/lang/Object" > "${a#*=}" ;;
                -XX:ArchiveClassesAtExit=*) echo "top" > "${a#*=}" ;;
                -XX:SharedArchiveFile=*) if [[ " $* " == *" -Xshare:dump "* ]]; then echo "base" > "${a#*=}"; fi ;;
              esac
            done
            exit "${JAVA_STATUS:-0}"
            """;

    /** Quiet Maven 3.8 still prints colour codes; this one also fails when asked to. */
    private static final String STAND_IN_MAVEN = """
            #!/usr/bin/env bash
            printf '\\033[0m\\033[0m\\n'
            if [ "${MVN_STATUS:-0}" -ne 0 ]; then echo "[ERROR] COMPILATION ERROR"; exit "$MVN_STATUS"; fi
            echo jar > "$(dirname "$4")/target/dateline.jar"
            """;

    @TempDir
    Path checkout;
    @TempDir
    Path bin;
    private Path target;
    private Path log;

    @BeforeEach
    void aCheckoutWithABuiltJar() throws IOException {
        Files.copy(Path.of("dateline"), checkout.resolve("dateline"));
        Files.createDirectories(checkout.resolve("src/main"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Files.writeString(checkout.resolve("jvm.options"), "-XX:+UseSerialGC\n");
        target = Files.createDirectories(checkout.resolve("target"));
        Files.writeString(target.resolve("dateline.jar"), "jar");
        Instant now = Instant.now();
        // the sources older than the jar, the jar older than anything the script makes
        for (Path old : List.of(checkout.resolve("src/main"), checkout.resolve("pom.xml"))) {
            Files.setLastModifiedTime(old, FileTime.from(now.minus(2, ChronoUnit.HOURS)));
        }
        Files.setLastModifiedTime(target.resolve("dateline.jar"), FileTime.from(now.minus(1, ChronoUnit.HOURS)));
        Path java = bin.resolve("java");
        Files.writeString(java, STAND_IN_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        log = bin.resolve("java.log");
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, STAND_IN_MAVEN);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theFirstRunBuildsTheJarAndPrintsOneLineNotMavensOutput() throws Exception {
        Files.delete(target.resolve("dateline.jar"));

        Output output = runCapturing(0, 0, "--version");

        assertThat(output.status()).isZero();
        assertThat(output.text()).isEqualTo("dateline: building the jar (mvn package)...\n").doesNotContain("\u001b");
        assertThat(target.resolve("dateline.jar")).exists();
    }

    @Test
    void aFailedBuildOfTheJarShowsMavensOutputAndExitsWith3() throws Exception {
        Files.delete(target.resolve("dateline.jar"));

        Output output = runCapturing(1, 0, "build");

        assertThat(output.status()).isEqualTo(3);
        assertThat(output.text()).contains("[ERROR] COMPILATION ERROR")
                .endsWith("dateline: the build of the jar failed; see the Maven output above\n");
        assertThat(calls()).isEmpty();
    }

    @Test
    void theFirstBuildsMakeAStaticArchiveThenOneOnTopWhichEveryLaterCommandUses() throws Exception {
        assertThat(run(0, "build")).isZero();
        List<String> first = calls();
        assertThat(first).hasSize(2);
        assertThat(first.get(0)).contains("-XX:DumpLoadedClassList=" + target.resolve("dateline.classes.new."))
                .endsWith("-jar " + target.resolve("dateline.jar") + " build");
        assertThat(first.get(1)).contains("-Xshare:dump", "-XX:SharedClassListFile=" + target.resolve("dateline.classes.new."),
                "-XX:SharedArchiveFile=" + target.resolve("dateline-base.jsa.new."), "-cp " + target.resolve("dateline.jar"));
        assertThat(filesIn(target)).containsExactlyInAnyOrder("dateline.jar", "dateline-base.jsa");

        assertThat(run(0, "build")).isZero();
        assertThat(calls()).singleElement().asString()
                .contains("-XX:SharedArchiveFile=" + target.resolve("dateline-base.jsa") + " ")
                .contains("-XX:ArchiveClassesAtExit=" + target.resolve("dateline.jsa.new."));
        assertThat(filesIn(target)).containsExactlyInAnyOrder("dateline.jar", "dateline-base.jsa", "dateline.jsa");

        for (String command : List.of("build", "serve")) {
            assertThat(run(0, command)).isZero();
            assertThat(calls()).singleElement().asString()
                    .contains("-XX:SharedArchiveFile=" + target.resolve("dateline-base.jsa") + ":" + target.resolve("dateline.jsa"))
                    .doesNotContain("ArchiveClassesAtExit").doesNotContain("DumpLoadedClassList");
        }
    }

    @Test
    void aFailedBuildRecordsNothingAndKeepsItsExitStatus() throws Exception {
        assertThat(run(1, "build")).isEqualTo(1);

        assertThat(calls()).singleElement().asString().contains("-XX:DumpLoadedClassList=");
        assertThat(filesIn(target)).containsExactly("dateline.jar");
    }

    @Test
    void helpAndOtherCommandsRecordNothing() throws Exception {
        for (String[] args : List.of(new String[] {"build", "--help"}, new String[] {"--version"}, new String[] {"serve"})) {
            assertThat(run(0, args)).isZero();
            assertThat(calls()).singleElement().asString().doesNotContain("-XX:").contains("-jar");
        }
        assertThat(filesIn(target)).containsExactly("dateline.jar");
    }

    @Test
    void aNewJarMakesTheArchivesAgain() throws Exception {
        run(0, "build");
        run(0, "build");
        calls();
        Instant later = Instant.now().plus(1, ChronoUnit.MINUTES);
        Files.setLastModifiedTime(target.resolve("dateline.jar"), FileTime.from(later));

        assertThat(run(0, "check")).isZero();

        assertThat(calls()).hasSize(2).first().asString().contains("-XX:DumpLoadedClassList=");
        assertThat(filesIn(target)).containsExactlyInAnyOrder("dateline.jar", "dateline-base.jsa");
    }

    private int run(int javaStatus, String... args) throws Exception {
        return runCapturing(0, javaStatus, args).status();
    }

    private record Output(int status, String text) {
    }

    private Output runCapturing(int mavenStatus, int javaStatus, String... args) throws Exception {
        List<String> command = Stream.concat(Stream.of("bash", checkout.resolve("dateline").toString()), Stream.of(args)).toList();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("JAVA_LOG", log.toString());
        builder.environment().put("JAVA_STATUS", Integer.toString(javaStatus));
        builder.environment().put("MVN_STATUS", Integer.toString(mavenStatus));
        builder.environment().remove("DATELINE_JAVA_OPTS");
        Process process = builder.start();
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Output(process.exitValue(), text);
    }

    /** The stand-in's calls since the last look, one line of arguments each. */
    private List<String> calls() throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(log);
        Files.delete(log);
        return lines;
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
