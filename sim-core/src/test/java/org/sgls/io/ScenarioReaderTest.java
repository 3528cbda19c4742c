package org.sgls.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sgls.io.Fixtures.BATTERY;
import static org.sgls.io.Fixtures.COAL;
import static org.sgls.io.Fixtures.LOAD;
import static org.sgls.io.Fixtures.PV;
import static org.sgls.io.Fixtures.tiny;
import static org.sgls.io.Fixtures.twoZones;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgls.model.DispatchSettings;
import org.sgls.model.Exchange;
import org.sgls.model.Load;
import org.sgls.model.Scenario;
import org.sgls.model.Targets;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;

/** The reader's defaults, and its exact words for malformed scenarios. */
class ScenarioReaderTest {
    private static final double EXACT = 0;

    @TempDir
    Path dir;

    private List<String> problems(String json) {
        return Fixtures.problems(Fixtures.write(dir, "test.json", json));
    }

    private void assertProblems(String json, String... expected) {
        assertEquals(List.of(expected), problems(json));
    }

    @Test
    void fillsDefaults() {
        Scenario s = ScenarioReader.read(Fixtures.write(dir, "test.json", tiny()));
        assertEquals("tiny", s.name());
        assertEquals("CNY", s.currency());
        assertEquals(1, s.seed());
        assertEquals(DispatchSettings.DEFAULT, s.dispatch());
        assertEquals(4, s.system().axis().steps());
        assertEquals(1, s.system().axis().stepHours(), EXACT);
        assertEquals("main", s.system().zones().get(0).id());
        Load load = s.system().all(Load.class).get(0);
        assertEquals(20_000, load.shedCostPerMwh(), EXACT);
        assertEquals(120, load.demandMw().at(1), EXACT);
        ThermalUnit coal = s.system().all(ThermalUnit.class).get(0);
        assertEquals(0.35, coal.minStableFraction(), EXACT);
        assertNull(coal.heat());
        assertEquals(Double.POSITIVE_INFINITY, coal.rampUpMwPerH(), EXACT);
        assertEquals(2.66, coal.co2TPerTce(), EXACT);
        assertEquals(1000, coal.hoursInStateInitial());
        assertEquals(0, coal.pInitialMw(), EXACT);
        Storage bat = s.system().all(Storage.class).get(0);
        assertEquals(Math.sqrt(0.9), bat.etaCharge(), EXACT);
        assertEquals(20, bat.chargeMaxMw(), EXACT);
        assertEquals(40, bat.socInitialMwh(), EXACT);
    }

    @Test
    void chpTemplateAndOverrides() {
        String chp = """
                {"id": "chp", "kind": "coal", "template": "chp", "pmax_mw": 200, "fuel_price_per_tce": 900,
                 "fuel_tce_per_h": 5, "fuel_tce_per_mwh": 0.28, "on_initial": true, "heat": {"must_run_fraction": 0.7}}""";
        Scenario s = ScenarioReader.read(Fixtures.write(dir, "test.json", tiny(LOAD, chp)));
        ThermalUnit u = s.system().all(ThermalUnit.class).get(0);
        assertEquals(0.7, u.heat().mustRunFraction(), EXACT);
        assertEquals(0.40, u.heat().decoupledFraction(), EXACT);
        assertEquals(6, u.heat().decoupledHours());
        // 1 January 00:00 is in the heating season, outside the decoupling window: 70 % of 200 MW.
        assertEquals(140, u.pInitialMw(), 1e-9);
    }

    @Test
    void exchangeWithoutProfileIsUnlimitedAllYear() {
        String export = """
                {"id": "uhv", "kind": "export", "pmax_mw": 500, "price_per_mwh": 260}""";
        Scenario s = ScenarioReader.read(Fixtures.write(dir, "test.json", tiny(LOAD, COAL, export)));
        Exchange e = s.system().all(Exchange.class).get(0);
        assertEquals(4, e.limitPu().length());
        assertEquals(1, e.limitPu().at(3), EXACT);
    }

