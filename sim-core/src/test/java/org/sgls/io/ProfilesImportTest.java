package org.sgls.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgls.model.Scenario;
import org.sgls.model.VariableSource;
import org.sgls.timeseries.Profile;
import org.sgls.timeseries.UtcHourlyYear;

/**
 * {@code profiles.import}: hourly exports of PVGIS and renewables.ninja, written here as small synthetic files in
 * each service's layout (a sun-shaped output: zero at night in UTC+8, peaking at 05:00 UTC = 13:00 Beijing time).
 */
class ProfilesImportTest {
    private static final DateTimeFormatter NINJA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter PVGIS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd:HH'10'");
    /** Lines before the first data row of the files below. */
    private static final int NINJA_HEADER_LINES = 3;
    private static final int PVGIS_HEADER_LINES = 11;

    @TempDir
    Path dir;

    /** Output per unit at a UTC hour: a half sine from 22:00 to 12:00 UTC (06:00-20:00 at UTC+8). */
    static double sun(LocalDateTime utc) {
        int localHour = (utc.getHour() + 8) % 24;
        return localHour < 6 || localHour > 19 ? 0 : Math.round(1000 * Math.sin(Math.PI * (localHour - 5.5) / 15)) / 1000.0;
    }

    static List<String> ninjaLines(int year) {
        List<String> lines = new ArrayList<>();
        lines.add("# Renewables.ninja Solar PV Point API (1.1) - https://www.renewables.ninja/ - synthetic test file");
        lines.add("# {\"units\": {\"time\": \"UTC\", \"local_time\": \"UTC+0800\", \"electricity\": \"kW\"}, "
                + "\"params\": {\"capacity\": 1.0}}");
        lines.add("time,local_time,electricity");
        LocalDateTime t = LocalDateTime.of(year, 1, 1, 0, 0);
        for (int h = 0; h < UtcHourlyYear.hoursIn(year); h++, t = t.plusHours(1)) {
            lines.add(NINJA_TIME.format(t) + "," + NINJA_TIME.format(t.plusHours(8)) + "," + sun(t));
        }
        return lines;
    }

    static List<String> pvgisLines(int year, String nominalKwp) {
        List<String> lines = new ArrayList<>();
        lines.add("Latitude (decimal degrees):\t37.500");
        lines.add("Longitude (decimal degrees):\t105.200");
        lines.add("Elevation (m):\t1230");
        lines.add("Radiation database:\tPVGIS-SARAH3");
        lines.add("");
        lines.add("");
        lines.add("Slope: 33 deg. ");
        lines.add("Azimuth: 0 deg. ");
        lines.add(nominalKwp == null ? "System losses (%):\t14.0"
                : "Nominal power of the PV system (c-Si) (kWp):\t" + nominalKwp);
        lines.add("System losses (%):\t14.0");
        lines.add("time,P,G(i),H_sun,T2m,WS10m,Int");
        LocalDateTime t = LocalDateTime.of(year, 1, 1, 0, 0);
        double kw = nominalKwp == null ? 1 : Double.parseDouble(nominalKwp);
        for (int h = 0; h < UtcHourlyYear.hoursIn(year); h++, t = t.plusHours(1)) {
            double w = sun(t) * kw * 1000;
            lines.add(PVGIS_TIME.format(t) + "," + String.format(Locale.ROOT, "%.2f", w) + ",0.0,0.0,5.0,2.0,0.0");
        }
        lines.add("");
        lines.add("P: PV system power (W)");
        lines.add("G(i): Global irradiance on the inclined plane (plane of the array) (W/m2)");
        lines.add("PVGIS (c) European Union, 2001-2024");
        return lines;
    }

