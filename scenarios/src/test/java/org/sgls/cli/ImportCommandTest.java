package org.sgls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgls.io.ScenarioReader;
import org.sgls.model.Kind;
import org.sgls.model.Scenario;
import org.sgls.model.ThermalUnit;

/** {@code sgls import matpower}: a scenario folder that {@code sgls run} takes, or exit 2 and nothing written. */
class ImportCommandTest {
    private static final String CASE = """
            function mpc = two
            mpc.baseMVA = 100;
            mpc.bus = [
            	1	3	0	0	0;
            	2	1	150	0	0;
            ];
            mpc.gen = [
            	1	0	0	0	0	1	100	1	200	20;
            	2	0	0	0	0	1	100	0	50	0;
            ];
            mpc.branch = [
            	1	2	0	0.1	0	0	0	0	0	0	1;
            ];
            mpc.gencost = [
            	2	0	0	3	0.01	20	100;
            	2	0	0	2	30	0	0;
            ];
            """;

    @TempDir
    Path tmp;
    private String stdout;
    private String stderr;

    private int sgls(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err), Engine.DEFAULT, tmp);
        stdout = out.toString();
        stderr = err.toString();
        return status;
    }

    @Test
    void writesAScenarioFolder() throws IOException {
        Path file = Files.writeString(tmp.resolve("two.m"), CASE);
        Path out = tmp.resolve("two");
        assertEquals(0, sgls("import", "matpower", file.toString(), "--out", out.toString(), "--steps", "3",
                "--kind", "coal"), stderr);
        assertEquals("", stderr);
        assertTrue(stdout.endsWith("written to " + out.resolve("scenario.json") + "\n"), stdout);
        Scenario s = ScenarioReader.read(out.resolve("scenario.json"));
        assertEquals("two", s.name());
        assertEquals(3, s.system().axis().steps());
        assertEquals(1, s.system().all(ThermalUnit.class).size()); // the generator out of service is left out
        assertEquals(Kind.COAL, s.system().all(ThermalUnit.class).get(0).kind());
        assertEquals(350, s.system().lines().get(0).capacityMw(), 0); // RATE_A 0: 200 MW in service + 150 MW of load
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(2, left.count(), "no temporary folder left behind");
        }
    }

    @Test
    void aBrokenCaseFileIsExitTwoAndNothingIsWritten() throws IOException {
        Path file = Files.writeString(tmp.resolve("bad.m"), CASE.replace("0.01\t20\t100", "-0.01\t20\t100"));
        Path out = tmp.resolve("bad");
        assertEquals(Main.USER_ERROR, sgls("import", "matpower", file.toString(), "--out", out.toString()));
        assertEquals("sgls: error: " + file + ": line 15: generator 1 has c2 = -0.01 (must be >= 0: a concave cost "
                + "cannot be dispatched by merit order)\n", stderr);
        assertFalse(Files.exists(out));
    }

    @Test
    void anExistingFolderABadKindAndNoFormatAreRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("two.m"), CASE);
        Path out = Files.createDirectories(tmp.resolve("taken"));
        assertEquals(Main.USER_ERROR, sgls("import", "matpower", file.toString(), "--out", out.toString()));
        assertEquals("sgls: error: " + out + ": already exists; choose a new folder\n", stderr);
        assertEquals(Main.USER_ERROR, sgls("import", "matpower", file.toString(), "--out", tmp.resolve("x").toString(),
                "--kind", "pv"));
        assertEquals("sgls: error: --kind must be coal, gas, oil or nuclear, got 'pv'\n", stderr);
        assertEquals(Main.USER_ERROR, sgls("import"));
        assertTrue(stderr.contains("sgls: error: a format is required, e.g. 'sgls import matpower case9.m --out case9'"),
                stderr);
    }
}
