package org.sgls.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgls.sim.RandomSystems;
import org.sgls.sim.RunOptions;
import org.sgls.sim.RunResult;
import org.sgls.sim.Simulation;

/** Engine output written by {@link RunWriter} passes the independent checker. */
class EngineRunCheckTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aSimulatedRunPassesCheckRun(long seed) throws Exception {
        Path checker = CheckRunTest.findChecker();
        assumeTrue(checker != null && CheckRunTest.python3Works(), "python3 or check-run missing");
        RunResult run = Simulation.run(RandomSystems.generate(seed, 24 * 5), RunOptions.DEFAULT);
        Path out = tmp.resolve("run");
        new RunWriter().write(run, out, RunWriter.Existing.REFUSE);
        Process p = new ProcessBuilder("python3", checker.toString(), out.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        List<String> lines = output.lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ passed, 0 failed"), output);
        assertEquals(0, p.exitValue(), output);
    }
}
