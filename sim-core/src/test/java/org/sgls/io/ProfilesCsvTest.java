package org.sgls.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgls.model.Load;
import org.sgls.model.Scenario;

/** Profiles from a CSV file: bad cells and times are named by line and column. */
class ProfilesCsvTest {
    @TempDir
    Path dir;

    /** A scenario of {@code steps} steps whose profiles all come from profiles.csv. */
    private Path scenario(String csv, String steps) {
        Fixtures.write(dir, "profiles.csv", csv);
        return Fixtures.write(dir, "test.json", """
                {
                  "schema_version": 1,
                  "name": "csv",
                  "start": "2030-01-01T00:00",
                  %s
                  "profiles": {"file": "profiles.csv"},
                  "components": [
                    {"id": "load", "kind": "load", "profile": "demand", "scale_mw": 10},
                    {"id": "pv", "kind": "pv", "capacity_mw": 50, "profile": "sun"}
                  ]
                }
                """.formatted(steps));
    }

    private String csvFile() {
        return dir.resolve("profiles.csv").toString();
    }

    /** Every problem, the CSV's prefixed with "csv: " and the scenario's with "json: ". */
    private List<String> problems(Path scenario) {
        String csv = csvFile() + ": ";
        return Fixtures.problems(scenario).stream().map(p -> p.startsWith(csv) ? "csv: " + p.substring(csv.length())
                : "json: " + p).toList();
    }

    @Test
    void readsAValidFile() {
        Scenario s = ScenarioReader.read(scenario("""
                time,demand,sun
                2030-01-01T00:00,10,0
                2030-01-01T01:00,12,0.5
                2030-01-01 02:00,11,0.75
                """, ""));
        assertEquals(3, s.system().axis().steps());
        assertEquals(110, s.system().all(Load.class).get(0).demandMw().at(2), 0);
    }

    @Test
    void readsWhatSpreadsheetsWrite() {
        String csv = "\uFEFF\"time\",\"demand\",\"sun\"\r\n2030-01-01T00:00,10,0\r\n2030-01-01T01:00,\"12\",0.5\r\n";
        Scenario s = ScenarioReader.read(scenario(csv, ""));
        assertEquals(120, s.system().all(Load.class).get(0).demandMw().at(1), 0);
    }

