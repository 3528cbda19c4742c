package org.sgls.matpower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgls.io.RunWriter;
import org.sgls.io.ScenarioException;
import org.sgls.io.ScenarioReader;
import org.sgls.io.ScenarioWriter;
import org.sgls.metrics.Summary;
import org.sgls.model.Kind;
import org.sgls.model.Line;
import org.sgls.model.Load;
import org.sgls.model.Scenario;
import org.sgls.model.ThermalUnit;
import org.sgls.sim.RunOptions;
import org.sgls.sim.RunResult;
import org.sgls.sim.Simulation;

/**
 * MATPOWER cases imported and dispatched: the published DC-OPF objectives of case9, case14 and case118 (no line
 * limit binds in them, so the DC-OPF is a copper-plate economic dispatch) within 0.01 %, a piecewise-linear case
 * by hand, and the importer's words for broken files.
 */
class MatpowerImportTest {
    private static final MatpowerImport.Options ONE_HOUR = new MatpowerImport.Options(1, false, Kind.GAS);

    @TempDir
    Path tmp;

    /**
     * Imported as is (a zone per bus, branches as lines with their RATE_A) and dispatched for one hour. The
     * published objectives ({@code shared/data/matpower/README.md}: MATPOWER, Gurobi OptiMods, CURENT AMS) are
     * reached within 0.01 %; the reported cost is the run-output contract's formula on the hourly rows, which the
     * independent checker confirms.
     *
     * <p>case9 by hand: costs 0.11 p1² + 5 p1 + 150, 0.085 p2² + 1.2 p2 + 600, 0.1225 p3² + p3 + 335, load 315 MW,
     * every unit between 10 MW and its rating. Equal marginal costs 2 c2 p + c1 = lambda with p1 + p2 + p3 = 315:
     * lambda (1/0.22 + 1/0.17 + 1/0.245) = 315 + 5/0.22 + 1.2/0.17 + 1/0.245, lambda = 24.0442, so p1 = 86.564,
     * p2 = 134.378, p3 = 94.058 MW (all inside their limits), costing 1407.098 + 2296.127 + 1512.802 = 5216.027.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"case9, 5216.026607", "case14, 7642.591776", "case118, 125947.881417"})
    void thePublishedDcOpfObjectiveIsReached(String name, double publishedPerH) throws Exception {
        Scenario s = MatpowerImport.read(matpower(name + ".m"), ONE_HOUR);
        RunResult run = Simulation.run(s, RunOptions.DEFAULT);
        Map<String, Object> summary = Summary.of(name, run.components(), run.results(), run.stats());
        double cost = (Double) summary.get("total_cost");
        assertTrue(Math.abs(cost - publishedPerH) <= 1e-4 * publishedPerH,
                name + ": " + cost + " vs " + publishedPerH + " (" + (cost / publishedPerH - 1) + ")");
        assertEquals(0.0, (Double) summary.get("shed_mwh"), 0);
        assertEquals(0, ((Number) summary.get("fallback_windows")).intValue());
        if (name.equals("case9")) {
            double[] expected = {86.564, 134.378, 94.058};
            for (int g = 0; g < 3; g++) {
                // within a fine piece (0.2 % of the 250-300 MW ratings) of the exact dispatch
                assertEquals(expected[g], run.results().find("gen" + (g + 1), "p_mw")[0], 0.6, "gen" + (g + 1));
            }
        }
        assertCheckRunPasses(run);
    }

    /**
     * MATPOWER's own piecewise-linear test case (format version 1, bus 3 renumbered 30), on a copper plate:
     * gen1 (bus 1, 90-250 MW) points 0:0, 100:2500, 200:5500, 250:7250 (25, 30, 35 per MWh); gen2 (bus 30,
     * 10-270 MW) 0:0, 200:3000, 300:5000 (15, 20); gen3 (bus 2, 10-300 MW) 24.035 p - 403.5, a negative constant.
     * Load 315 MW; the minimums take 110, the rest goes to gen2's 15 piece (190 MW, to 200 MW) and 15 MW of its
     * 20 piece: gen1 90, gen2 215, gen3 10 MW, cost 2250 + 3300 + (240.35 - 403.5) = 5386.85.
     */
    @Test
    void aPiecewiseLinearCaseOnACopperPlate() {
        Scenario s = MatpowerImport.read(matpower("t_case9_opf.m"), new MatpowerImport.Options(1, true, Kind.COAL));
        assertEquals(1, s.system().zones().size());
        assertEquals(List.of(), s.system().lines());
        RunResult run = Simulation.run(s, RunOptions.DEFAULT);
        assertEquals(90, run.results().find("gen1", "p_mw")[0], 1e-6);
        assertEquals(215, run.results().find("gen2", "p_mw")[0], 1e-6);
        assertEquals(10, run.results().find("gen3", "p_mw")[0], 1e-6);
        Map<String, Object> summary = Summary.of("t", run.components(), run.results(), run.stats());
        assertEquals(5386.85, (Double) summary.get("total_cost"), 1e-6);
    }

