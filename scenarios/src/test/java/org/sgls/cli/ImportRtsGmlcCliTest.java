package org.sgls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgls.io.ScenarioReader;
import org.sgls.model.Scenario;
import org.sgls.model.ThermalUnit;
import org.sgls.rtsgmlc.RtsFixture;

/**
 * {@code sgls import rts-gmlc} through the command line: a short import that {@code sgls run}'s reader takes,
 * and the mistakes a user makes with the data folder or the output folder (exit 2, one clear line, nothing
 * written).
 */
class ImportRtsGmlcCliTest {
    @TempDir
    Path tmp;
    private String stdout = "";
    private String stderr = "";

    @Test
    void twoDaysImportIntoAScenarioTheReaderTakes() throws IOException {
        Path out = tmp.resolve("rts");
        assertEquals(0, sgls("import", "rts-gmlc", RtsFixture.dataDir().toString(), "--out", out.toString(),
                "--days", "2"));
        assertTrue(stdout.contains("48 hourly steps from 2025-01-01T00:00 (data: 8784 hours from 2020-01-01T00:00; "
                + "29 February dropped, 24 hours; only the first 2 days imported)"), stdout);
        assertTrue(stdout.contains("heat-rate curves convexified: 0"), stdout);
        assertTrue(stdout.contains("written to " + out.toAbsolutePath().normalize()), stdout);
        assertEquals("", stderr);
        assertEquals(List.of("RTS-GMLC-NOTICE.md", "profiles.csv", "scenario.json"), names(out));
        Scenario s = ScenarioReader.read(out.resolve("scenario.json"));
        assertEquals(48, s.system().axis().steps());
        assertEquals(73, s.system().all(ThermalUnit.class).size());
        assertTrue(Files.readString(out.resolve("RTS-GMLC-NOTICE.md")).contains("DATA USE DISCLAIMER AGREEMENT"));
        assertEquals(List.of("rts"), names(tmp)); // no temporary folder left
    }

    @Test
    void aFolderThatIsNotRtsDataNamesTheMissingFile() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(2, sgls("import", "rts-gmlc", empty.toString(), "--out", tmp.resolve("x").toString()));
        assertEquals("sgls: error: " + empty + ": no SourceData/bus.csv (the folder must be RTS-GMLC's RTS_Data, "
                + "holding SourceData/ and timeseries_data_files/)\n", stderr);
        assertEquals(2, sgls("import", "rts-gmlc", tmp.resolve("nowhere").toString(), "--out",
                tmp.resolve("x").toString()));
        assertEquals("sgls: error: " + tmp.resolve("nowhere") + ": no such folder (give RTS-GMLC's RTS_Data folder)\n",
                stderr);
        assertEquals(List.of("empty"), names(tmp));
    }

    @Test
    void aMissingSeriesFileAndABadCellAreNamedWithLineAndColumn() throws IOException {
        Path data = copyOfData();
        Files.delete(data.resolve("timeseries_data_files/WIND/DAY_AHEAD_wind.csv"));
        assertEquals(2, sgls("import", "rts-gmlc", data.toString(), "--out", tmp.resolve("x").toString()));
        assertEquals("sgls: error: " + data + ": no timeseries_data_files/WIND/DAY_AHEAD_wind.csv (the folder must be "
                + "RTS-GMLC's RTS_Data, holding SourceData/ and timeseries_data_files/)\n", stderr);

        Path again = copyOfData();
        Path gen = again.resolve("SourceData/gen.csv");
        Files.writeString(gen, Files.readString(gen).replaceFirst("101_STEAM_3,101,3,U76,STEAM,Coal,Coal,76,0.14,1.0468,76,",
                "101_STEAM_3,101,3,U76,STEAM,Coal,Coal,76,0.14,1.0468,7b6,"));
        assertEquals(2, sgls("import", "rts-gmlc", again.toString(), "--out", tmp.resolve("x").toString()));
        assertEquals("sgls: error: SourceData/gen.csv: line 4, column 'PMax MW': '7b6' is not a number (must be a "
                + "decimal number)\n", stderr);
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void anExistingFolderNeedsForceAndOnlyAScenarioIsReplaced() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(other.resolve("notes.txt"), "mine");
        String data = RtsFixture.dataDir().toString();
        assertEquals(2, sgls("import", "rts-gmlc", data, "--out", other.toString(), "--days", "1"));
        assertEquals("sgls: error: " + other + ": already exists (use --force to replace it)\n", stderr);
        assertEquals(2, sgls("import", "rts-gmlc", data, "--out", other.toString(), "--days", "1", "--force"));
        assertEquals("sgls: error: " + other + ": is not a scenario folder (no scenario.json); refusing to replace it\n",
                stderr);
        assertEquals(List.of("notes.txt"), names(other));

        Path out = tmp.resolve("rts");
        assertEquals(0, sgls("import", "rts-gmlc", data, "--out", out.toString(), "--days", "1", "--quiet"));
        assertEquals("", stdout);
        assertEquals(0, sgls("import", "rts-gmlc", data, "--out", out.toString(), "--days", "2", "--force", "-q"));
        assertEquals(48, ScenarioReader.read(out.resolve("scenario.json")).system().axis().steps());
    }

    @Test
    void importWithoutAFormatShowsItsUsage() {
        assertEquals(2, sgls("import"));
        assertTrue(stderr.contains("rts-gmlc"), stderr);
        assertTrue(stderr.contains("sgls: error: a format is required"), stderr);
        assertEquals(2, sgls("import", "rts-gmlc", "x", "--out", "y", "--days", "-3"));
        assertEquals("sgls: error: --days must be >= 1 (0 or absent: the whole year), got -3\n", stderr);
    }

    /** The data's CSV files, copied to be spoilt. */
    private Path copyOfData() throws IOException {
        Path source = RtsFixture.dataDir();
        Path copy = Files.createTempDirectory(tmp, "data");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Path target = copy.resolve(source.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
                target.toFile().setWritable(true);
            }
        }
        return copy;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private int sgls(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int status = Main.execute(args, new PrintWriter(o), new PrintWriter(e), Engine.DEFAULT, tmp);
        stdout = o.toString();
        stderr = e.toString();
        return status;
    }
}
