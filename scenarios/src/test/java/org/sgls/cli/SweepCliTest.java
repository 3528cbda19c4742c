package org.sgls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code sgls sweep} from the command line: a user's mistakes in a sweep file get exit status 2, one line per
 * problem naming the sweep file, the JSON path in it and the rule, and nothing is written; a good sweep prints
 * its summary.
 */
class SweepCliTest {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;
    private String stdout;
    private String stderr;

    private Path sweep(String grid) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/sweep/tiny.json")) {
            Files.write(tmp.resolve("tiny.json"), in.readAllBytes());
        }
        Path file = tmp.resolve("s.json");
        Files.writeString(file, "{\"schema_version\": 1, \"name\": \"s\", \"base\": \"tiny.json\", " + grid + "}",
                StandardCharsets.UTF_8);
        return file;
    }

    private int sgls(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int status = Main.execute(args, new PrintWriter(o), new PrintWriter(e), Engine.DEFAULT, HOME);
        stdout = o.toString();
        stderr = e.toString();
        return status;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "components[id=batery].pmax_mw | $.grid[0].path: no element of $.components has id 'batery' (did you mean 'battery'?)",
        "components[id=battery].tank.capacity_kg | $.grid[0].path: no 'tank' in $.components[3] (a key there must be one of: id, kind, technology, pmax_mw, duration_h, round_trip_efficiency, soc_initial_fraction)",
        "components[id=battery].technology | $.grid[0].path: $.components[3].technology is a string (a sweep sets numbers)",
        "components[id=battery.pmax_mw | $.grid[0].path: 'components[id=battery.pmax_mw' is not a parameter path (must be keys joined by '.', each optionally followed by [index] or [field=value], e.g. components[id=battery_north].pmax_mw)",
        "components[9].pmax_mw | $.grid[0].path: $.components has 4 elements (index 9 is out of range)",
        "profiles.sun | $.grid[0].path: $.profiles.sun is an array (a sweep sets numbers)",
    })
    void aPathThatLeadsNowhereIsAnErrorAtItsPlaceInTheSweepFile(String path, String message) throws IOException {
        Path file = sweep("\"grid\": [{\"path\": \"" + path + "\", \"values\": [10]}]");
        assertEquals(2, sgls("sweep", file.toString(), "--out", tmp.resolve("out").toString()));
        assertEquals("sgls: error: " + file + ": " + message + "\n", stderr);
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    @Test
    void aValueTheScenarioFormatRejectsIsReportedWhereTheSweepGivesIt() throws IOException {
        Path file = sweep("\"grid\": [{\"path\": \"components[id=battery].pmax_mw\", \"name\": \"battery_mw\", "
                + "\"values\": [10, -5]}]");
        assertEquals(2, sgls("sweep", file.toString(), "--out", tmp.resolve("out").toString()));
        assertEquals("sgls: error: " + file + ": $.grid[0].values[1]: the variant battery_mw = -5 is not a valid "
                + "scenario: " + tmp.resolve("tiny.json") + ": $.components[3].pmax_mw: -5 is out of range "
                + "(must be >= 0)\n", stderr);
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void everyMistakeOfTheFileIsListedAtOnce() throws IOException {
        Path file = sweep("\"gird\": [], \"annual_costs\": [{\"component\": \"battery\", \"per_mw\": -1}], "
                + "\"pareto\": {\"minimize\": [\"co2_t\"]}");
        assertEquals(2, sgls("sweep", file.toString(), "--out", tmp.resolve("out").toString()));
        assertEquals(String.join("\n",
                "sgls: error: " + file + ": $: no grid, list or search (a sweep has exactly one of them)",
                "sgls: error: " + file + ": $.annual_costs[0]: a negative cost (per_mw and per_mwh must be >= 0)",
                "sgls: error: " + file + ": $.pareto: 1 objective (a frontier needs at least two)",
                "sgls: error: " + file + ": $.gird: unknown field (did you mean 'grid'?)") + "\n", stderr);
    }

    @Test
    void aColumnTheFileNamesWronglyIsReportedAfterTheFirstVariant() throws IOException {
        Path file = sweep("\"grid\": [{\"path\": \"components[id=battery].pmax_mw\", \"values\": [10]}], "
                + "\"pareto\": {\"minimize\": [\"total_cost\", \"curtailment\"]}");
        assertEquals(2, sgls("sweep", file.toString(), "--out", tmp.resolve("out").toString(), "--quiet"));
        assertEquals("sgls: error: " + file + ": $.pareto.minimize[1]: no numeric column 'curtailment' in sweep.csv "
                + "(did you mean 'curtailment_rate'?)\n", stderr);
    }

    @Test
    void aGoodSweepPrintsWhatItDidAndWhere() throws IOException {
        Path file = sweep("\"grid\": [{\"path\": \"components[id=battery].pmax_mw\", \"name\": \"battery_mw\", "
                + "\"values\": [10, 60]}]");
        Path out = tmp.resolve("out");
        assertEquals(0, sgls("sweep", file.toString(), "--out", out.toString(), "--workers", "1"));
        assertTrue(stdout.startsWith("s: 2 variants (2 run now) by 1 worker in this process in "), stdout);
        assertTrue(stdout.endsWith("; 1 on the Pareto frontier\nwritten to " + out
                + " (sweep.csv, times.csv, report.html)\n"), stdout);
        assertTrue(stderr.contains("sgls: [2/2] battery_mw = "), stderr);
        assertEquals(0, sgls("sweep", file.toString(), "--out", out.toString(), "--quiet"));
        assertEquals("", stdout + stderr, "resumed: nothing left to run, nothing said");
    }
}
