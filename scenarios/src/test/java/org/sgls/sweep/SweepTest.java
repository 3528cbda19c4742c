package org.sgls.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps of the hand-checked tiny system ({@link TinySweeps}): values, order, resume, workers, search. */
class SweepTest {
    private static final double EXACT = 1e-9;

    @TempDir
    Path tmp;

    @Test
    void everyRowHoldsTheHandComputedResultsInGridOrderWithTheFrontierMarked() throws Exception {
        SweepSpec spec = TinySweeps.read(TinySweeps.write(tmp, "grid", TinySweeps.GRID));
        Sweep.Outcome o;
        try (Runner runner = new LocalRunner(2)) {
            o = Sweep.run(spec, runner, TinySweeps.options(tmp.resolve("out")));
        }
        assertEquals(6, o.variants());
        assertEquals(6, o.ran());
        SweepCsv csv = SweepCsv.open(tmp.resolve("out").resolve(Sweep.CSV));
        List<String> ids = new ArrayList<>(csv.keys());
        double[] powers = {10, 20, 30, 40, 60, 5};
        for (int i = 0; i < powers.length; i++) {
            Map<String, String> row = csv.row(ids.get(i));
            double p = powers[i];
            assertEquals(p, Double.parseDouble(row.get("battery_mw")), "grid order");
            assertEquals(TinySweeps.curtailment(p), Double.parseDouble(row.get("curtailment_rate")), EXACT);
            assertEquals(TinySweeps.importCost(p), Double.parseDouble(row.get("total_cost")), 1e-6);
            // 87,600 a MW-year over 4 hours: 40 per MW
            assertEquals(40 * p, Double.parseDouble(row.get("capital_cost")), 1e-6);
            assertEquals(TinySweeps.importCost(p) + 40 * p, Double.parseDouble(row.get("system_cost")), 1e-6);
        }
        // system cost 16000 - 120 P up to 50 MW (each MW saves 160 of imports for 40 of capital) and 10,400 at
        // 60 MW, which also curtails nothing: it dominates every other size (CO2 is 0 throughout)
        for (int i = 0; i < powers.length; i++) {
            assertEquals(powers[i] == 60 ? "true" : "false", csv.row(ids.get(i)).get("pareto"), "P = " + powers[i]);
        }
        assertEquals(1, o.pareto());
        assertFalse(csv.header().contains("wall_seconds"), "wall times are kept out of sweep.csv");
        assertTrue(Files.readString(tmp.resolve("out").resolve(Sweep.TIMES)).startsWith("variant,worker,wall_seconds"));
        String report = Files.readString(tmp.resolve("out").resolve("report.html"));
        assertTrue(report.contains("\"battery_mw\"") && report.contains("echarts"), "report with data and library");
    }

    @Test
    void aListKeepsItsOrderAndTheFrontierFollowsEachObjectivesDirection() throws Exception {
        String list = """
                "list": {"parameters": [{"path": "components[id=battery].pmax_mw", "name": "p"},
                                        {"path": "components[id=battery].duration_h", "name": "h"}],
                         "values": [[30, 2], [60, 2], [10, 4]]},
                """;
        // cost and curtailment both fall with P (duration 4 h adds nothing: the sun gives 2 h of surplus)
        SweepSpec minBoth = TinySweeps.read(TinySweeps.write(tmp, "min", list
                + "\"pareto\": {\"minimize\": [\"total_cost\", \"curtailment_rate\"]}"));
        SweepSpec againstEachOther = TinySweeps.read(TinySweeps.write(tmp, "max", list
                + "\"pareto\": {\"minimize\": [\"total_cost\"], \"maximize\": [\"curtailment_rate\"]}"));
        try (Runner r = new LocalRunner(2)) {
            Sweep.run(minBoth, r, TinySweeps.options(tmp.resolve("min")));
            Sweep.run(againstEachOther, r, TinySweeps.options(tmp.resolve("max")));
        }
        assertEquals(List.of("30,2,false", "60,2,true", "10,4,false"), pickedColumns(tmp.resolve("min"), "p", "h", "pareto"));
        assertEquals(List.of("30,2,true", "60,2,true", "10,4,true"), pickedColumns(tmp.resolve("max"), "p", "h", "pareto"));
    }

