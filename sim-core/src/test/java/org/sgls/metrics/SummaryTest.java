package org.sgls.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sgls.fixtures.TinyRunFactory;
import org.sgls.model.Targets;
import org.sgls.sim.RunResult;
import org.sgls.sim.RunStats;

/** The summary of {@link TinyRunFactory}'s run, every number worked out by hand from its table. */
class SummaryTest {
    private static final double EXACT = 1e-9;

    private final RunResult run = TinyRunFactory.create();
    private final Map<String, Object> s = Summary.of("tiny", run.components(), run.results(), run.stats());

    @Test
    void energyTotals() {
        assertEquals("tiny", s.get("scenario"));
        assertEquals(3, s.get("steps"));
        assertEquals(1.0, s.get("step_hours"));
        assertEquals(0.25, s.get("wall_seconds"));
        near(65 + 180 + 102, "demand_mwh");
        near(6, "shed_mwh");
        assertEquals(1, s.get("shed_hours"));
        near(5, "import_mwh");
        near(30 + 20 + 10, "export_mwh");
        near(90 + 180 + 30, "renewable_available_mwh");
        near(3 + 5, "renewable_curtailed_mwh");
        near(8.0 / 300, "curtailment_rate");
        near(30, "electrolyzer_mwh");
        near(9, "storage_discharge_mwh");
        near(9.0 / 100, "storage_equivalent_cycles");
        near(2 + 0 + 1, "reserve_shortfall_mwh");
    }

    @Test
    void generationByKindCountsGeneratorsOnly() {
        @SuppressWarnings("unchecked")
        Map<String, Double> g = (Map<String, Double>) s.get("generation_mwh");
        assertEquals(List.of("pv", "wind", "hydro", "biomass", "coal", "gas"), List.copyOf(g.keySet()));
        assertEquals(87, g.get("pv"), EXACT);
        assertEquals(175, g.get("wind"), EXACT);
        assertEquals(30, g.get("hydro"), EXACT);
        assertEquals(15, g.get("biomass"), EXACT);
        assertEquals(90, g.get("coal"), EXACT);
        assertEquals(30, g.get("gas"), EXACT);
        // renewable (87 + 175 + 30 + 15) over all generation (427); discharge and imports excluded
        near(307.0 / 427, "renewable_share");
    }

    @Test
    void fuelEmissionsAndHydrogen() {
        near(90, "coal_generation_mwh");
        near(2 * 2 + 0.3 * 90, "coal_tce"); // 2 tce/h for the 2 committed hours + 0.3 tce/MWh
        near(31e6 / 90e3, "coal_gce_per_kwh");
        near(1 * 2 + 0.25 * 30, "gas_tce");
        near(31 * 2.66 + 9.5 * 1.6, "co2_t");
        near(0.6, "hydrogen_t");
        near(0.1, "h2_unserved_t");
        assertEquals(1, s.get("startups")); // coal starts at step 1; gas was on before the run
    }

    @Test
    void totalCostFollowsTheContractFormulaAndUnservedHydrogenIsApart() {
        double load = 6 * 1000;                                    // shed
        double hydro = 30 * 2;
        double biomass = 3 * 300;                                  // cost curve at 5 MW: 300 per hour
        double coal = 90 * 200 + 0.1 * (40 * 40 + 50 * 50) + 2 * 1000 + 5000;
        double gas = 30 * 400 + 2 * 500;                           // no start: on_initial = 1
        double storage = 9 * 5;                                    // on discharge only
        double electrolyzer = -600 * 2;                            // hydrogen value; unserved hydrogen is apart
        double imports = 5 * 300;
        double exports = -60 * 250;
        near(load + hydro + biomass + coal + gas + storage + electrolyzer + imports + exports, "total_cost");
        assertEquals(30715, (double) s.get("total_cost"), EXACT);

        @SuppressWarnings("unchecked")
        Map<String, Double> byKind = (Map<String, Double>) s.get("cost_by_kind");
        assertEquals(List.of("load", "pv", "wind", "hydro", "biomass", "coal", "gas", "storage", "electrolyzer",
                "import", "export"), List.copyOf(byKind.keySet()));
        assertEquals(coal, byKind.get("coal"), EXACT);
        assertEquals(electrolyzer, byKind.get("electrolyzer"), EXACT);
        assertEquals(exports, byKind.get("export"), EXACT);
        assertEquals(30715, byKind.values().stream().mapToDouble(Double::doubleValue).sum(), EXACT);
        near(100 * 10, "h2_unserved_cost");
    }