    /** A unit of 100 MW with a 30 % minimum, fuel priced at 0: its cost comes from the fields under test. */
    private static String costedUnit(String kind, String fields) {
        return "{\"id\": \"u\", \"kind\": \"" + kind + "\", \"pmax_mw\": 100, \"min_stable_fraction\": 0.3, "
                + "\"fuel_price_per_tce\": 0, \"fuel_tce_per_h\": 1, \"fuel_tce_per_mwh\": 0.3" + fields + "}";
    }

    @Test
    void costCurveQuadraticNoloadAndMustRunAreRead() {
        String unit = costedUnit("oil", ", \"noload_cost_per_h\": 150, \"cost_c2_per_mw2h\": 0.11, "
                + "\"cost_curve\": [[30, 600], [60, 1200], [100, 2400]], \"must_run\": true, \"on_initial\": true");
        Scenario s = ScenarioReader.read(Fixtures.write(dir, "test.json", tiny(LOAD, unit)));
        ThermalUnit u = s.system().all(ThermalUnit.class).get(0);
        assertEquals(150, u.extraNoloadCostPerH(), EXACT);
        assertEquals(150, u.noloadCostPerH(), EXACT); // fuel priced at 0
        assertEquals(0.11, u.costC2PerMw2h(), EXACT);
        assertEquals(3, u.costCurve().points().size());
        // between breakpoints the curve is linear: 600 + (45 - 30) x 20 = 900; plus 0.11 x 45² = 222.75
        assertEquals(900 + 222.75, u.outputCostPerH(45), 1e-9);
        assertTrue(u.mustRun());
        assertEquals(2.268, u.co2TPerTce(), EXACT); // fuel oil's default
        assertEquals(30, u.pInitialMw(), 1e-9);
    }

    @Test
    void fieldsAbsentMeanTheFuelCostAlone() {
        ThermalUnit u = ScenarioReader.read(Fixtures.write(dir, "test.json", tiny(LOAD, COAL)))
                .system().all(ThermalUnit.class).get(0);
        assertEquals(0, u.extraNoloadCostPerH(), EXACT);
        assertEquals(0, u.costC2PerMw2h(), EXACT);
        assertNull(u.costCurve());
        assertTrue(u.linearCost());
        assertTrue(!u.mustRun());
    }

    @Test
    void newKindsAreRead() {
        String nuclear = costedUnit("nuclear", ", \"must_run\": true");
        String csp = "{\"id\": \"csp\", \"kind\": \"csp\", \"capacity_mw\": 50, \"profile\": \"sun\"}";
        Scenario s = ScenarioReader.read(Fixtures.write(dir, "test.json", tiny(LOAD, nuclear, csp)));
        assertEquals(0, s.system().all(ThermalUnit.class).get(0).co2TPerTce(), EXACT);
        assertEquals(org.sgls.model.Kind.CSP, s.system().components().get(2).kind());
    }

    @Test
    void costCurveMwMustIncrease() {
        assertProblems(tiny(LOAD, costedUnit("coal", ", \"cost_curve\": [[30, 600], [60, 1200], [60, 1300], [100, 2400]]")),
                "$.components[1].cost_curve[2][0]: 60 MW is not above the point before (60 MW) (mw must increase strictly)");
    }

    @Test
    void costCurveMustBeConvex() {
        assertProblems(tiny(LOAD, costedUnit("gas", ", \"cost_curve\": [[30, 600], [60, 1200], [100, 1800]]")),
                "$.components[1].cost_curve[2]: the slope into this point, 15 per MWh, is below the slope before it, 20 "
                        + "(the curve must be convex: slopes non-decreasing)");
    }