    private static List<String> pickedColumns(Path out, String... columns) throws IOException {
        SweepCsv csv = SweepCsv.open(out.resolve(Sweep.CSV));
        List<String> rows = new ArrayList<>();
        for (String id : csv.keys()) {
            Map<String, String> row = csv.row(id);
            rows.add(String.join(",", java.util.Arrays.stream(columns).map(row::get).toList()));
        }
        return rows;
    }

    @Test
    void keepRunsWritesEachVariantsRunFolderWithTheRowsNumbers() throws Exception {
        SweepSpec spec = TinySweeps.read(TinySweeps.write(tmp, "grid", TinySweeps.GRID));
        Path out = tmp.resolve("out");
        try (Runner r = new LocalRunner(2)) {
            Sweep.run(spec, r, new Sweep.Options(out, true, false, TinySweeps.LIMIT, Sweep.Listener.NONE));
        }
        SweepCsv csv = SweepCsv.open(out.resolve(Sweep.CSV));
        for (String id : csv.keys()) {
            Path run = out.resolve(Sweep.RUNS).resolve(id);
            for (String file : List.of("components.csv", "hourly.csv", "summary.json", "scenario.json", "report.html")) {
                assertTrue(Files.isRegularFile(run.resolve(file)), run.resolve(file).toString());
            }
            String summary = Files.readString(run.resolve("summary.json"));
            assertTrue(summary.contains("\"total_cost\": " + csv.row(id).get("total_cost") + ","), summary);
        }
    }

    @Test
    void oneAndTwoWorkersWriteTheSameBytes() throws Exception {
        SweepSpec spec = TinySweeps.read(TinySweeps.write(tmp, "grid", TinySweeps.GRID));
        try (Runner one = new LocalRunner(1); Runner two = new LocalRunner(2)) {
            Sweep.run(spec, one, TinySweeps.options(tmp.resolve("one")));
            Sweep.run(spec, two, TinySweeps.options(tmp.resolve("two")));
        }
        assertEquals(Files.readString(tmp.resolve("one").resolve(Sweep.CSV)),
                Files.readString(tmp.resolve("two").resolve(Sweep.CSV)));
    }

    @Test
    void aCrashedSweepResumesWithoutRunningFinishedVariantsAgain() throws Exception {
        SweepSpec spec = TinySweeps.read(TinySweeps.write(tmp, "grid", TinySweeps.GRID));
        Path out = tmp.resolve("out");
        // the sweep dies after 3 variants are written...
        try (Runner crashing = new Counting(new LocalRunner(1), 3)) {
            assertThrows(IllegalStateException.class, () -> Sweep.run(spec, crashing, TinySweeps.options(out)));
        }
        // ... in the middle of writing a fourth row (no line end: what kill -9 during a write leaves)
        String before = Files.readString(out.resolve(Sweep.CSV));
        assertEquals(4, before.lines().count(), "header and three rows");
        Files.writeString(out.resolve(Sweep.CSV), before + "deadbeef0000,40,tiny", StandardCharsets.UTF_8);
        Counting resumed = new Counting(new LocalRunner(2), Integer.MAX_VALUE);
        Sweep.Outcome o;
        try (resumed) {
            o = Sweep.run(spec, resumed, TinySweeps.options(out));
        }
        assertEquals(3, resumed.ran.get(), "only the three unfinished variants run");
        assertEquals(3, o.ran());
        try (Runner whole = new LocalRunner(2)) {
            Sweep.run(spec, whole, TinySweeps.options(tmp.resolve("whole")));
        }
        assertEquals(Files.readString(tmp.resolve("whole").resolve(Sweep.CSV)), Files.readString(out.resolve(Sweep.CSV)));
        // a finished sweep run again runs nothing
        Counting again = new Counting(new LocalRunner(1), Integer.MAX_VALUE);
        try (again) {
            Sweep.run(spec, again, TinySweeps.options(out));
        }
        assertEquals(0, again.ran.get());
    }

