package org.sgls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgls.dispatch.DispatchFailure;
import org.sgls.dispatch.EconomicDispatch.Attempt;
import org.sgls.dispatch.EconomicDispatch.FailedAttempt;
import org.sgls.io.ScenarioException;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Results;
import org.sgls.model.DispatchSettings;
import org.sgls.model.Kind;
import org.sgls.model.Load;
import org.sgls.model.PowerSystem;
import org.sgls.model.Scenario;
import org.sgls.model.ThermalUnit;
import org.sgls.model.Zone;
import org.sgls.sim.RunOptions;
import org.sgls.sim.RunResult;
import org.sgls.sim.RunStats;
import org.sgls.sim.StepFailure;
import org.sgls.sim.SystemState;
import org.sgls.timeseries.Profile;
import org.sgls.timeseries.TimeAxis;

class MainTest {
    @TempDir
    Path tmp;
    private Path home;
    private Path out;
    private final List<Path> read = new ArrayList<>();
    private RuntimeException failure;
    private RunOptions options;
    private int fallbackWindows;
    private String stdout = "";
    private String stderr = "";

    /** Reads nothing and simulates nothing: returns a two-hour, two-component run. */
    private final Engine fake = new Engine() {
        @Override
        public Scenario read(Path scenarioJson) {
            read.add(scenarioJson);
            if (failure instanceof ScenarioException) {
                throw failure;
            }
            return scenario();
        }

        @Override
        public RunResult run(Scenario scenario, RunOptions runOptions) {
            options = runOptions;
            if (failure != null) {
                throw failure;
            }
            runOptions.listener().stepsDone(2, 2);
            return result(scenario, fallbackWindows);
        }
    };

    @BeforeEach
    void bundle() throws IOException {
        home = tmp.resolve("home");
        Path tiny = Files.createDirectories(home.resolve("scenarios/bundled/tiny"));
        Files.writeString(tiny.resolve("scenario.json"), "{}");
        Files.createDirectories(home.resolve("scenarios/bundled/other"));
        Files.writeString(home.resolve("scenarios/bundled/other/scenario.json"), "{}");
        out = tmp.resolve("runs/tiny");
    }

    @Test
    void anUnknownScenarioNameIsAUserError() {
        assertEquals(2, sgls("run", "nosuch", "--out", out.toString()));
        List<String> lines = stderr.lines().toList();
        assertEquals(2, lines.size(), stderr);
        assertTrue(lines.get(0).startsWith("sgls: error: no scenario named 'nosuch' (looked for "), stderr);
        assertEquals("sgls: error: bundled scenarios: other, tiny", lines.get(1));
        assertNoTrace();
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingFileIsAUserError() {
        Path missing = tmp.resolve("nope.json");
        assertEquals(2, sgls("run", missing.toString(), "--out", out.toString()));
        assertEquals("sgls: error: no such file or folder: " + missing + "\n", stderr);
        assertTrue(read.isEmpty());
    }

    @Test
    void aFolderWithoutScenarioJsonIsAUserError() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertEquals(2, sgls("run", empty.toString(), "--out", out.toString()));
        assertEquals("sgls: error: folder " + empty + " holds no scenario.json\n", stderr);
    }