    @Test
    void costCurveMustSpanMinimumToRating() {
        assertProblems(tiny(LOAD, costedUnit("coal", ", \"cost_curve\": [[0, 0], [60, 1200], [90, 2400]]")),
                "$.components[1].cost_curve[0][0]: 0 MW is not the minimum stable output (the first point must be at "
                        + "min_stable_fraction x pmax_mw = 30 MW)",
                "$.components[1].cost_curve[2][0]: 90 MW is not pmax_mw (the last point must be at pmax_mw = 100 MW)");
    }

    @Test
    void costCurvePairsAndCoefficientsAreChecked() {
        assertProblems(tiny(LOAD, costedUnit("coal", ", \"cost_curve\": [[30, 600], [60], [100, \"x\"]], "
                        + "\"cost_c2_per_mw2h\": -0.1, \"noload_cost_per_h\": -5, \"must_run\": 1")),
                "$.components[1].noload_cost_per_h: -5 is out of range (must be >= 0)",
                "$.components[1].cost_c2_per_mw2h: -0.1 is out of range (must be >= 0)",
                "$.components[1].cost_curve[1]: [60] is not a pair (must be [mw, cost_per_h])",
                "$.components[1].cost_curve[2][1]: \"x\" is a string (must be a number)",
                "$.components[1].must_run: 1 is a number (must be true or false)");
    }

    @Test
    void anEmptyCostCurve() {
        assertProblems(tiny(LOAD, costedUnit("coal", ", \"cost_curve\": []")),
                "$.components[1].cost_curve: is empty (list [mw, cost_per_h] pairs from the minimum stable output to "
                        + "pmax_mw)");
    }

    // --- malformed snippets: one test per rule, asserting the exact lines -------------------------------

    @Test
    void unknownFieldSuggestsTheClosestName() {
        String coal = COAL.replace("\"pmax_mw\"", "\"pmax_mv\"");
        assertProblems(tiny(LOAD, coal),
                "$.components[1].pmax_mw: missing (required)",
                "$.components[1].pmax_mv: unknown field (did you mean 'pmax_mw'?)");
    }

    @Test
    void unknownFieldWithoutUnitSuggestsTheUnit() {
        String pv = """
                {"id": "pv", "kind": "pv", "capacity_mw": 50, "profile": "sun", "marginal_cost": 3}""";
        assertProblems(tiny(LOAD, pv),
                "$.components[1].marginal_cost: unknown field (did you mean 'marginal_cost_per_mwh'?)");
    }

    @Test
    void unknownTopLevelField() {
        assertProblems(tiny().replace("\"name\"", "\"title\": \"x\", \"name\""),
                "$.title: unknown field (a field here must be one of: schema_version, name, description, sources, "
                        + "currency, start, step_hours, steps, seed, profiles, zones, lines, dispatch, targets, components)");
    }

    @Test
    void missingRequiredField() {
        assertProblems(tiny(LOAD, PV.replace("\"capacity_mw\": 50, ", "")),
                "$.components[1].capacity_mw: missing (required)");
    }

    @Test
    void wrongType() {
        assertProblems(tiny(LOAD, PV.replace("50", "\"50\"")),
                "$.components[1].capacity_mw: \"50\" is a string (must be a number)");
    }

    @Test
    void negativeCapacity() {
        assertProblems(tiny(LOAD, PV.replace("50", "-50")),
                "$.components[1].capacity_mw: -50 is out of range (must be >= 0)");
    }

    @Test
    void efficiencyAboveOne() {
        String bat = BATTERY.replace("\"round_trip_efficiency\": 0.9", "\"eta_charge\": 1.2, \"eta_discharge\": 0.9");
        assertProblems(tiny(LOAD, PV, COAL, bat),
                "$.components[3].eta_charge: 1.2 is out of range (must be in (0, 1])");
    }

    @Test
    void efficiencyZero() {
        assertProblems(tiny(LOAD, BATTERY.replace("0.9", "0")),
                "$.components[1].round_trip_efficiency: 0 is out of range (must be in (0, 1])");
    }