    @Test
    void aFolderOfAnotherSweepIsRefusedUnlessForced() throws Exception {
        Path out = tmp.resolve("out");
        SweepSpec spec = TinySweeps.read(TinySweeps.write(tmp, "grid", TinySweeps.GRID));
        try (Runner r = new LocalRunner(2)) {
            Sweep.run(spec, r, TinySweeps.options(out));
            SweepSpec other = TinySweeps.read(TinySweeps.write(tmp, "other", TinySweeps.GRID.replace("87600", "1")));
            SweepError e = assertThrows(SweepError.class, () -> Sweep.run(other, r, TinySweeps.options(out)));
            assertEquals(out + ": holds a sweep of other inputs (the base scenario, the files it names, set, the "
                    + "parameters' paths or annual_costs differ); use --force to start over, or another --out",
                    e.getMessage());
            Sweep.Outcome forced = Sweep.run(other, r, new Sweep.Options(out, false, true, TinySweeps.LIMIT,
                    Sweep.Listener.NONE));
            assertEquals(6, forced.ran());
            Path home = Files.createDirectories(tmp.resolve("home"));
            Files.writeString(home.resolve("notes.txt"), "mine");
            SweepError refused = assertThrows(SweepError.class, () -> Sweep.run(spec, r, TinySweeps.options(home)));
            assertTrue(refused.getMessage().endsWith("is a folder with other content than a sweep (no sweep.json); "
                    + "refusing to write into it"));
        }
    }

    @Test
    void theSearchFindsTheSmallestBatteryByHand() throws Exception {
        // curtailment <= 0.11 needs 100 - 2P <= 33, P >= 33.5: 34 MW passes (0.1067), 33 fails (0.1133)
        SweepSpec spec = TinySweeps.read(TinySweeps.write(tmp, "search", """
                "search": {"path": "components[id=battery].pmax_mw", "name": "battery_mw", "min": 1, "max": 100,
                           "tolerance": 1, "require": [{"key": "curtailment_rate", "max": 0.11},
                                                       {"key": "shed_hours", "max": 0}]}
                """));
        Sweep.Outcome o;
        try (Runner r = new LocalRunner(2)) {
            o = Sweep.run(spec, r, TinySweeps.options(tmp.resolve("out")));
        }
        SizingSearch.Outcome s = o.search();
        assertEquals(34.0, s.answer());
        assertEquals(33.0, s.lo());
        assertTrue(s.monotone());
        // two points a round, at thirds of the bracket rounded to the tolerance: [1,100] -> 34 (met), 67 (met);
        // [1,34] -> 12, 23 (failed); [23,34] -> 27, 30 (failed); [30,34] -> 31, 33 (failed): [33,34]
        List<Double> tried = s.trials().stream().map(SizingSearch.Trial::value).toList();
        assertEquals(List.of(1.0, 100.0, 34.0, 67.0, 12.0, 23.0, 27.0, 30.0, 31.0, 33.0), tried);
        for (SizingSearch.Trial t : s.trials()) {
            assertEquals(t.value() >= 33.5, t.met(), "met at " + t.value());
            assertEquals(TinySweeps.curtailment(t.value()), Double.parseDouble(t.cells().get("curtailment_rate")),
                    EXACT);
        }
        assertEquals(10, o.variants());
        String json = Files.readString(tmp.resolve("out").resolve(Sweep.SEARCH));
        assertTrue(json.contains("\"answer\" : 34.0"), json);
        assertEquals("the smallest battery_mw that meets curtailment_rate <= 0.11, shed_hours <= 0 is 34 (to within "
                + "1: 33 does not; 10 runs)", SearchReport.conclusion(spec, s));
    }

    /** Passes tasks to another runner one at a time, counting them; fails after {@code limit} results. */
    private static final class Counting implements Runner {
        final Runner inner;
        final int limit;
        final AtomicInteger ran = new AtomicInteger();

        Counting(Runner inner, int limit) {
            this.inner = inner;
            this.limit = limit;
        }

        @Override
        public void run(List<VariantTask> tasks, Consumer<VariantResult> done) throws Exception {
            for (VariantTask t : tasks) {
                if (ran.get() >= limit) {
                    throw new IllegalStateException("crash after " + limit);
                }
                inner.run(List.of(t), done);
                ran.incrementAndGet();
            }
        }

        @Override
        public int workers() {
            return inner.workers();
        }

        @Override
        public boolean portable() {
            return inner.portable();
        }

        @Override
        public String describe() {
            return "counting";
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
