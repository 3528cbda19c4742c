package org.sgls.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgls.model.Scenario;

/** Read -> write -> read -> write: the same system, then the same bytes. */
class ScenarioWriterTest {
    @TempDir
    Path dir;

    /** Every kind and every shorthand of the format, in two zones, over four steps. */
    static final String ALL_KINDS = """
            {
              "schema_version": 1,
              "name": "all-kinds",
              "description": "every kind once",
              "sources": ["made up"],
              "start": "2030-03-31T22:00",
              "step_hours": 0.5,
              "seed": 7,
              "profiles": {"demand": [100, 120, 110, 90], "sun": [0, 0.5, 0.8, 0], "cap": [1, 1, 0.5, 0.25]},
              "zones": [{"id": "north", "reserve_mw": 5}, {"id": "south", "reserve_fraction_of_load": 0.05}],
              "lines": [{"id": "ns", "from": "north", "to": "south", "capacity_mw": 80}],
              "dispatch": {"lookahead_hours": 4, "commit_hours": 2},
              "components": [
                {"id": "load_n", "kind": "load", "zone": "north", "profile": "demand", "scale_mw": 0.3},
                {"id": "load_s", "kind": "load", "zone": "south", "profile": "demand", "scale_mw": 1.7, "shed_cost_per_mwh": 9000},
                {"id": "pv", "kind": "pv", "zone": "north", "capacity_mw": 50, "profile": "sun"},
                {"id": "wind", "kind": "wind", "zone": "north", "capacity_mw": 40, "profile": "sun", "marginal_cost_per_mwh": 1.5},
                {"id": "hydro", "kind": "hydro", "zone": "south", "capacity_mw": 10, "profile": "cap"},
                {"id": "bio", "kind": "biomass", "zone": "south", "pmax_mw": 5, "marginal_cost_per_mwh": 380},
                {"id": "chp", "kind": "coal", "zone": "south", "template": "chp", "pmax_mw": 200, "on_initial": true,
                 "fuel_price_per_tce": 900, "fuel_tce_per_h": 4.8, "fuel_tce_per_mwh": 0.276, "ramp_up_mw_per_h": 80},
                {"id": "coal", "kind": "coal", "zone": "north", "template": "retrofitted", "pmax_mw": 330,
                 "fuel_price_per_tce": 900, "fuel_tce_per_h": 8.4, "fuel_tce_per_mwh": 0.2926, "min_up_h": 8,
                 "startup_cost": 165000, "hours_in_state_initial": 3},
                {"id": "gas", "kind": "gas", "zone": "south", "pmax_mw": 100, "min_stable_fraction": 0.4,
                 "fuel_price_per_tce": 2100, "fuel_tce_per_h": 1.8, "fuel_tce_per_mwh": 0.207,
                 "heat": {"season_start": "12-01", "season_end": "02-28", "must_run_fraction": 0.5,
                          "decoupled_fraction": 0.45, "decoupled_start_hour": 11, "decoupled_hours": 4}},
                {"id": "bat", "kind": "storage", "zone": "north", "technology": "battery", "pmax_mw": 20,
                 "duration_h": 4, "round_trip_efficiency": 0.87, "soc_min_fraction": 0.1, "soc_initial_fraction": 0.3},
                {"id": "phs", "kind": "storage", "zone": "south", "technology": "pumped_hydro", "pmax_mw": 100,
                 "charge_max_mw": 90, "energy_mwh": 600, "eta_charge": 0.88, "eta_discharge": 0.89,
                 "self_discharge_per_h": 0.0001, "soc_initial_mwh": 100},
                {"id": "h2", "kind": "electrolyzer", "zone": "north", "pmax_mw": 30, "h2_value_per_kg": 4,
                 "tank": {"capacity_kg": 5000, "demand_kg_per_h": 200, "unserved_cost_per_kg": 12}},
                {"id": "h2_free", "kind": "electrolyzer", "zone": "south", "pmax_mw": 10, "min_load_fraction": 0.1,
                 "kwh_per_kg": 52.5, "h2_value_per_kg": 18},
                {"id": "csp", "kind": "csp", "zone": "south", "capacity_mw": 25, "profile": "sun"},
                {"id": "oil", "kind": "oil", "zone": "north", "pmax_mw": 60, "min_stable_fraction": 0.25,
                 "fuel_price_per_tce": 0, "fuel_tce_per_h": 0.5, "fuel_tce_per_mwh": 0.3, "noload_cost_per_h": 120.5,
                 "cost_c2_per_mw2h": 0.0125, "cost_curve": [[15, 300], [40, 1050.25], [60, 1800]]},
                {"id": "nuke", "kind": "nuclear", "zone": "south", "pmax_mw": 400, "min_stable_fraction": 0.99,
                 "fuel_price_per_tce": 0, "fuel_tce_per_h": 0, "fuel_tce_per_mwh": 0.1, "must_run": true,
                 "on_initial": true},
                {"id": "imp", "kind": "import", "zone": "south", "pmax_mw": 50, "price_per_mwh": 450},
                {"id": "exp", "kind": "export", "zone": "north", "pmax_mw": 60, "profile": "cap", "min_fraction": 0.2,
                 "price_per_mwh": 260}
              ]
            }
            """;

    @Test
    void roundTripThroughAFolderIsExact() throws IOException {
        Scenario first = ScenarioReader.read(Fixtures.write(dir, "in.json", ALL_KINDS));
        Path a = ScenarioWriter.write(first, dir.resolve("a"));
        Scenario second = ScenarioReader.read(a);
        SameModel.assertSame(first, second);
        Path b = ScenarioWriter.write(second, dir.resolve("b"));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/profiles.csv")), Files.readAllBytes(dir.resolve("b/profiles.csv")));
    }

    @Test
    void roundTripInlineIsExact() throws IOException {
        Scenario first = ScenarioReader.read(Fixtures.write(dir, "in.json", ALL_KINDS));
        String once = ScenarioWriter.toInlineJson(first);
        Scenario second = ScenarioReader.read(Fixtures.write(dir, "once.json", once));
        SameModel.assertSame(first, second);
        assertEquals(once, ScenarioWriter.toInlineJson(second));
    }

    @Test
    void writtenFormIsResolved() throws IOException {
        Scenario s = ScenarioReader.read(Fixtures.write(dir, "in.json", ALL_KINDS));
        String json = Files.readString(ScenarioWriter.write(s, dir.resolve("out")));
        // No shorthands are left: templates, durations and round-trip efficiencies are spelt out.
        assertTrue(!json.contains("template") && !json.contains("duration_h") && !json.contains("round_trip"), json);
        assertTrue(json.contains("\"min_stable_fraction\": 0.35"), json);
        assertTrue(json.contains("\"season_start\": \"11-01\""), json);
        assertTrue(json.contains("\"energy_mwh\": 80,"), json);
        assertTrue(json.contains("\"profiles\": {\n    \"file\": \"profiles.csv\"\n  },"), json);
        // Loads are written in MW with scale 1; both loads share the "demand" shape but not its values.
        String csv = Files.readString(dir.resolve("out/profiles.csv"));
        assertEquals("time,demand,load_s_demand_mw,sun,cap,imp_limit_pu", csv.lines().findFirst().orElseThrow());
        assertEquals("2030-03-31T22:30,36,204,0.5,1,1", csv.lines().skip(2).findFirst().orElseThrow());
    }
}
