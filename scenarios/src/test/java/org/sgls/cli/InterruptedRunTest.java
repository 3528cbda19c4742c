package org.sgls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped half-way, the real way: {@code sgls run} in its own JVM, stopped by SIGINT (Ctrl-C), SIGTERM
 * or SIGKILL while it simulates or while it writes. Whatever stops it, no folder under the requested name
 * appears; at most a hidden {@code .<name>.tmp-<pid>} remains (only after SIGKILL while writing), and the
 * next run into that folder removes it.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class InterruptedRunTest {
    /** The repository root: surefire runs in the module's folder. */
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    /** CPU time after which the run is surely simulating: JVM start and reading take under a second. */
    private static final Duration BUSY = Duration.ofSeconds(2);
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path tmp;
    private Path runs;
    private Path out;

    @BeforeEach
    void folders() throws IOException {
        runs = Files.createDirectory(tmp.resolve("runs"));
        out = runs.resolve("year");
    }

    @Test
    void ctrlCStopsTheRunWithAMessageAndWritesNothing() throws Exception {
        Process p = start("test-2zone");
        awaitSimulating(p);
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
        assertEquals(130, exit(p));
        assertEquals("sgls: interrupted; no output written\n", stderr());
        assertEquals("", stdout());
        assertEquals(List.of(), entries(runs));
    }

    @Test
    void sigtermStopsTheRunTheSameWay() throws Exception {
        Process p = start("test-2zone");
        awaitSimulating(p);
        p.destroy();
        assertEquals(143, exit(p));
        assertEquals("sgls: interrupted; no output written\n", stderr());
        assertEquals(List.of(), entries(runs));
    }

    @Test
    void sigkillWhileSimulatingLeavesNothing() throws Exception {
        Process p = start("test-2zone");
        awaitSimulating(p);
        p.destroyForcibly();
        assertEquals(137, exit(p));
        assertEquals(List.of(), entries(runs));
    }

    @Test
    void sigkillWhileWritingLeavesOnlyAHiddenTemporaryFolderThatTheNextRunRemoves() throws Exception {
        // a month of the bundled year: a few seconds to simulate, tens of milliseconds to write
        Path scenario = slice(tmp.resolve("a-month"), 24 * 30);
        Process p = start(scenario.toString());
        Path temporary = runs.resolve(".year.tmp-" + p.pid());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(temporary)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                fail("the run never started writing: exit " + (p.isAlive() ? "none" : p.exitValue()) + ", " + stderr());
            }
            Thread.sleep(1);
        }
        p.destroyForcibly();
        assertEquals(137, exit(p));

        assertFalse(Files.exists(out), "no folder under the requested name");
        assertEquals(List.of(temporary.getFileName().toString()), entries(runs), "only the hidden temporary folder");
        assertFalse(Files.exists(temporary.resolve("summary.json")) && Files.exists(temporary.resolve("scenario.json")),
                "killed before the writer finished: " + entries(temporary));

        // the next run into the same folder (here in-process, a tiny scenario) clears what the dead one left
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"run", tiny().toString(), "--out", out.toString(), "-q"},
                new PrintWriter(new StringWriter()), new PrintWriter(err), Engine.DEFAULT, HOME);
        assertEquals(0, status, err.toString());
        assertEquals(List.of("year"), entries(runs));
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
    }

    private Process start(String scenario) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-cp", System.getProperty("java.class.path"),
                "-Dsgls.home=" + HOME, "org.sgls.cli.Main", "run", scenario, "--out", out.toString(), "--quiet"));
        return new ProcessBuilder(command).redirectOutput(tmp.resolve("stdout.txt").toFile())
                .redirectError(tmp.resolve("stderr.txt").toFile()).start();
    }

    /** Waits until the run has used {@link #BUSY} of CPU time (it is then simulating: a year takes far more). */
    private static void awaitSimulating(Process p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.info().totalCpuDuration().orElse(Duration.ZERO).compareTo(BUSY) < 0) {
            assertTrue(p.isAlive(), "the run ended early: exit " + (p.isAlive() ? "" : p.exitValue()));
            assertTrue(System.nanoTime() < deadline, "the run did not get going within 60 s");
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the run ended before it could be stopped");
    }

    private static int exit(Process p) throws InterruptedException {
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the run did not stop");
        return p.exitValue();
    }

    private String stderr() throws IOException {
        return Files.readString(tmp.resolve("stderr.txt"), StandardCharsets.UTF_8);
    }

    private String stdout() throws IOException {
        return Files.readString(tmp.resolve("stdout.txt"), StandardCharsets.UTF_8);
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The first {@code steps} hours of the bundled test-2zone, as a scenario folder of its own. */
    private static Path slice(Path dir, int steps) throws IOException {
        Path bundled = HOME.resolve("scenarios/bundled/test-2zone");
        Files.createDirectories(dir);
        String json = Files.readString(bundled.resolve("scenario.json"));
        String sliced = json.replace("\"steps\": 8760,", "\"steps\": " + steps + ",");
        assertFalse(sliced.equals(json), "test-2zone no longer states \"steps\": 8760");
        Files.writeString(dir.resolve("scenario.json"), sliced);
        try (Stream<String> lines = Files.lines(bundled.resolve("profiles.csv"))) {
            Files.write(dir.resolve("profiles.csv"), lines.limit(steps + 1L).toList());
        }
        return dir;
    }

    /** A one-zone, four-hour scenario. */
    private Path tiny() throws IOException {
        return Files.writeString(tmp.resolve("tiny.json"), """
                {"schema_version": 1, "name": "tiny", "start": "2030-01-01T00:00",
                 "profiles": {"demand": [100, 120, 110, 90]},
                 "components": [
                   {"id": "load", "kind": "load", "profile": "demand"},
                   {"id": "coal", "kind": "coal", "template": "new", "pmax_mw": 300, "fuel_price_per_tce": 900,
                    "fuel_tce_per_h": 7, "fuel_tce_per_mwh": 0.27, "on_initial": true}]}
                """);
    }
}