    @Test
    void fractionOutsideZeroOne() {
        assertProblems(tiny(LOAD, COAL.replace("\"template\": \"new\"", "\"min_stable_fraction\": 1.5")),
                "$.components[1].min_stable_fraction: 1.5 is out of range (must be in [0, 1])");
    }

    @Test
    void minimumAboveMaximum() {
        assertProblems(tiny(LOAD, BATTERY.replace("\"pmax_mw\"", "\"soc_min_mwh\": 100, \"pmax_mw\"")),
                "$.components[1].soc_min_mwh: 100 is out of range (must be <= energy_mwh = 80)");
    }

    @Test
    void commitLongerThanLookahead() {
        assertProblems(tiny().replace("\"components\"", "\"dispatch\": {\"lookahead_hours\": 12}, \"components\""),
                "$.dispatch.commit_hours: 24 is out of range (must be <= lookahead_hours = 12)");
    }

    @Test
    void duplicateIds() {
        assertProblems(tiny(LOAD, PV, PV.replace("50", "60")),
                "$.components[2].id: duplicate id 'pv' (ids of zones, lines and components must be unique; "
                        + "first at $.components[1].id)");
    }

    @Test
    void unknownZone() {
        assertProblems(twoZones(LOAD.replace("}", ", \"zone\": \"nrth\"}")),
                "$.components[0].zone: unknown zone 'nrth' (did you mean 'north'?)");
    }

    @Test
    void zoneRequiredWhenThereAreSeveral() {
        assertProblems(twoZones(LOAD),
                "$.components[0].zone: missing (required when the scenario has several zones)");
    }

    @Test
    void lineToItself() {
        assertProblems(twoZones(LOAD.replace("}", ", \"zone\": \"north\"}")).replace("\"to\": \"south\"", "\"to\": \"north\""),
                "$.lines[0].to: 'north' is the same zone as from (a line must join two different zones)");
    }

    @Test
    void notFinite() {
        assertProblems(tiny(LOAD, PV.replace("50", "NaN"), COAL.replace("300", "1e400")),
                "$.components[1].capacity_mw: NaN is not a finite number (numbers must be finite)",
                "$.components[2].pmax_mw: Infinity is not a finite number (numbers must be finite)");
    }

    @Test
    void profileOfWrongLength() {
        assertProblems(tiny().replace("[0, 0.5, 0.8, 0]", "[0, 0.5, 0.8]"),
                "$.profiles.sun: 3 values (must have one per step: steps = 4)");
    }

    @Test
    void stepsDisagreeWithProfiles() {
        assertProblems(tiny().replace("\"start\"", "\"steps\": 5, \"start\""),
                "$.profiles.demand: 4 values (must have one per step: steps = 5)",
                "$.profiles.sun: 4 values (must have one per step: steps = 5)");
    }

    @Test
    void unknownSeries() {
        assertProblems(tiny(LOAD, PV.replace("\"sun\"", "\"son\"")),
                "$.components[1].profile: unknown series 'son' (did you mean 'sun'?)");
    }

    @Test
    void availabilityAboveOne() {
        assertProblems(tiny().replace("[0, 0.5, 0.8, 0]", "[0, 1.2, 0.8, 1.1]"),
                "$.profiles.sun[1]: 1.2 is out of range, and 1 more value of this series "
                        + "(must be in [0, 1] as per-unit availability of pv)");
    }

    @Test
    void missingProfilesFile() {
        String json = tiny().replace("\"demand\": [100, 120, 110, 90], ", "\"file\": \"nope.csv\", \"demand\": [100, 120, 110, 90], ");
        assertProblems(json, "$.profiles.file: file 'nope.csv' not found at " + dir.resolve("nope.csv")
                + " (must name a CSV file, relative to the scenario's folder)");
    }

