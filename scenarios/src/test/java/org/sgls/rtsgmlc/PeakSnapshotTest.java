package org.sgls.rtsgmlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sgls.metrics.Summary;
import org.sgls.model.Scenario;
import org.sgls.model.ThermalUnit;
import org.sgls.sim.RunOptions;
import org.sgls.sim.RunResult;
import org.sgls.sim.Simulation;

/**
 * The published reference: RTS-GMLC's MATPOWER case at the 8,550 MW peak with renewables off
 * ({@code reference_results/matpower/RTS_GMLC.m}), whose {@code rundcopf} objective is 225,806.07 $/h (96 units
 * on line, 9,076 MW, no line binding). Dispatched by the engine from the imported units.
 */
class PeakSnapshotTest {
    /** MATPOWER-out.txt: "Objective Function Value = 225806.07 $/hr". */
    static final double PUBLISHED_PER_H = 225_806.07;
    /** The tolerance. */
    static final double RELATIVE = 1e-4;

    /**
     * RTS_GMLC.m was written (Dec 2018) before upstream's "fixing nuclear heat rate error" (commit 6f5da5c,
     * Sep 2019) set the nuclear unit's incremental heat rates from 10,000 to 0 BTU/kWh, so its curve in the file
     * rises 8.1035 $/MWh from 396 to 400 MW. With that curve the case is the file's.
     */
    static RtsData asInTheCaseFile(RtsData data) {
        return data.withGenerator("121_NUCLEAR_1", g -> g.withIncrementalHeatRates(10_000, 10_000, 10_000));
    }

    @Test
    void theEnginesDispatchOfThePeakCaseIsMatpowersObjective() {
        Scenario peak = PeakSnapshot.build(asInTheCaseFile(RtsFixture.data()));
        assertEquals(96 - 3, peak.system().all(ThermalUnit.class).size() + 20); // 3 condensers have no MW
        double onLineMw = peak.system().all(ThermalUnit.class).stream().mapToDouble(ThermalUnit::pmaxMw).sum() + 1000;
        assertEquals(9_076, onLineMw, 1e-9);
        double cost = totalCost(peak);
        assertEquals(PUBLISHED_PER_H, cost, RELATIVE * PUBLISHED_PER_H);
        // the figure to the cent: an independent LP (scipy HiGHS) of the same case gave 225,806.0715
        assertEquals(225_806.0715, cost, 0.01);
    }

    @Test
    void withTodaysNuclearCurveThePeakCostsTheNuclearUnitsFourMegawattsLess() {
        // the difference is exactly the old curve's rise: 4 MW x 10,000 BTU/kWh x 0.81035 $/MMBtu = 32.414 $/h
        double cost = totalCost(PeakSnapshot.build(RtsFixture.data()));
        assertEquals(225_806.0715 - 32.414, cost, 0.01);
    }

    @Test
    void everyImportedCostCurveIsTheCaseFilesButTheNuclearOne() throws IOException {
        Map<String, double[]> gencost = gencost();
        Scenario peak = PeakSnapshot.build(RtsFixture.data());
        int compared = 0;
        for (ThermalUnit u : peak.system().all(ThermalUnit.class)) {
            double[] row = gencost.get(u.id());
            double worst = 0;
            for (int k = 0; k < row.length; k += 2) {
                worst = Math.max(worst, Math.abs(u.costCurve().costPerH(row[k]) - row[k + 1]));
            }
            if (u.id().equals("121_NUCLEAR_1")) {
                assertEquals(32.414, worst, 1e-3);
            } else {
                // the file prints MW and $/h to 5 decimals: a rounded MW at up to 125 $/MWh is 6e-4 $/h off
                assertTrue(worst < 1e-3, u.id() + " differs by " + worst + " $/h");
                compared++;
            }
        }
        assertEquals(72, compared);
    }

    private static double totalCost(Scenario scenario) {
        RunResult run = Simulation.run(scenario, RunOptions.DEFAULT);
        Map<String, Object> s = Summary.of(scenario.name(), run.components(), run.results(), run.stats());
        assertEquals(8_550, ((Number) s.get("demand_mwh")).doubleValue(), 1e-6);
        assertEquals(0.0, ((Number) s.get("shed_mwh")).doubleValue());
        assertEquals(0, ((Number) s.get("startups")).intValue());
        return ((Number) s.get("total_cost")).doubleValue();
    }

    /** GEN UID to the x1 y1 ... x4 y4 of its row in RTS_GMLC.m's gencost (model 1: piecewise linear). */
    private static Map<String, double[]> gencost() throws IOException {
        String m = Files.readString(RtsFixture.dataDir().resolve("reference_results/matpower/RTS_GMLC.m"));
        List<String> names = new ArrayList<>();
        Matcher n = Pattern.compile("'([0-9A-Z_]+)'\\s+'[A-Z_]+'\\s+'[A-Za-z_]+';").matcher(block(m, "gen_name"));
        while (n.find()) {
            names.add(n.group(1));
        }
        List<String> rows = block(m, "gencost").lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        assertEquals(158, names.size());
        assertEquals(158, rows.size());
        Map<String, double[]> out = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split("\\s+");
            int points = (int) Double.parseDouble(cells[3]);
            double[] xy = new double[2 * points];
            for (int k = 0; k < xy.length; k++) {
                xy[k] = Double.parseDouble(cells[4 + k]);
            }
            out.put(names.get(i), xy);
        }
        return out;
    }

    private static String block(String m, String name) {
        Matcher b = Pattern.compile("mpc\\." + name + " = [\\[{](.*?)[\\]}];", Pattern.DOTALL).matcher(m);
        assertTrue(b.find(), name);
        return b.group(1);
    }
}