    private void file(String name, List<String> lines) {
        try {
            Files.write(dir.resolve(name), lines);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String importing(String start, int steps, String entry) {
        return """
                {
                  "schema_version": 1,
                  "name": "imported",
                  "start": "%s",
                  "steps": %d,
                  "profiles": {"import": [%s]},
                  "components": [{"id": "pv", "kind": "pv", "capacity_mw": 100, "profile": "pv_zw"}]
                }
                """.formatted(start, steps, entry);
    }

    private static final String NINJA_ENTRY = """
            {"file": "ninja.csv", "format": "renewables.ninja", "column": "electricity", "name": "pv_zw", "capacity_kw": 1}""";

    private Scenario read(String json) {
        return ScenarioReader.read(Fixtures.write(dir, "test.json", json));
    }

    /** The problems, with the test folder left out of file names. */
    private List<String> problems(String json) {
        return Fixtures.problems(Fixtures.write(dir, "test.json", json)).stream()
                .map(p -> p.replace(dir + "/", "")).toList();
    }

    private void assertProblems(String json, String... expected) {
        assertEquals(List.of(expected), problems(json));
    }

    private static Profile pv(Scenario s) {
        return s.system().all(VariableSource.class).get(0).availabilityPu();
    }

    @Test
    void ninjaDataOfAnotherYearLandsOnTheScenarioClock() {
        file("ninja.csv", ninjaLines(2019));
        Scenario s = read(importing("2030-01-01T00:00", 8760, NINJA_ENTRY));
        Profile p = pv(s);
        // 13:00 Beijing time on 21 June 2030 = 05:00 UTC on 21 June of the data's 2019.
        int step = (31 + 28 + 31 + 30 + 31 + 20) * 24 + 13;
        assertEquals(sun(LocalDateTime.of(2019, 6, 21, 5, 0)), p.at(step), 0);
        assertEquals(0, p.at(2), 0, "02:00 is night");
        assertTrue(p.at(13) > 0.9, "the peak at 13:00");
        assertTrue(p.origin().contains("\"data_year\":2019"), p.origin());
    }

    @Test
    void pvgisWattsForTheStatedSystemSize() throws IOException {
        file("pvgis.csv", pvgisLines(2020, "2.0"));
        Scenario s = read(importing("2030-01-01T00:00", 8760,
                "{\"file\": \"pvgis.csv\", \"format\": \"pvgis\", \"name\": \"pv_zw\"}"));
        Profile p = pv(s);
        assertEquals(sun(LocalDateTime.of(2020, 1, 1, 5, 0)), p.at(13), 1e-9, "P / (2 kWp x 1000)");
        // A written scenario records where the series came from, and reads back to the same bytes.
        Path a = ScenarioWriter.write(s, dir.resolve("a"));
        String json = Files.readString(a);
        assertTrue(json.contains("\"import\": {"), json);
        assertTrue(json.contains("\"format\": \"pvgis\""));
        assertTrue(json.contains("\"capacity_kw\": 2"));
        Path b = ScenarioWriter.write(ScenarioReader.read(a), dir.resolve("b"));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void aLeapYearScenarioNeedsLeapYearData() {
        file("ninja.csv", ninjaLines(2019));
        assertProblems(importing("2028-01-01T00:00", 8784, NINJA_ENTRY),
                "$.profiles.import[0]: the data's year 2019 has no 29 February, which the scenario's 2028 has (use data"
                        + " of a leap year (e.g. 2020) or a scenario in a common year)");
        file("ninja.csv", ninjaLines(2024));
        assertEquals(8784, pv(read(importing("2028-01-01T00:00", 8784, NINJA_ENTRY))).length());
    }

    // --- malformed files: the exact lines, with the file's own line numbers ---------------------------

    private void ninjaWith(int dataRow, String replacement) {
        List<String> lines = ninjaLines(2019);
        if (replacement == null) {
            lines.remove(NINJA_HEADER_LINES + dataRow);
        } else {
            lines.set(NINJA_HEADER_LINES + dataRow, replacement);
        }
        file("ninja.csv", lines);
    }

    @Test
    void negativeAndNonNumericValues() {
        List<String> lines = ninjaLines(2019);
        lines.set(NINJA_HEADER_LINES + 53, "2019-01-03 05:00,2019-01-03 13:00,-0.2");
        lines.set(NINJA_HEADER_LINES + 54, "2019-01-03 06:00,2019-01-03 14:00,nan");
        lines.set(NINJA_HEADER_LINES + 55, "2019-01-03 07:00,2019-01-03 15:00,");
        file("ninja.csv", lines);
        assertProblems(importing("2030-01-01T00:00", 8760, NINJA_ENTRY),
                "ninja.csv: line 57, column 'electricity': -0.2 is negative (power must be >= 0)",
                "ninja.csv: line 58, column 'electricity': 'nan' is not a finite number (must be a finite decimal number)",
                "ninja.csv: line 59, column 'electricity': empty cell (must be a finite decimal number)");
    }

    @Test
    void aMissingHourIsAGap() {
        ninjaWith(52, null); // 2019-01-03 04:00 is gone
        assertProblems(importing("2030-01-01T00:00", 8760, NINJA_ENTRY),
                "ninja.csv: line 56, column 'time': 2019-01-03 05:00 follows 2019-01-03 03:00 (hours must follow one"
                        + " another: expected 2019-01-03 04:00)");
    }

    @Test
    void aRepeatedHourAndABadTime() {
        ninjaWith(10, "2019-01-01 09:00,2019-01-01 17:00,0"); // 10:00 becomes a second 09:00
        List<String> lines = new ArrayList<>(Files.exists(dir.resolve("ninja.csv")) ? readLines() : List.of());
        lines.set(NINJA_HEADER_LINES + 20, "2019-13-01 20:00,2019-13-02 04:00,0");
        file("ninja.csv", lines);
        assertProblems(importing("2030-01-01T00:00", 8760, NINJA_ENTRY),
                "ninja.csv: line 14, column 'time': duplicate hour 2019-01-01 09:00 (hours must follow one another)",
                "ninja.csv: line 15, column 'time': 2019-01-01 11:00 follows 2019-01-01 09:00 (hours must follow one"
                        + " another: expected 2019-01-01 10:00)",
                "ninja.csv: line 24, column 'time': '2019-13-01 20:00' is not an hour (must be yyyy-MM-dd HH:00 in UTC,"
                        + " as renewables.ninja writes it)",
                "ninja.csv: line 25, column 'time': 2019-01-01 21:00 follows 2019-01-01 19:00 (hours must follow one"
                        + " another: expected 2019-01-01 20:00)");
    }

    private List<String> readLines() {
        try {
            return Files.readAllLines(dir.resolve("ninja.csv"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void lengthAndStartMustMakeACalendarYear() {
        List<String> lines = ninjaLines(2019);
        file("ninja.csv", lines.subList(0, NINJA_HEADER_LINES + 8000));
        assertProblems(importing("2030-01-01T00:00", 8760, NINJA_ENTRY),
                "ninja.csv: 8000 hourly rows from 2019-01-01 00:00 to 2019-11-30 07:00 UTC (must be a whole calendar"
                        + " year: 8760 rows for 2019, a common year)");
        List<String> twoYears = new ArrayList<>(ninjaLines(2019));
        twoYears.addAll(ninjaLines(2020).subList(NINJA_HEADER_LINES, NINJA_HEADER_LINES + 8784));
        file("ninja.csv", twoYears);
        assertProblems(importing("2030-01-01T00:00", 8760, NINJA_ENTRY),
                "ninja.csv: 17544 hourly rows from 2019-01-01 00:00 to 2020-12-31 23:00 UTC (must be one calendar year:"
                        + " 8760 rows for 2019, a common year; export a single year)");
        List<String> late = new ArrayList<>(lines.subList(0, NINJA_HEADER_LINES));
        late.addAll(lines.subList(NINJA_HEADER_LINES + 5, lines.size()));
        file("ninja.csv", late);
        assertProblems(importing("2030-01-01T00:00", 8760, NINJA_ENTRY),
                "ninja.csv: line 4, column 'time': the data start at 2019-01-01 05:00 UTC (must start on 1 January 00:00"
                        + " UTC: a whole calendar year is read)");
    }

    @Test
    void theEntryIsCheckedStrictly() {
        file("ninja.csv", ninjaLines(2019));
        assertProblems(importing("2030-01-01T00:00", 8760, """
                {"file": "ninja.csv", "format": "renewables-ninja", "name": "pv_zw", "capacity": 1}"""),
                "$.profiles.import[0].format: 'renewables-ninja' is not known (did you mean 'renewables.ninja'?)",
                "$.profiles.import[0].capacity: unknown field (did you mean 'capacity_kw'?)");
        assertProblems(importing("2030-01-01T00:00", 8760, """
                {"file": "ninja.csv", "format": "renewables.ninja", "name": "pv zw", "capacity_kw": 0}"""),
                "$.profiles.import[0].name: 'pv zw' is not a valid series name (must match [A-Za-z0-9_.-]+ and not be one"
                        + " of time, file, generate, import, provenance)",
                "$.profiles.import[0].capacity_kw: 0 is out of range (must be > 0)");
    }

    @Test
    void missingFileColumnOrSystemSize() {
        assertProblems(importing("2030-01-01T00:00", 8760, NINJA_ENTRY),
                "$.profiles.import[0].file: file 'ninja.csv' not found at ninja.csv (must name a CSV file, relative to the"
                        + " scenario's folder)");
        file("ninja.csv", ninjaLines(2019));
        assertProblems(importing("2030-01-01T00:00", 8760, NINJA_ENTRY.replace("\"electricity\"", "\"electricty\"")),
                "ninja.csv: line 3: no column 'electricty' (did you mean 'electricity'?)");
        file("pvgis.csv", pvgisLines(2019, null));
        assertProblems(importing("2030-01-01T00:00", 8760,
                        "{\"file\": \"pvgis.csv\", \"format\": \"pvgis\", \"name\": \"pv_zw\"}"),
                "$.profiles.import[0].capacity_kw: missing (required: pvgis.csv does not state its system size)");
    }

    @Test
    void perUnitValuesAboveOneAreReportedAtTheirLine() {
        ninjaWith(4000, "2019-06-16 16:00,2019-06-17 00:00,1.5");
        assertProblems(importing("2030-01-01T00:00", 8760, NINJA_ENTRY),
                "ninja.csv: line 4004, column 'electricity': 1.5 is out of range (must be in [0, 1] as per-unit"
                        + " availability of pv)");
    }

    @Test
    void pvgisFooterIsNotData() {
        file("pvgis.csv", pvgisLines(2019, "1.0"));
        assertEquals(8760, pv(read(importing("2030-01-01T00:00", 8760,
                "{\"file\": \"pvgis.csv\", \"format\": \"pvgis\", \"name\": \"pv_zw\"}"))).length());
        List<String> lines = pvgisLines(2019, "1.0");
        lines.set(PVGIS_HEADER_LINES + 100, "20190105:0410,NaN,0.0,0.0,5.0,2.0,0.0");
        file("pvgis.csv", lines);
        assertProblems(importing("2030-01-01T00:00", 8760,
                        "{\"file\": \"pvgis.csv\", \"format\": \"pvgis\", \"name\": \"pv_zw\"}"),
                "pvgis.csv: line 112, column 'P': 'NaN' is not a finite number (must be a finite decimal number)");
    }
}