    @Test
    void unknownKindAndLineAsComponent() {
        assertProblems(tiny(LOAD, "{\"id\": \"n1\", \"kind\": \"fusion\", \"pmax_mw\": 1000}",
                        "{\"id\": \"l1\", \"kind\": \"line\"}", "{\"id\": \"c2\", \"kind\": \"coall\"}"),
                "$.components[1].kind: unknown kind 'fusion' (kind must be one of: load, pv, wind, hydro, csp, "
                        + "biomass, coal, gas, oil, nuclear, storage, electrolyzer, import, export)",
                "$.components[2].kind: 'line' is not a component kind (lines are listed under $.lines)",
                "$.components[3].kind: unknown kind 'coall' (did you mean 'coal'?)");
    }

    @Test
    void unknownTemplateDoesNotAlsoAskForItsFields() {
        assertProblems(tiny(LOAD, COAL.replace("\"new\"", "\"chpp\"")),
                "$.components[1].template: 'chpp' is not known (did you mean 'chp'?)");
    }

    @Test
    void minStableFractionRequiredWithoutTemplate() {
        assertProblems(tiny(LOAD, COAL.replace("\"template\": \"new\", ", "")),
                "$.components[1].min_stable_fraction: missing (required unless a template gives it)");
    }

    @Test
    void initialOutputOfAnOffUnit() {
        assertProblems(tiny(LOAD, COAL.replace("}", ", \"p_initial_mw\": 150}")),
                "$.components[1].p_initial_mw: 150 is out of range (must be 0 for a unit with on_initial false)");
    }

    @Test
    void heatSeasonDay() {
        assertProblems(tiny(LOAD, COAL.replace("\"new\"", "\"chp\"").replace("}", ", \"heat\": {\"season_start\": \"13-01\"}}")),
                "$.components[1].heat.season_start: '13-01' is not a day of the year (must be MM-DD, e.g. 11-01)");
    }

    @Test
    void storageEnergyGivenTwice() {
        assertProblems(tiny(LOAD, BATTERY.replace("\"energy_mwh\": 80", "\"energy_mwh\": 80, \"duration_h\": 4")),
                "$.components[1].duration_h: given together with energy_mwh (give energy_mwh or duration_h, not both)");
    }

    @Test
    void tankFullerThanItsCapacity() {
        String h2 = """
                {"id": "h2", "kind": "electrolyzer", "pmax_mw": 50, "h2_value_per_kg": 0,
                 "tank": {"capacity_kg": 1000, "initial_kg": 2000, "demand_kg_per_h": 100, "unserved_cost_per_kg": 12, "size": 1}}""";
        assertProblems(tiny(LOAD, h2),
                "$.components[1].tank.initial_kg: 2000 is out of range (must be <= capacity_kg = 1000)",
                "$.components[1].tank.size: unknown field (a field here must be one of: capacity_kg, initial_kg, "
                        + "demand_kg_per_h, unserved_cost_per_kg)");
    }

    @Test
    void invalidIdStartAndStep() {
        String json = tiny(LOAD, PV.replace("\"pv\", \"kind\"", "\"pv 1\", \"kind\""))
                .replace("2030-01-01T00:00", "2030-01-01 00:00")
                .replace("\"start\"", "\"step_hours\": 0.3333, \"start\"");
        assertProblems(json,
                "$.start: '2030-01-01 00:00' is not a date-time (must be yyyy-MM-ddTHH:mm)",
                "$.step_hours: 0.3333 is not a whole number of minutes (must be a whole number of minutes)",
                "$.components[1].id: 'pv 1' is not a valid id (must match [A-Za-z0-9_-]+)");
    }

    @Test
    void schemaVersion() {
        assertProblems(tiny().replace("\"schema_version\": 1", "\"schema_version\": 2"),
                "$.schema_version: 2 is not supported (must be 1)");
        assertProblems(tiny().replace("\"schema_version\": 1,", ""),
                "$.schema_version: missing (required)");
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        List<String> p = problems(tiny().replace("\"tiny\",", "\"tiny\",,"));
        assertEquals(1, p.size());
        assertEquals("line 3, column 18: Unexpected character ',': was expecting double-quote to start field name"
                + " (must be valid JSON)", p.get(0));
    }