    @Test
    void unclosedQuote() {
        List<String> p = problems(scenario("time,demand,sun\n2030-01-01T00:00,\"10,0\n", ""));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("csv: line 2: "), p.get(0));
    }

    @Test
    void badCellsAreNamedByLineAndColumn() {
        List<String> p = problems(scenario("""
                time,demand,sun
                2030-01-01T00:00,10,0
                2030-01-01T01:00,abc,0.5
                2030-01-01T02:00,,NaN
                2030-01-01T03:00,1e999,0x10
                2030-01-01T04:00,10
                """, ""));
        assertEquals(List.of(
                "csv: line 3, column 'demand': 'abc' is not a number (must be a finite decimal number)",
                "csv: line 4, column 'demand': empty cell (must be a finite decimal number)",
                "csv: line 4, column 'sun': 'NaN' is not a finite number (must be a finite decimal number)",
                "csv: line 5, column 'demand': '1e999' is not a finite number (must be a finite decimal number)",
                "csv: line 5, column 'sun': '0x10' is not a number (must be a finite decimal number)",
                "csv: line 6: 2 cells (must have 3, one per column of the header)",
                "csv: line 6, column 'sun': empty cell (must be a finite decimal number)"), p);
    }

    @Test
    void timesMustStartAtTheStartAndStepEvenly() {
        List<String> p = problems(scenario("""
                time,demand,sun
                2030-01-01T01:00,10,0
                2030-01-01T02:00,10,0
                2030-01-01T02:00,10,0
                2030-01-01T04:00,10,0

                2030-01-01T05:00,10,0
                yesterday,10,0
                2030-01-01T07:00,10,0
                """, ""));
        assertEquals(List.of(
                "csv: line 2, column 'time': 2030-01-01T01:00 does not fit the scenario's start "
                        + "(the first row must be start = 2030-01-01T00:00)",
                "csv: line 4, column 'time': duplicate time 2030-01-01T02:00 "
                        + "(times must increase by step_hours from row to row)",
                "csv: line 5, column 'time': 2030-01-01T04:00 follows 2030-01-01T02:00 "
                        + "(times must increase by step_hours from row to row: expected 2030-01-01T03:00)",
                "csv: line 8, column 'time': 'yesterday' is not a date-time (must be yyyy-MM-ddTHH:mm)"), p);
    }

    @Test
    void headerProblems() {
        List<String> p = problems(scenario("""
                when,demand,demand,sun light
                2030-01-01T00:00,10,0,1
                """, ""));
        assertEquals(List.of(
                "csv: line 1: duplicate column 'demand' (column names must be unique)",
                "csv: line 1: column name 'sun light' is not valid (series names must match [A-Za-z0-9_.-]+)",
                "csv: line 1: no 'time' column (the header must name a 'time' column)",
                "csv: line 2, column 'when': '2030-01-01T00:00' is not a number (must be a finite decimal number)",
                "json: $.components[1].profile: unknown series 'sun' (a series must be one of: when, demand)"), p);
    }

    @Test
    void aSkippedLeapDayAndDaylightSavingShiftsAreExplained() {
        Fixtures.write(dir, "profiles.csv", """
                time,demand,sun
                2028-02-28T23:00,10,0
                2028-03-01T00:00,10,0
                """);
        List<String> p = problems(Fixtures.write(dir, "test.json", """
                {"schema_version": 1, "name": "csv", "start": "2028-02-28T23:00", "profiles": {"file": "profiles.csv"},
                 "components": [{"id": "load", "kind": "load", "profile": "demand"}]}
                """));
        assertEquals(List.of("csv: line 3, column 'time': 2028-03-01T00:00 follows 2028-02-28T23:00 (times must"
                + " increase by step_hours from row to row: expected 2028-02-29T00:00; the file skips 29 February, but"
                + " 2028 is a leap year: add the day's rows (e.g. repeat 28 February) or use a common year)"), p);

        Fixtures.write(dir, "profiles.csv", """
                time,demand,sun
                2030-03-31T01:00,10,0
                2030-03-31T03:00,10,0
                """);
        p = problems(Fixtures.write(dir, "test.json", """
                {"schema_version": 1, "name": "csv", "start": "2030-03-31T01:00", "profiles": {"file": "profiles.csv"},
                 "components": [{"id": "load", "kind": "load", "profile": "demand"}]}
                """));
        assertEquals(List.of("csv: line 3, column 'time': 2030-03-31T03:00 follows 2030-03-31T01:00 (times must"
                + " increase by step_hours from row to row: expected 2030-03-31T02:00; this looks like a daylight-saving"
                + " shift: SGLS runs on a fixed clock (China, UTC+8, has no daylight saving), so export the series in a"
                + " fixed-offset time zone)"), p);
    }

    @Test
    void aRowCountOneDayOffPointsAtALeapDay() {
        StringBuilder csv = new StringBuilder("time,demand,sun\n");
        for (int h = 0; h < 48; h++) {
            csv.append(java.time.LocalDateTime.of(2030, 1, 1, 0, 0).plusHours(h)).append(",10,0\n");
        }
        List<String> p = problems(scenario(csv.toString(), "\"steps\": 24,"));
        assertEquals(List.of("csv: 48 data rows (must have one row per step: steps = 24"
                + " (one day apart: a 29 February in one and not in the other?))"), p);
    }

    @Test
    void rowCountMustEqualSteps() {
        List<String> p = problems(scenario("""
                time,demand,sun
                2030-01-01T00:00,10,0
                2030-01-01T01:00,10,0
                """, "\"steps\": 3,"));
        assertEquals(List.of("csv: 2 data rows (must have one row per step: steps = 3)"), p);
    }

    @Test
    void valuesThatDoNotSuitTheirUseAreNamedByLine() {
        List<String> p = problems(scenario("""
                time,demand,sun
                2030-01-01T00:00,10,0
                2030-01-01T01:00,-3,1.5
                2030-01-01T02:00,10,0
                """, ""));
        assertEquals(List.of(
                "csv: line 3, column 'demand': -3 is out of range (must be >= 0 as demand of load)",
                "csv: line 3, column 'sun': 1.5 is out of range (must be in [0, 1] as per-unit availability of pv)"), p);
    }

    @Test
    void aSystematicErrorIsCappedPerColumn() {
        StringBuilder csv = new StringBuilder("time,demand,sun\n");
        for (int h = 0; h < 15; h++) {
            csv.append("2030-01-01T%02d:00,x,0\n".formatted(h));
        }
        List<String> p = problems(scenario(csv.toString(), ""));
        assertEquals(11, p.size());
        assertEquals("csv: line 2, column 'demand': 'x' is not a number (must be a finite decimal number)", p.get(0));
        assertEquals("csv: column 'demand': 5 more problems (only the first 10 of a column are listed)", p.get(10));
    }

    @Test
    void inlineSeriesMayJoinTheFileButNotShareItsNames() {
        Fixtures.write(dir, "profiles.csv", "time,demand\n2030-01-01T00:00,10\n2030-01-01T01:00,12\n");
        Path json = Fixtures.write(dir, "test.json", """
                {"schema_version": 1, "name": "mix", "start": "2030-01-01T00:00",
                 "profiles": {"file": "profiles.csv", "sun": [0, 0.5], "demand": [1, 2]},
                 "components": [{"id": "load", "kind": "load", "profile": "demand"},
                                {"id": "pv", "kind": "pv", "capacity_mw": 5, "profile": "sun"}]}
                """);
        assertEquals(List.of("$.profiles.demand: series 'demand' is also a column of " + csvFile()
                + " (series names must be unique)"), Fixtures.problems(json));
    }
}
