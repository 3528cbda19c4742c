package org.sgls.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgls.fixtures.TinyRunFactory;
import org.sgls.sim.RunResult;

/**
 * The independent checker ({@code ../shared/tools/check-run}) agrees with a folder written by {@link RunWriter}:
 * physics of the hand-made rows and every summary number. Skipped where python3 or the checker is missing.
 */
class CheckRunTest {
    @TempDir
    Path tmp;

    @Test
    void checkRunPassesOnTheTinyRun() throws Exception {
        assertPasses(tinyRun());
    }

    @Test
    void checkRunPassesWithNoiseAndFractionalValues() throws Exception {
        RunResult run = tinyRun();
        // solver-like noise below the shed threshold, and an awkward fraction that must round-trip
        run.results().column("city", "shed_mw")[0] = 0.0009;
        run.results().column("city", "p_mw")[0] = -65 + 0.0009;
        run.results().column("l1", "flow_mw")[0] = 65 - 0.0009;
        run.results().column("exp1", "p_mw")[0] = -30 + 0.0009;
        assertPasses(run);
    }

    /** The tiny run as it is, unserved hydrogen included: total_cost is the contract formula alone. */
    private static RunResult tinyRun() {
        return TinyRunFactory.create();
    }

    private void assertPasses(RunResult run) throws Exception {
        Path checker = findChecker();
        assumeTrue(checker != null, "../shared/tools/check-run not found");
        assumeTrue(python3Works(), "python3 not available");
        Path out = tmp.resolve("run");
        new RunWriter().write(run, out, RunWriter.Existing.REFUSE);
        Process p = new ProcessBuilder("python3", checker.toString(), out.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        List<String> lines = output.lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("\\d+ passed, 0 failed"), output);
        assertEquals(0, p.exitValue(), output);
        // every summary check ran (none skipped for lack of data)
        assertTrue(output.contains("PASS summary: total cost"), output);
        assertTrue(output.contains("PASS summary: coal gce per kWh"), output);
    }

    /** {@code -Dsgls.checkRun=...}, else {@code shared/tools/check-run} beside an ancestor of the working dir. */
    static Path findChecker() {
        String configured = System.getProperty("sgls.checkRun");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/tools/check-run");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static boolean python3Works() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