    @Test
    void aTrailingCommaIsNamedInPlainWords() {
        List<String> p = problems(tiny().replace("\"tiny\",", "\"tiny\", }"));
        assertEquals(1, p.size());
        assertTrue(p.get(0).endsWith("Unexpected character '}': was expecting double-quote to start field name"
                + " (must be valid JSON; a comma before a closing bracket?)"), p.get(0));
    }

    @Test
    void targetsAreReadCheckedAndWrittenBack() {
        Scenario s = ScenarioReader.read(Fixtures.write(dir, "test.json", tiny().replace("\"components\"",
                "\"targets\": {\"hydrogen_t_min\": 80000, \"coal_gce_per_kwh_max\": 300}, \"components\"")));
        assertEquals(List.of(new Targets.Target("coal_gce_per_kwh", true, 300), new Targets.Target("hydrogen_t", false, 80000)),
                s.targets().list());
        assertProblems(tiny().replace("\"components\"",
                "\"targets\": {\"curtailment_rate_max\": 5, \"co2_max\": 1}, \"components\""),
                "$.targets.curtailment_rate_max: 5 is out of range (must be in [0, 1]; a fraction, not a percentage: 5 %"
                        + " is 0.05)",
                "$.targets.co2_max: unknown field (did you mean 'co2_t_max'?)");
    }

    @Test
    void aPercentageGivenForAFractionIsPointedOut() {
        assertProblems(tiny().replace("\"template\": \"new\"", "\"template\": \"new\", \"min_stable_fraction\": 30"),
                "$.components[2].min_stable_fraction: 30 is out of range (must be in [0, 1]; a fraction, not a"
                        + " percentage: 30 % is 0.3)");
    }

    @Test
    void aKindInPlannersWordsGetsItsName() {
        List<String> p = problems(tiny().replace("\"kind\": \"load\"", "\"kind\": \"demand\""));
        assertTrue(p.stream().anyMatch(l -> l.contains("unknown kind 'demand' (did you mean 'load'?)")), p.toString());
    }

    @Test
    void anUnclosedBracketSaysWhereItOpenedInPlainWords() {
        String cut = tiny().substring(0, tiny().lastIndexOf("]")); // the components' list never closed
        assertProblems(cut, "line 11, column 3: Unexpected end-of-input: expected close marker for Array (start marker "
                + "at line 6, column 17) (must be valid JSON)");
    }

    @Test
    void repeatedKey() {
        assertProblems(tiny().replace("\"name\": \"tiny\"", "\"name\": \"tiny\", \"name\": \"again\""),
                "line 3, column 27: duplicate field 'name' (a key may appear once per object)");
    }

    @Test
    void reportsAllProblemsAtOnce() {
        String json = tiny(LOAD, PV.replace("50", "-50"), COAL.replace("\"pmax_mw\"", "\"pmax\""),
                BATTERY.replace("0.9", "1.9"));
        assertProblems(json,
                "$.components[1].capacity_mw: -50 is out of range (must be >= 0)",
                "$.components[2].pmax_mw: missing (required)",
                "$.components[2].pmax: unknown field (did you mean 'pmax_mw'?)",
                "$.components[3].round_trip_efficiency: 1.9 is out of range (must be in (0, 1])");
    }

    @Test
    void threeMistakesThreeLines() {
        String json = tiny(LOAD, PV.replace("\"sun\"", "\"sunn\""), COAL.replace("900", "-900"))
                .replace("\"name\"", "\"nmae\": \"x\", \"name\"");
        List<String> p = problems(json);
        assertEquals(List.of(
                "$.components[1].profile: unknown series 'sunn' (did you mean 'sun'?)",
                "$.components[2].fuel_price_per_tce: -900 is out of range (must be >= 0)",
                "$.nmae: unknown field (did you mean 'name'?)"), p);
        assertEquals(3, p.size());
    }
}