    @Test
    void aBundledScenarioRunsAndItsFolderIsWritten() {
        assertEquals(0, sgls("run", "tiny", "--out", out.toString()));
        assertEquals(List.of(home.resolve("scenarios/bundled/tiny/scenario.json")), read);
        for (String name : List.of("components.csv", "hourly.csv", "summary.json", "scenario.json")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        assertEquals("", stderr);
        assertTrue(stdout.startsWith("tiny: 2 steps of 1 h\n"), stdout);
        // (2 tce/h x 2 h + 0.3 tce/MWh x 110 MWh) / 110 MWh = 336.36 gce/kWh
        assertTrue(stdout.contains("  coal               336.4 gce/kWh\n"), stdout);
        assertTrue(stdout.contains("  total cost         24,000 CNY\n"), stdout); // 200 x 110 + 1000 x 2
        assertTrue(stdout.endsWith("written to " + out + "\n"), stdout);
    }

    @Test
    void aScenarioFileOrFolderPathRuns() throws IOException {
        Path file = Files.writeString(tmp.resolve("mine.json"), "{}");
        assertEquals(0, sgls("run", file.toString(), "--out", out.toString(), "--quiet"));
        assertEquals("", stdout);
        Path dir = home.resolve("scenarios/bundled/other");
        assertEquals(0, sgls("run", dir.toString(), "--out", tmp.resolve("b").toString(), "-q"));
        assertEquals(List.of(file, dir.resolve("scenario.json")), read);
    }

    @Test
    void anExistingOutputFolderNeedsForce() throws IOException {
        assertEquals(0, sgls("run", "tiny", "--out", out.toString(), "-q"));
        Files.writeString(out.resolve("marker"), "old");
        read.clear();
        assertEquals(2, sgls("run", "tiny", "--out", out.toString()));
        assertEquals("sgls: error: " + out + ": output folder already exists (use --force to replace it)\n", stderr);
        assertTrue(read.isEmpty(), "refused before reading and simulating");
        assertEquals(0, sgls("run", "tiny", "--out", out.toString(), "--force", "-q"));
        assertFalse(Files.exists(out.resolve("marker")));
    }

    @Test
    void anOutputBelowAFileIsAUserError() throws IOException {
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        assertEquals(2, sgls("run", "tiny", "--out", file.resolve("run").toString()));
        assertEquals("sgls: error: cannot create folder " + file + ": " + file + " is a file\n", stderr);
        assertTrue(read.isEmpty(), "refused before reading and simulating");
    }

    @Test
    void anInvalidScenarioListsItsProblems() {
        failure = new ScenarioException("scenario.json: 2 problems\n  $.components[3].pmax_mw: must be >= 0\n"
                + "  $.zones: missing");
        assertEquals(2, sgls("run", "tiny", "--out", out.toString()));
        assertEquals("""
                sgls: error: scenario.json: 2 problems
                sgls: error:   $.components[3].pmax_mw: must be >= 0
                sgls: error:   $.zones: missing
                """, stderr);
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnexpectedErrorIsOneLineAndTheTraceNeedsDebug() {
        failure = new IllegalStateException("window 12: solver said no\nmore detail");
        assertEquals(1, sgls("run", "tiny", "--out", out.toString()));
        assertEquals("""
                sgls: unexpected error: IllegalStateException: window 12: solver said no
                sgls: rerun with --debug for the stack trace
                """, stderr);
        assertFalse(Files.exists(out));

        assertEquals(1, sgls("run", "tiny", "--out", out.toString(), "--debug"));
        assertTrue(stderr.contains("\tat org.sgls.cli."), stderr);
    }

    @Test
    void stepsTheSolverFailedOnAreAWarningAndTheirDumpIsWritten() {
        fallbackWindows = 2;
        assertEquals(0, sgls("run", "tiny", "--out", out.toString(), "-q"));
        assertEquals("sgls: warning: the solver failed on 2 steps; a simpler problem dispatched each "
                + "(fallback_windows in summary.json); the failing inputs are in " + out.resolve("failures")
                + " (docs/output.md)\n", stderr);
        assertTrue(Files.isRegularFile(out.resolve("failures/step-1/failure.json")));
        assertTrue(Files.isRegularFile(out.resolve("failures/step-1/planned.lp")));
    }

    @Test
    void theStepTimeLimitIsAnOption() {
        assertEquals(0, sgls("run", "tiny", "--out", out.toString(), "-q"));
        assertEquals(Duration.ofSeconds(10), options.stepTimeLimit());
        assertEquals(0, sgls("run", "tiny", "--out", tmp.resolve("b").toString(), "-q", "--step-time-limit", "0.25"));
        assertEquals(Duration.ofMillis(250), options.stepTimeLimit());
        assertEquals(2, sgls("run", "tiny", "--out", tmp.resolve("c").toString(), "--step-time-limit", "0"));
        assertEquals("sgls: error: --step-time-limit must be in (0, 86400] seconds, got 0.0\n", stderr);
        assertEquals(2, sgls("run", "tiny", "--out", tmp.resolve("c").toString(), "--step-time-limit", "soon"));
        assertTrue(stderr.startsWith("sgls: error: Invalid value for option '--step-time-limit': 'soon' is not a "
                + "double"), stderr);
    }

    @Test
    void aStepNoFallbackCouldSolveIsReportedWithoutATrace() {
        failure = new DispatchFailure("step 2030-01-01T01:00: every attempt failed (planned: ojAlgo: FAILED; "
                + "no_cost_to_go: ojAlgo: FAILED; previous_commitment: ojAlgo: FAILED; release_units: no answer from "
                + "the solver even with every unit released)");
        assertEquals(1, sgls("run", "tiny", "--out", out.toString()));
        assertEquals("""
                sgls: error: the dispatch failed at step 2030-01-01T01:00: every attempt failed (planned: ojAlgo: \
                FAILED; no_cost_to_go: ojAlgo: FAILED; previous_commitment: ojAlgo: FAILED; release_units: no answer \
                from the solver even with every unit released)
                sgls: no output written; please report this with the scenario
                """, stderr);
        assertFalse(Files.exists(out));
    }

    @Test
    void usageMistakesExitTwo() {
        assertEquals(2, sgls());
        assertTrue(stderr.contains("sgls: error: a command is required"), stderr);
        assertEquals(2, sgls("run", "tiny"));
        assertTrue(stderr.startsWith("sgls: error: Missing required option: '--out=<dir>'\n"), stderr);
        assertEquals(0, sgls("--version"));
    }

    private int sgls(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int status = Main.execute(args, new PrintWriter(o), new PrintWriter(e), fake, home);
        stdout = o.toString();
        stderr = e.toString();
        return status;
    }

    private void assertNoTrace() {
        assertFalse(stderr.contains("Exception"), stderr);
        assertFalse(stderr.contains("\tat "), stderr);
    }

    private static Scenario scenario() {
        TimeAxis axis = new TimeAxis(LocalDateTime.of(2030, 1, 1, 0, 0), 1.0, 2);
        PowerSystem system = new PowerSystem(axis, List.of(new Zone("z", 0, 0)),
                List.of(new Load("city", "z", Profile.of("city", new double[] {50, 60}), 1000),
                        new ThermalUnit("coal1", "z", Kind.COAL, 100, 0.3, null, 50, 50, 1, 1, 0, 500, 2, 0.3, 50,
                                2.66, true, 5, 50)),
                List.of());
        return new Scenario("tiny", "two hours", List.of(), "CNY", 1, system, DispatchSettings.DEFAULT);
    }

    private static RunResult result(Scenario scenario, int fallbackWindows) {
        ComponentTable table = new ComponentTable();
        table.add("city", "load").set("zone", "z").set("shed_cost_per_mwh", 1000.0);
        table.add("coal1", "coal").set("zone", "z").set("pmax_mw", 100.0).set("pmin_mw", 30.0).set("on_initial", 1)
                .set("marginal_cost_per_mwh", 200.0).set("noload_cost_per_h", 1000.0)
                .set("fuel_tce_per_h", 2.0).set("fuel_tce_per_mwh", 0.3).set("co2_t_per_tce", 2.66);
        Results r = new Results(scenario.system().axis());
        fill(r.column("city", "p_mw"), -50, -60);
        fill(r.column("city", "demand_mw"), 50, 60);
        fill(r.column("city", "shed_mw"), 0, 0);
        fill(r.column("coal1", "p_mw"), 50, 60);
        fill(r.column("coal1", "on"), 1, 1);
        fill(r.column("coal1", "pmin_mw"), 30, 30);
        List<StepFailure> failures = new ArrayList<>();
        for (int i = 0; i < fallbackWindows; i++) {
            failures.add(new StepFailure(i, scenario.system().axis().time(i),
                    List.of(new FailedAttempt(Attempt.PLANNED, "ojAlgo: FAILED", "minimize\n")), Attempt.NO_COST_TO_GO,
                    SystemState.initial(scenario.system())));
        }
        return new RunResult(scenario, table, r, new RunStats(0.5, 1 + fallbackWindows, 0, fallbackWindows, 0,
                Map.of("dispatch", 0.4)), failures);
    }

    private static void fill(double[] column, double... values) {
        System.arraycopy(values, 0, column, 0, values.length);
    }
}
