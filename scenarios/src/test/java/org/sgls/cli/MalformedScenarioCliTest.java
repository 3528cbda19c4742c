package org.sgls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mistakes users make in scenario files and profiles CSVs, run through {@code sgls run} in-process with the real
 * reader and engine ({@link Engine#DEFAULT}): each exits 2, prints exactly the expected lines (the folder the
 * files are in is written {@code <dir>}), no stack trace, and writes nothing.
 */
class MalformedScenarioCliTest {
    /** Four hours, two zones joined by a line, a load, PV and wind, a coal unit and a battery; it runs (exit 0). */
    static final String SCENARIO = """
            {
              "schema_version": 1,
              "name": "malformed-base",
              "start": "2030-01-01T00:00",
              "step_hours": 1,
              "steps": 4,
              "profiles": {
                "file": "profiles.csv",
                "wind_pu": [0.5, 0.6, 0.7, 0.8]
              },
              "zones": [
                {"id": "north"},
                {"id": "south"}
              ],
              "lines": [
                {"id": "tie", "from": "north", "to": "south", "capacity_mw": 500}
              ],
              "dispatch": {"lookahead_hours": 4, "commit_hours": 2},
              "components": [
                {"id": "city", "kind": "load", "zone": "south", "profile": "load", "scale_mw": 300},
                {"id": "solar", "kind": "pv", "zone": "north", "capacity_mw": 200, "profile": "pv"},
                {"id": "farm", "kind": "wind", "zone": "north", "capacity_mw": 100, "profile": "wind_pu"},
                {"id": "coal1", "kind": "coal", "zone": "south", "pmax_mw": 400, "min_stable_fraction": 0.3,
                 "fuel_price_per_tce": 900, "fuel_tce_per_h": 5, "fuel_tce_per_mwh": 0.28,
                 "on_initial": true, "p_initial_mw": 200},
                {"id": "battery", "kind": "storage", "zone": "north", "technology": "battery", "pmax_mw": 50,
                 "energy_mwh": 200, "eta_charge": 0.95, "eta_discharge": 0.95, "soc_min_mwh": 20,
                 "soc_initial_mwh": 100}
              ]
            }
            """;

    static final String PROFILES = """
            time,load,pv
            2030-01-01T00:00,0.8,0
            2030-01-01T01:00,0.9,0.2
            2030-01-01T02:00,1.0,0.5
            2030-01-01T03:00,0.95,0.7
            """;

    private static final String E = "sgls: error: <dir>/scenario.json: ";
    private static final String C = "sgls: error: <dir>/profiles.csv: ";

    @TempDir
    Path tmp;

    /** A scenario mistake: the JSON and CSV as edited, and the exact stderr. */
    record Case(UnaryOperator<String> json, UnaryOperator<String> csv, String stderr) {
    }

    static Stream<Named<Case>> mistakes() {
        return Stream.of(
                mistake("unknown field, with a suggestion",
                        edit("\"fuel_tce_per_h\": 5,", "\"fuel_tce_per_h\": 5, \"startup_cots\": 1000,"),
                        E + "$.components[3].startup_cots: unknown field (did you mean 'startup_cost'?)\n"),
                mistake("unknown top-level field, with a suggestion",
                        edit("\"step_hours\": 1,", "\"step_hour\": 1,"),
                        E + "$.step_hour: unknown field (did you mean 'step_hours'?)\n"),
                mistake("missing required field",
                        edit("\"fuel_price_per_tce\": 900, ", ""),
                        E + "$.components[3].fuel_price_per_tce: missing (required)\n"),
                mistake("wrong type: a number as a string",
                        edit("\"capacity_mw\": 200", "\"capacity_mw\": \"200\""),
                        E + "$.components[1].capacity_mw: \"200\" is a string (must be a number)\n"),
                mistake("wrong type: a boolean as a string",
                        edit("\"on_initial\": true", "\"on_initial\": \"yes\""),
                        E + "$.components[3].on_initial: \"yes\" is a string (must be true or false)\n"),
                mistake("negative capacity",
                        edit("\"capacity_mw\": 200", "\"capacity_mw\": -200"),
                        E + "$.components[1].capacity_mw: -200 is out of range (must be >= 0)\n"),
                mistake("negative line capacity",
                        edit("\"capacity_mw\": 500", "\"capacity_mw\": -500"),
                        E + "$.lines[0].capacity_mw: -500 is out of range (must be >= 0)\n"),
                mistake("efficiency above 1",
                        edit("\"eta_charge\": 0.95", "\"eta_charge\": 1.05"),
                        E + "$.components[4].eta_charge: 1.05 is out of range (must be in (0, 1])\n"),
                mistake("efficiency 0",
                        edit("\"eta_discharge\": 0.95", "\"eta_discharge\": 0"),
                        E + "$.components[4].eta_discharge: 0 is out of range (must be in (0, 1])\n"),
                mistake("min stable fraction above 1 (percent instead of fraction)",
                        edit("\"min_stable_fraction\": 0.3", "\"min_stable_fraction\": 30"),
                        E + "$.components[3].min_stable_fraction: 30 is out of range (must be in [0, 1]; a fraction, not a percentage: 30 % is 0.3)\n"),
                mistake("soc_min above the energy",
                        edit("\"soc_min_mwh\": 20", "\"soc_min_mwh\": 250"),
                        E + "$.components[4].soc_min_mwh: 250 is out of range (must be <= energy_mwh = 200)\n"),
                mistake("soc_initial below soc_min",
                        edit("\"soc_initial_mwh\": 100", "\"soc_initial_mwh\": 10"),
                        E + "$.components[4].soc_initial_mwh: 10 is out of range (must be in [soc_min_mwh, "
                                + "energy_mwh] = [20, 200])\n"),
                mistake("soc_initial above the energy",
                        edit("\"soc_initial_mwh\": 100", "\"soc_initial_mwh\": 300"),
                        E + "$.components[4].soc_initial_mwh: 300 is out of range (must be in [soc_min_mwh, "
                                + "energy_mwh] = [20, 200])\n"),
                mistake("duplicate component id",
                        edit("\"id\": \"farm\"", "\"id\": \"solar\""),
                        E + "$.components[2].id: duplicate id 'solar' (ids of zones, lines and components must be "
                                + "unique; first at $.components[1].id)\n"),
                mistake("a component id that is also a zone id",
                        edit("\"id\": \"city\"", "\"id\": \"south\""),
                        E + "$.components[0].id: duplicate id 'south' (ids of zones, lines and components must be "
                                + "unique; first at $.zones[1].id)\n"),
                mistake("component in an unknown zone",
                        edit("\"kind\": \"pv\", \"zone\": \"north\"", "\"kind\": \"pv\", \"zone\": \"east\""),
                        E + "$.components[1].zone: unknown zone 'east' (a zone must be one of: north, south)\n"),
                mistake("component in a misspelt zone",
                        edit("\"kind\": \"pv\", \"zone\": \"north\"", "\"kind\": \"pv\", \"zone\": \"nroth\""),
                        E + "$.components[1].zone: unknown zone 'nroth' (did you mean 'north'?)\n"),
                mistake("line from a zone to itself",
                        edit("\"to\": \"south\"", "\"to\": \"north\""),
                        E + "$.lines[0].to: 'north' is the same zone as from (a line must join two different zones)\n"),
                mistake("line to an unknown zone",
                        edit("\"to\": \"south\"", "\"to\": \"west\""),
                        E + "$.lines[0].to: unknown zone 'west' (a zone must be one of: north, south)\n"),
                mistake("unknown kind",
                        edit("\"kind\": \"pv\"", "\"kind\": \"fusion\""),
                        E + "$.components[1].kind: unknown kind 'fusion' (kind must be one of: load, pv, wind, hydro, "
                                + "csp, biomass, coal, gas, oil, nuclear, storage, electrolyzer, import, export)\n"),
                mistake("a kind in planners' words",
                        edit("\"kind\": \"pv\"", "\"kind\": \"solar\""),
                        E + "$.components[1].kind: unknown kind 'solar' (did you mean 'pv'?)\n"),
                mistake("unknown storage technology",
                        edit("\"technology\": \"battery\"", "\"technology\": \"lithium\""),
                        E + "$.components[4].technology: 'lithium' is not known (technology must be one of: battery, "
                                + "pumped_hydro, compressed_air, flow_battery)\n"),
                mistake("unsupported schema_version",
                        edit("\"schema_version\": 1", "\"schema_version\": 2"),
                        E + "$.schema_version: 2 is not supported (must be 1)\n"),
                mistake("start is not a date",
                        edit("\"start\": \"2030-01-01T00:00\"", "\"start\": \"2030-13-01T00:00\""),
                        E + "$.start: '2030-13-01T00:00' is not a date-time (must be yyyy-MM-ddTHH:mm)\n"),
                mistake("start without a time",
                        edit("\"start\": \"2030-01-01T00:00\"", "\"start\": \"2030-01-01\""),
                        E + "$.start: '2030-01-01' is not a date-time (must be yyyy-MM-ddTHH:mm)\n"),
                mistake("inline profile of the wrong length",
                        edit("[0.5, 0.6, 0.7, 0.8]", "[0.5, 0.6, 0.7]"),
                        E + "$.profiles.wind_pu: 3 values (must have one per step: steps = 4)\n"),
                mistake("NaN in an inline profile",
                        edit("[0.5, 0.6, 0.7, 0.8]", "[0.5, NaN, 0.7, 0.8]"),
                        E + "$.profiles.wind_pu[1]: NaN is not a finite number (numbers must be finite)\n"),
                mistake("Infinity in an inline profile",
                        edit("[0.5, 0.6, 0.7, 0.8]", "[0.5, 0.6, Infinity, 0.8]"),
                        E + "$.profiles.wind_pu[2]: Infinity is not a finite number (numbers must be finite)\n"),
                mistake("a string in an inline profile",
                        edit("[0.5, 0.6, 0.7, 0.8]", "[0.5, 0.6, 0.7, \"0.8\"]"),
                        E + "$.profiles.wind_pu[3]: \"0.8\" is a string (must be a number)\n"),
                mistake("unknown profile name",
                        edit("\"profile\": \"pv\"", "\"profile\": \"pv_north\""),
                        E + "$.components[1].profile: unknown series 'pv_north' (a series must be one of: load, pv, "
                                + "wind_pu)\n"),
                mistake("missing profiles file",
                        edit("\"file\": \"profiles.csv\"", "\"file\": \"profile.csv\""),
                        E + "$.profiles.file: file 'profile.csv' not found at <dir>/profile.csv (must name a CSV "
                                + "file, relative to the scenario's folder)\n"),
                mistake("CSV: a cell that is not a number", edit(),
                        edit("2030-01-01T01:00,0.9,", "2030-01-01T01:00,n/a,"),
                        C + "line 3, column 'load': 'n/a' is not a number (must be a finite decimal number)\n"),
                mistake("CSV: a decimal comma", edit(),
                        edit("2030-01-01T02:00,1.0,0.5", "2030-01-01T02:00,1.0,\"0,5\""),
                        C + "line 4, column 'pv': '0,5' is not a number (must be a finite decimal number, with '.' as the decimal point)\n"),
                mistake("CSV: an empty cell", edit(),
                        edit("2030-01-01T02:00,1.0,0.5", "2030-01-01T02:00,,0.5"),
                        C + "line 4, column 'load': empty cell (must be a finite decimal number)\n"),
                // the missing cell is reported a second time, as an empty one
                mistake("CSV: a row with a cell too few", edit(),
                        edit("2030-01-01T02:00,1.0,0.5", "2030-01-01T02:00,1.0"),
                        C + "line 4: 2 cells (must have 3, one per column of the header)\n"
                        + C + "line 4, column 'pv': empty cell (must be a finite decimal number)\n"),
                mistake("CSV: a row pasted twice", edit(),
                        edit("2030-01-01T01:00,0.9,0.2\n", "2030-01-01T01:00,0.9,0.2\n2030-01-01T01:00,0.9,0.2\n"),
                        C + "line 4, column 'time': duplicate time 2030-01-01T01:00 (times must increase by "
                                + "step_hours from row to row)\n"
                        + C + "5 data rows (must have one row per step: steps = 4)\n"),
                mistake("CSV: a gap in the times", edit(),
                        edit("2030-01-01T02:00,", "2030-01-01T03:00,",
                                "2030-01-01T03:00,0.95", "2030-01-01T04:00,0.95"),
                        C + "line 4, column 'time': 2030-01-01T03:00 follows 2030-01-01T01:00 (times must increase "
                                + "by step_hours from row to row: expected 2030-01-01T02:00)\n"),
                mistake("CSV: starts an hour late", edit(),
                        edit("2030-01-01T03:00,", "2030-01-01T04:00,", "2030-01-01T02:00,", "2030-01-01T03:00,",
                                "2030-01-01T01:00,", "2030-01-01T02:00,", "2030-01-01T00:00,", "2030-01-01T01:00,"),
                        C + "line 2, column 'time': 2030-01-01T01:00 does not fit the scenario's start (the first "
                                + "row must be start = 2030-01-01T00:00)\n"),
                mistake("CSV: one row more than steps", edit(),
                        edit("2030-01-01T03:00,0.95,0.7\n", "2030-01-01T03:00,0.95,0.7\n2030-01-01T04:00,0.9,0.6\n"),
                        C + "5 data rows (must have one row per step: steps = 4)\n"),
                // a misspelt time column is named and read as the time column, not reported cell by cell
                mistake("CSV: time column misspelt", edit(),
                        edit("time,load,pv", "tme,load,pv"),
                        C + "line 1: no 'time' column (did you mean 'time' for 'tme'?)\n"),
                mistake("CSV: no time column", edit(),
                        edit("time,load,pv", "when,load,pv"),
                        C + "line 1: no 'time' column (the header must name a 'time' column)\n"
                        + C + "line 2, column 'when': '2030-01-01T00:00' is not a number (must be a finite decimal "
                                + "number)\n"
                        + C + "line 3, column 'when': '2030-01-01T01:00' is not a number (must be a finite decimal "
                                + "number)\n"
                        + C + "line 4, column 'when': '2030-01-01T02:00' is not a number (must be a finite decimal "
                                + "number)\n"
                        + C + "line 5, column 'when': '2030-01-01T03:00' is not a number (must be a finite decimal "
                                + "number)\n"),
                mistake("CSV: a negative load", edit(),
                        edit("2030-01-01T01:00,0.9,", "2030-01-01T01:00,-0.1,"),
                        C + "line 3, column 'load': -0.1 is out of range (must be >= 0 as demand of city)\n"),
                mistake("CSV: PV availability above 1", edit(),
                        edit("2030-01-01T03:00,0.95,0.7", "2030-01-01T03:00,0.95,1.2"),
                        C + "line 5, column 'pv': 1.2 is out of range (must be in [0, 1] as per-unit availability of "
                                + "solar)\n"),
                mistake("lookahead_hours below commit_hours",
                        edit("\"lookahead_hours\": 4, \"commit_hours\": 2",
                                "\"lookahead_hours\": 2, \"commit_hours\": 4"),
                        E + "$.dispatch.commit_hours: 4 is out of range (must be <= lookahead_hours = 2)\n"),
                mistake("p_initial_mw below pmin",
                        edit("\"p_initial_mw\": 200", "\"p_initial_mw\": 50"),
                        E + "$.components[3].p_initial_mw: 50 is out of range (must be in [pmin, pmax] = [120, 400] "
                                + "for a unit that is on)\n"),
                mistake("p_initial_mw above pmax",
                        edit("\"p_initial_mw\": 200", "\"p_initial_mw\": 450"),
                        E + "$.components[3].p_initial_mw: 450 is out of range (must be in [pmin, pmax] = [120, 400] "
                                + "for a unit that is on)\n"),
                mistake("p_initial_mw of a unit that is off",
                        edit("\"on_initial\": true", "\"on_initial\": false"),
                        E + "$.components[3].p_initial_mw: 200 is out of range (must be 0 for a unit with on_initial "
                                + "false)\n"),
                mistake("JSON syntax: a trailing comma",
                        edit("\"soc_initial_mwh\": 100}", "\"soc_initial_mwh\": 100},"),
                        E + "line 29, column 3: Unexpected character ']': expected a value (must be valid JSON; a "
                                + "comma before a closing bracket?)\n"),
                mistake("JSON syntax: a missing comma",
                        edit("\"name\": \"malformed-base\",", "\"name\": \"malformed-base\""),
                        E + "line 4, column 3: Unexpected character '\"': was expecting comma to separate "
                                + "Object entries (must be valid JSON)\n"),
                mistake("JSON: a key given twice",
                        edit("\"steps\": 4,", "\"steps\": 4, \"steps\": 5,"),
                        E + "line 6, column 24: duplicate field 'steps' (a key may appear once per object)\n"),
                mistake("three mistakes at once",
                        edit("\"capacity_mw\": 500", "\"capacity_mw\": -500",
                                "\"kind\": \"pv\"", "\"kind\": \"solar\"",
                                "\"eta_charge\": 0.95", "\"eta_charge\": 1.05"),
                        E + "$.lines[0].capacity_mw: -500 is out of range (must be >= 0)\n"
                        + E + "$.components[1].kind: unknown kind 'solar' (did you mean 'pv'?)\n"
                        + E + "$.components[4].eta_charge: 1.05 is out of range (must be in (0, 1])\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsReportedExactlyAndNothingIsWritten(Case mistake) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("scn"));
        Path scenario = dir.resolve("scenario.json");
        Files.writeString(scenario, mistake.json().apply(SCENARIO));
        Files.writeString(dir.resolve("profiles.csv"), mistake.csv().apply(PROFILES));
        Path out = tmp.resolve("out");

        Run run = sgls("run", scenario.toString(), "--out", out.toString(), "--quiet");

        String stderr = run.stderr().replace(dir.toString(), "<dir>");
        if (Boolean.getBoolean("sgls.dumpMalformed")) {
            System.out.println("@@@@\n" + stderr + "@@@@");
        }
        assertEquals(mistake.stderr(), stderr);
        assertEquals(Main.USER_ERROR, run.status(), stderr);
        assertEquals("", run.stdout());
        assertFalse(stderr.contains("Exception"), stderr);
        assertFalse(stderr.contains("\tat "), stderr);
        assertFalse(Files.exists(out), "no output folder");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(dir), left.toList(), "nothing written beside the scenario");
        }
    }

    /** The unedited scenario is valid, so each case fails for its own mistake only. */
    @Test
    void theBaseScenarioRuns() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("scn"));
        Files.writeString(dir.resolve("scenario.json"), SCENARIO);
        Files.writeString(dir.resolve("profiles.csv"), PROFILES);
        Path out = tmp.resolve("out");
        Run run = sgls("run", dir.toString(), "--out", out.toString(), "--quiet");
        assertEquals("", run.stderr());
        assertEquals(0, run.status());
        assertEquals(true, Files.isRegularFile(out.resolve("summary.json")));
    }

    private record Run(int status, String stdout, String stderr) {
    }

    private Run sgls(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int status = Main.execute(args, new PrintWriter(o), new PrintWriter(e), Engine.DEFAULT, tmp.resolve("home"));
        return new Run(status, o.toString(), e.toString());
    }

    private static Named<Case> mistake(String name, UnaryOperator<String> json, String stderr) {
        return mistake(name, json, edit(), stderr);
    }

    private static Named<Case> mistake(String name, UnaryOperator<String> json, UnaryOperator<String> csv,
            String stderr) {
        return Named.of(name, new Case(json, csv, stderr));
    }

    /** Replaces each {@code old} (which must occur exactly once) by the {@code new} after it, in turn. */
    private static UnaryOperator<String> edit(String... oldNew) {
        return text -> {
            String s = text;
            for (int i = 0; i < oldNew.length; i += 2) {
                int at = s.indexOf(oldNew[i]);
                if (at < 0 || s.indexOf(oldNew[i], at + 1) >= 0) {
                    throw new IllegalArgumentException("not exactly once: " + oldNew[i]);
                }
                s = s.replace(oldNew[i], oldNew[i + 1]);
            }
            return s;
        };
    }
}
