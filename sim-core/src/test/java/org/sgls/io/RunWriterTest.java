package org.sgls.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgls.fixtures.TinyRunFactory;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Results;
import org.sgls.sim.RunResult;
import org.sgls.timeseries.TimeAxis;

class RunWriterTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheFourFilesInContractLayout() throws IOException {
        Path out = tmp.resolve("run");
        Map<String, Object> summary = new RunWriter().write(TinyRunFactory.create(), out, RunWriter.Existing.REFUSE);

        for (String name : RunWriter.RUN_FILES) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        List<String> hourly = Files.readAllLines(out.resolve("hourly.csv"));
        assertEquals(4, hourly.size());
        assertTrue(hourly.get(0).startsWith("time,city.p_mw,city.demand_mw,city.shed_mw,pv1.p_mw,pv1.avail_mw,"));
        assertTrue(hourly.get(0).endsWith(",south.reserve_shortfall_mw"));
        assertTrue(hourly.get(1).startsWith("2030-01-01T00:00,-65,65,0,0,0,0,80,80,0,"), hourly.get(1));
        assertTrue(hourly.get(3).startsWith("2030-01-01T02:00,"));
        assertTrue(hourly.get(3).endsWith(",5.1,4.1,1"), hourly.get(3));

        List<String> components = Files.readAllLines(out.resolve("components.csv"));
        String header = components.get(0);
        assertTrue(header.startsWith(String.join(",", ComponentTable.CONTRACT_COLUMNS)));
        assertTrue(header.endsWith(",template,technology,h2_unserved_cost_per_kg"), header);
        assertTrue(components.get(6).startsWith("coal1,coal,north,,,100,30,"), components.get(6));
        assertTrue(components.get(12).startsWith("l1,line,,north,south,200,"), components.get(12));