    @Test
    void busesBranchesAndGeneratorsBecomeZonesLinesAndUnits() throws IOException {
        Scenario s = MatpowerImport.read(matpower("case9.m"), new MatpowerImport.Options(24, false, Kind.GAS));
        assertEquals(9, s.system().zones().size());
        assertEquals(24, s.system().axis().steps());
        List<Line> lines = s.system().lines();
        assertEquals(9, lines.size());
        assertEquals(new Line("branch3", "bus5", "bus6", 150), lines.get(2));
        Load load = s.system().all(Load.class).get(0);
        assertEquals("load5", load.id());
        assertEquals(90, load.demandMw().at(23), 0);
        ThermalUnit g1 = s.system().all(ThermalUnit.class).get(0);
        assertEquals("bus1", g1.zone());
        assertEquals(250, g1.pmaxMw(), 0);
        assertEquals(10, g1.lowestPminMw(), 1e-12);
        assertEquals(0.11, g1.costC2PerMw2h(), 0);
        assertEquals(5, g1.marginalCostPerMwh(), 0);
        assertEquals(150, g1.noloadCostPerH(), 0);
        assertEquals(1500, g1.startupCost(), 0);
        assertTrue(g1.mustRun() && g1.onInitial());
        assertEquals(72.3, g1.pInitialMw(), 0);
        // the scenario folder reads back to the same system
        Path dir = ScenarioWriter.write(s, tmp.resolve("case9"));
        Scenario back = ScenarioReader.read(dir);
        assertEquals(s.system().all(ThermalUnit.class), back.system().all(ThermalUnit.class));
        assertEquals(s.system().lines(), back.system().lines());
    }

    @Test
    void unlimitedBranchesGetALimitNoFlowCanReach() {
        Scenario s = MatpowerImport.read(matpower("case14.m"), ONE_HOUR);
        // 259 MW of load and 332.4 + 140 + 100 + 100 + 100 MW of generators (case14's ratings): 1032 MW
        assertEquals(1032, s.system().lines().get(0).capacityMw(), 1e-9);
    }

    @Test
    void mistakesAreReportedWithFileAndLine() throws IOException {
        Path file = tmp.resolve("bad.m");
        Files.writeString(file, """
                function mpc = bad
                mpc.bus = [
                	1	3	0	0	0;
                	2	1	50	0	0;
                	2	1	-20	0	0;
                ];
                mpc.gen = [
                	1	0	0	0	0	1	100	1	100	120;
                	7	0	0	0	0	1	100	1	100	0;
                	2	0	0	0	0	1	100	1	100	0;
                	2	0	0	0	0	1	100	1	100	0;
                	2	0	0	0	0	1	100	1	100	0;
                	2	0	0	0	0	1	100	1	100	0;
                ];
                mpc.branch = [
                	1	2	0	0.1	0	-5	0	0	0	0	1;
                	2	2	0	0.1	0	0	0	0	0	0	1;
                ];
                mpc.gencost = [
                	2	0	0	3	0.1	10	0	0	0	0;
                	2	0	0	3	0.1	10	0	0	0	0;
                	2	0	0	4	0.01	0.1	10	0	0	0;
                	2	0	0	3	-0.1	10	0	0	0	0;
                	1	0	0	3	0	0	50	1000	100	1500;
                	3	0	0	3	0	0	0	0	0	0;
                ];
                """, StandardCharsets.UTF_8);
        ScenarioException e = assertThrows(ScenarioException.class, () -> MatpowerImport.read(file, ONE_HOUR));
        String f = file.toString();
        assertEquals(List.of(
                f + ": line 5: bus 2 is listed twice (bus numbers must be unique)",
                f + ": line 8: generator 1 has PMIN 120 and PMAX 100 (PMIN must be in [0, PMAX]; a dispatchable "
                        + "load (PMIN < 0) is not supported)",
                f + ": line 9: generator 2 is at bus 7, which is not in mpc.bus (every bus referred to must be listed)",
                f + ": line 22: generator 3 has a cost polynomial of degree 3 (only degree <= 2 is supported: "
                        + "c2 p² + c1 p + c0)",
                f + ": line 23: generator 4 has c2 = -0.1 (must be >= 0: a concave cost cannot be dispatched by merit "
                        + "order)",
                f + ": line 24: generator 5: the slope into point 3 (10 per MWh) is below the one before (20) (the cost "
                        + "must be convex)",
                f + ": line 25: MODEL 3 for generator 6 (must be 1, piecewise linear, or 2, polynomial)",
                f + ": line 16: RATE_A -5 of branch 1 (must be >= 0; 0 means unlimited)",
                f + ": line 17: branch 2 joins bus 2 to itself (a branch must join two buses)"), e.problems());
    }

    @Test
    void missingTablesAndAMissingFile() throws IOException {
        Path file = tmp.resolve("empty.m");
        Files.writeString(file, "mpc.baseMVA = 100;\nmpc.bus = [1 3 0 0 0];\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> MatpowerImport.read(file, ONE_HOUR));
        assertEquals(List.of(
                file + ": mpc.gen: missing (a case file must give the generators)",
                file + ": mpc.branch: missing (a case file must give the branches)",
                file + ": mpc.gencost: missing (a case file must give the generators' costs)"), e.problems());
        Path none = tmp.resolve("none.m");
        e = assertThrows(ScenarioException.class, () -> MatpowerImport.read(none, ONE_HOUR));
        assertEquals(List.of(none + ": not found (the MATPOWER case file must exist)"), e.problems());
    }

    /** {@code -Dsgls.matpower=DIR}, else {@code shared/data/matpower} beside an ancestor of the working directory. */
    static Path matpower(String file) {
        String configured = System.getProperty("sgls.matpower");
        if (configured != null) {
            return Path.of(configured, file);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/matpower").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "shared/data/matpower/" + file + " not found");
        return null;
    }

    private void assertCheckRunPasses(RunResult run) throws Exception {
        Path checker = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && checker == null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/tools/check-run");
            checker = Files.isRegularFile(candidate) ? candidate : null;
        }
        assumeTrue(checker != null, "shared/tools/check-run not found");
        Path out = tmp.resolve("run");
        new RunWriter().withoutReport().write(run, out, RunWriter.Existing.REFUSE);
        Process p = new ProcessBuilder("python3", checker.toString(), out.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(output.contains("PASS summary: total cost"), output);
        assertTrue(output.strip().endsWith(" passed, 0 failed"), output);
    }
}