    @Test
    void targetsAreJudgedAgainstTheSummarysOwnValues() {
        Map<String, Object> judged = Summary.of("tiny", run.components(), run.results(), run.stats(),
                new Targets(0.5, 0.99, Double.NaN, 0.5, Double.NaN));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> t = (Map<String, Map<String, Object>>) judged.get("targets");
        assertEquals(List.of("curtailment_rate", "renewable_share", "hydrogen_t"), List.copyOf(t.keySet()));
        assertEquals(Map.of("min", 0.5, "value", 0.6, "met", true), t.get("hydrogen_t"));
        assertEquals(false, t.get("renewable_share").get("met"));
        assertEquals(judged.get("curtailment_rate"), t.get("curtailment_rate").get("value"));
        assertEquals(null, s.get("targets"), "no targets, no key");
    }

    @Test
    void runStatisticsAndKeyOrder() {
        assertEquals(1, s.get("windows"));
        assertEquals(0, s.get("fallback_steps"));
        assertEquals(0, s.get("fallback_windows"));
        assertEquals(0, s.get("solver_recoveries"));
        assertEquals(Map.of("dispatch", 0.2, "lookahead", 0.03, "record", 0.02), s.get("phase_seconds"));
        assertEquals(List.of("scenario", "steps", "step_hours", "wall_seconds", "demand_mwh", "shed_mwh",
                "shed_hours", "generation_mwh", "import_mwh", "export_mwh", "renewable_available_mwh",
                "renewable_curtailed_mwh", "curtailment_rate", "renewable_share", "coal_generation_mwh", "coal_tce",
                "coal_gce_per_kwh", "co2_t", "gas_tce", "hydrogen_t", "electrolyzer_mwh", "storage_discharge_mwh",
                "storage_equivalent_cycles", "startups", "total_cost", "cost_by_kind", "reserve_shortfall_mwh",
                "h2_unserved_t", "h2_unserved_cost", "windows", "fallback_steps", "fallback_windows", "solver_recoveries",
                "phase_seconds"),
                List.copyOf(s.keySet()));
    }

    @Test
    void shedBelowNoiseIsNotAShedHourAndValuesAreTakenAsWritten() {
        RunResult r = TinyRunFactory.create();
        r.results().column("city", "shed_mw")[0] = 0.0009;       // solver noise
        r.results().column("city", "shed_mw")[2] = 0.00000049;   // written as 0
        Map<String, Object> t = Summary.of("tiny", r.components(), r.results(), r.stats());
        assertEquals(1, t.get("shed_hours"));
        assertEquals(6.0009, (double) t.get("shed_mwh"), EXACT);
    }

    @Test
    void blankOnInitialMeansTheFirstStepIsNoStart() {
        RunResult r = TinyRunFactory.create();
        r.components().rows().get(6).set("on_initial", null); // gas1: on at step 0
        r.results().column("gas1", "on")[0] = 1;
        r.components().rows().get(5).set("on_initial", null); // coal1: off at step 0, starts at step 1
        assertEquals(1, Summary.of("tiny", r.components(), r.results(), r.stats()).get("startups"));
    }

    @Test
    void aMissingContractColumnIsNamed() {
        RunResult r = TinyRunFactory.create();
        ComponentTable table = new ComponentTable();
        table.add("ghost", "coal");
        table.rows().get(0).set("zone", "north");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Summary.of("x", table, r.results(), new RunStats(0, 0, 0, 0, Map.of())));
        assertEquals("ghost (coal) has no column ghost.p_mw", e.getMessage());
    }

    @Test
    void emptyDenominatorsGiveZero() {
        RunResult r = TinyRunFactory.create();
        ComponentTable table = new ComponentTable();
        table.add("city", "load").set("zone", "south");
        Map<String, Object> t = Summary.of("x", table, r.results(), r.stats());
        assertEquals(0.0, t.get("curtailment_rate"));
        assertEquals(0.0, t.get("renewable_share"));
        assertEquals(0.0, t.get("coal_gce_per_kwh"));
        assertEquals(0.0, t.get("storage_equivalent_cycles"));
    }

    private void near(double expected, String key) {
        assertEquals(expected, ((Number) s.get(key)).doubleValue(), EXACT, key);
    }
}