        JsonNode json = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.copyOf(summary.keySet()), keys);
        assertEquals(30715, json.get("total_cost").asDouble(), 1e-9);
        String text = Files.readString(out.resolve("summary.json"));
        assertTrue(text.contains("\n  \"scenario\": \"tiny\",\n"), text);
        assertTrue(text.contains("\n  \"total_cost\": 30715.0,\n"), text);
        assertFalse(text.matches("(?s).*\\d[eE][-+]?\\d.*"), "no exponent: " + text);
        assertEquals(List.of(), leftovers());
    }

    @Test
    void theFolderAppearsOnlyWhenComplete() throws IOException {
        Path out = tmp.resolve("run");
        List<String> seen = new ArrayList<>();
        RunWriter writer = new RunWriter(() -> {
            seen.add("target exists: " + Files.exists(out));
            for (String name : RunWriter.RUN_FILES) {
                seen.add(name + " in temporary folder: " + Files.isRegularFile(hidden("tmp").resolve(name)));
            }
        });
        writer.write(TinyRunFactory.create(), out, RunWriter.Existing.REFUSE);
        assertEquals(List.of("target exists: false", "components.csv in temporary folder: true",
                "hourly.csv in temporary folder: true", "summary.json in temporary folder: true",
                "scenario.json in temporary folder: true"), seen);
        assertTrue(Files.isDirectory(out));
        assertFalse(writer.cancel(), "too late to cancel a folder in place");
    }

    @Test
    void aFailureHalfWayLeavesNothing() {
        RunResult run = TinyRunFactory.create();
        double[] last = run.results().column("south", "reserve_shortfall_mw");
        last[last.length - 1] = Double.NaN;
        Path out = tmp.resolve("run");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RunWriter().write(run, out, RunWriter.Existing.REFUSE));
        assertEquals("south.reserve_shortfall_mw is NaN at 2030-01-01T02:00; a run with non-finite values is not "
                + "written", e.getMessage());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void cancelBeforeTheRenameLeavesNothing() {
        Path out = tmp.resolve("run");
        RunWriter[] writer = new RunWriter[1];
        boolean[] cancelled = new boolean[1];
        writer[0] = new RunWriter(() -> cancelled[0] = writer[0].cancel());
        assertThrows(CancellationException.class,
                () -> writer[0].write(TinyRunFactory.create(), out, RunWriter.Existing.REFUSE));
        assertTrue(cancelled[0]);
        assertFalse(Files.exists(out));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void refusesToOverwriteWithoutForce() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("run"));
        Files.writeString(out.resolve("summary.json"), "{}");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> new RunWriter().write(TinyRunFactory.create(), out, RunWriter.Existing.REFUSE));
        assertEquals(out + ": output folder already exists (use --force to replace it)", e.getMessage());
        assertEquals("{}", Files.readString(out.resolve("summary.json")));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void forceReplacesARunFolderWhole() throws IOException {
        Path out = tmp.resolve("run");
        new RunWriter().write(TinyRunFactory.create(), out, RunWriter.Existing.REFUSE);
        Files.writeString(out.resolve("notes.txt"), "from the first run");
        new RunWriter().write(TinyRunFactory.create(), out, RunWriter.Existing.REPLACE);
        assertFalse(Files.exists(out.resolve("notes.txt")));
        assertTrue(Files.isRegularFile(out.resolve("hourly.csv")));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void forceDoesNotReplaceAFolderThatIsNotARun() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("home"));
        Files.writeString(out.resolve("thesis.tex"), "years of work");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> new RunWriter().write(TinyRunFactory.create(), out, RunWriter.Existing.REPLACE));
        assertTrue(e.getMessage().contains("refusing to replace it"), e.getMessage());
        assertEquals("years of work", Files.readString(out.resolve("thesis.tex")));
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThrows(FileAlreadyExistsException.class,
                () -> new RunWriter().write(TinyRunFactory.create(), file, RunWriter.Existing.REPLACE));
    }

    @Test
    void aYearOfHundredColumnsIsWrittenQuickly() throws IOException {
        TimeAxis axis = new TimeAxis(TinyRunFactory.START, 1.0, 8760);
        Results results = new Results(axis);
        for (int c = 0; c < 100; c++) {
            double[] v = results.column("u" + c, "p_mw");
            for (int t = 0; t < v.length; t++) {
                v[t] = Math.sin(t * 0.01 + c) * 1234.5678912;
            }
        }
        Path file = tmp.resolve("hourly.csv");
        RunWriter.writeHourly(results, file); // warm-up
        long start = System.nanoTime();
        RunWriter.writeHourly(results, file);
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Stream<String> lines = Files.lines(file)) {
            assertEquals(8761, lines.count());
        }
        assertTrue(seconds < 1.0, "took " + seconds + " s");
    }

    @Test
    void checkTargetFailsEarlyOnlyForExistingFolders() throws IOException {
        RunWriter.checkTarget(tmp.resolve("new"), RunWriter.Existing.REFUSE);
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        RunWriter.checkTarget(empty, RunWriter.Existing.REPLACE);
        assertThrows(FileAlreadyExistsException.class, () -> RunWriter.checkTarget(empty, RunWriter.Existing.REFUSE));
    }

    @Test
    void theNextRunRemovesTemporaryFoldersOfRunsThatWereKilled() throws IOException {
        long dead = 999_999_999L; // above any Linux pid_max: no such process
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Path stale = Files.createDirectory(tmp.resolve(".run.tmp-" + dead));
        Files.writeString(stale.resolve("hourly.csv"), "time\n");
        Path running = Files.createDirectory(tmp.resolve(".run.tmp-" + alive));
        Path old = Files.createDirectory(tmp.resolve(".run.old-" + dead));
        Path other = Files.createDirectory(tmp.resolve(".other.tmp-" + dead));
        Path notOurs = Files.createDirectory(tmp.resolve(".run.tmp-mine"));

        new RunWriter().write(TinyRunFactory.create(), tmp.resolve("run"), RunWriter.Existing.REFUSE);
        assertFalse(Files.exists(stale), "left by a process that is gone");
        for (Path kept : List.of(running, old, other, notOurs)) {
            assertTrue(Files.isDirectory(kept), kept + " is kept");
        }
    }

    private Path hidden(String what) {
        return tmp.resolve(".run." + what + "-" + ProcessHandle.current().pid());
    }

    /** Hidden temporary or old folders left in the parent. */
    private List<String> leftovers() {
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
