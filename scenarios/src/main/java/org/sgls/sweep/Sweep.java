package org.sgls.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sgls.io.Names;
import org.sgls.io.ScenarioReader;
import org.sgls.sweep.SweepSpec.Objective;
import org.sgls.sweep.SweepSpec.Requirement;

/**
 * Runs a sweep into its folder (docs/sweeps.md): {@code sweep.json} (what was swept, and the identity a resumed
 * sweep must match), {@code sweep.csv} (one row per variant: parameters, every summary indicator, the Pareto
 * mark), {@code times.csv} (wall times, kept apart so sweep.csv depends on nothing but the inputs),
 * {@code search.json} for a sizing search, {@code report.html}, and with {@code keepRuns} each variant's run
 * folder under {@code runs/}.
 *
 * <p>Rows are streamed as variants finish and rewritten in the sweep's own order at the end, so the final file
 * is the same whatever the number or kind of workers. Running the same command again resumes: finished
 * variants (recognised by id) are not run again.
 */
public final class Sweep {
    public static final String CSV = "sweep.csv";
    public static final String TIMES = "times.csv";
    public static final String DEFINITION = "sweep.json";
    public static final String SEARCH = "search.json";
    public static final String RUNS = "runs";
    private static final List<String> OUTPUTS = List.of(CSV, TIMES, DEFINITION, SEARCH, SweepReport.FILE, RUNS);

    /** Told as the sweep goes (a progress bar). */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void started(int total, int done, String where) {
        }

        /** A variant finished: how many are done, of how many, and its result. */
        default void finished(int done, int total, String description, VariantResult result) {
        }
    }

    public record Options(Path out, boolean keepRuns, boolean force, Duration stepTimeLimit, Listener listener) {
    }

    /**
     * @param variants variants in the sweep (for a search: the runs it made)
     * @param ran variants run by this call (the others were finished by an earlier one)
     * @param search the search's outcome, or null for a grid or list
     */
    public record Outcome(Path folder, int variants, int ran, int pareto, SizingSearch.Outcome search) {
    }

    private final SweepSpec spec;
    private final Runner runner;
    private final Options options;
    private final Variants variants;
    private final Path out;
    private SweepCsv csv;
    private SweepCsv times;
    private int ran;

    private Sweep(SweepSpec spec, Runner runner, Options options) {
        this.spec = spec;
        this.runner = runner;
        this.options = options;
        this.out = options.out().toAbsolutePath().normalize();
        ScenarioReader.read(spec.base()); // the base itself first: its own problems, reported as such
        this.variants = new Variants(spec);
    }

    public static Outcome run(SweepSpec spec, Runner runner, Options options) throws Exception {
        return new Sweep(spec, runner, options).run();
    }

    private Outcome run() throws Exception {
        variants.check();
        prepareFolder();
        csv = SweepCsv.open(out.resolve(CSV));
        times = SweepCsv.open(out.resolve(TIMES));
        List<String> order;
        SizingSearch.Outcome search = null;
        if (spec.isSearch()) {
            Map<String, double[]> tried = new LinkedHashMap<>();
            search = SizingSearch.run(spec.search(), values -> {
                List<double[]> rows = values.stream().map(v -> new double[] {v}).toList();
                rows.forEach(r -> tried.put(variants.id(r), r));
                return runAll(rows, -1);
            });
            order = new ArrayList<>(tried.keySet());
            SearchReport.write(out.resolve(SEARCH), spec, search);
        } else {
            runAll(spec.rows(), spec.rows().size());
            order = spec.rows().stream().map(variants::id).toList();
        }
        int frontier = finish(order);
        SweepReport.write(out.resolve(SweepReport.FILE), spec, out.resolve(CSV), search);
        return new Outcome(out, order.size(), ran, frontier, search);
    }

    /** Runs the rows not yet in sweep.csv and returns every row's cells, in the order given. */
    private List<Map<String, String>> runAll(List<double[]> rows, int total) throws Exception {
        Map<String, double[]> pending = new LinkedHashMap<>();
        Map<String, double[]> byId = new HashMap<>();
        for (double[] row : rows) {
            String id = variants.id(row);
            double[] other = byId.put(id, row);
            if (other != null && !java.util.Arrays.equals(other, row)) {
                throw new IllegalStateException("two variants with id " + id + ": " + variants.describe(other)
                        + " and " + variants.describe(row));
            }
            if (!csv.has(id)) {
                pending.put(id, row);
            }
        }
        int all = total < 0 ? rows.size() : total;
        int[] done = {all - pending.size()};
        if (total >= 0) {
            options.listener().started(all, done[0], runner.describe());
        }
        List<VariantTask> tasks = new ArrayList<>();
        for (Map.Entry<String, double[]> e : pending.entrySet()) {
            Path folder = options.keepRuns() ? out.resolve(RUNS).resolve(e.getKey()) : null;
            tasks.add(variants.task(e.getValue(), runner.portable(), folder, options.stepTimeLimit()));
        }
        if (options.keepRuns() && !tasks.isEmpty()) {
            Files.createDirectories(out.resolve(RUNS));
        }
        runner.run(tasks, result -> {
            double[] values = pending.get(result.id());
            record(values, result);
            ran++;
            options.listener().finished(++done[0], all, variants.describe(values), result);
        });
        List<Map<String, String>> cells = new ArrayList<>();
        for (double[] row : rows) {
            cells.add(csv.row(variants.id(row)));
        }
        return cells;
    }

    private void record(double[] values, VariantResult result) {
        List<String> columns = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        columns.add(Columns.VARIANT);
        cells.add(result.id());
        for (int i = 0; i < values.length; i++) {
            columns.add(spec.parameters().get(i).name());
            cells.add(Numbers.text(values[i]));
        }
        result.cells().forEach((k, v) -> {
            columns.add(k);
            cells.add(v);
        });
        columns.add(Columns.PARETO);
        cells.add("");
        if (csv.header() == null) {
            checkColumns(columns);
        }
        List<String> timeColumns = new ArrayList<>(List.of(Columns.VARIANT, "worker"));
        List<String> timeCells = new ArrayList<>(List.of(result.id(), result.worker()));
        result.seconds().forEach((k, v) -> {
            timeColumns.add(k);
            timeCells.add(Numbers.text(Math.round(v * 1000) / 1000.0));
        });
        try {
            csv.append(columns, cells);
            times.append(timeColumns, timeCells);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The columns the sweep file names (objectives, requirements) must be numeric columns of sweep.csv. */
    private void checkColumns(List<String> columns) {
        List<String> problems = new ArrayList<>();
        Set<String> numeric = new LinkedHashSet<>(columns);
        numeric.removeAll(List.of(Columns.VARIANT, Columns.PARETO, "scenario"));
        numeric.removeIf(c -> c.endsWith(".met"));
        List<String[]> named = new ArrayList<>();
        for (Objective o : spec.pareto()) {
            named.add(new String[] {o.key(), o.where()});
        }
        if (spec.isSearch()) {
            for (Requirement r : spec.search().require()) {
                named.add(new String[] {r.key(), r.where()});
            }
        }
        for (String[] n : named) {
            if (!numeric.contains(n[0])) {
                problems.add(spec.file() + ": " + n[1] + ": no numeric column '" + n[0] + "' in sweep.csv ("
                        + Names.hint(n[0], numeric, "a column") + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new SweepError(String.join("\n", problems));
        }
    }

    /** Marks the frontier and rewrites both files in the sweep's order. Returns the frontier's size. */
    private int finish(List<String> order) throws IOException {
        List<double[]> points = new ArrayList<>();
        for (String id : order) {
            Map<String, String> row = csv.row(id);
            double[] p = new double[spec.pareto().size()];
            for (int k = 0; k < p.length; k++) {
                Objective o = spec.pareto().get(k);
                double v = Double.parseDouble(row.get(o.key()));
                p[k] = o.maximize() ? -v : v;
            }
            points.add(p);
        }
        boolean[] on = Pareto.frontier(points);
        Map<String, Boolean> mark = new HashMap<>();
        int count = 0;
        for (int i = 0; i < on.length; i++) {
            mark.put(order.get(i), on[i]);
            count += on[i] ? 1 : 0;
        }
        int column = csv.header().indexOf(Columns.PARETO);
        csv.finish(order, (id, cells) -> cells.set(column, Boolean.toString(mark.get(id))));
        times.finish(order.stream().filter(times::has).toList(), (id, cells) -> {
        });
        return count;
    }

    /**
     * A new folder, or one this sweep wrote before (resume: same identity), or with {@code force} a sweep
     * folder to start again in. Never writes into a folder that holds something else.
     */
    private void prepareFolder() throws IOException {
        Path definition = out.resolve(DEFINITION);
        String identity = variants.identity();
        if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            boolean sweep = Files.isRegularFile(definition);
            if (!sweep && !isEmpty(out)) {
                throw new SweepError(out + ": is a folder with other content than a sweep (no " + DEFINITION
                        + "); refusing to write into it");
            }
            if (sweep && options.force()) {
                for (String name : OUTPUTS) {
                    deleteTree(out.resolve(name));
                }
            } else if (sweep) {
                JsonNode old = SweepReader.JSON.readTree(Files.readAllBytes(definition));
                if (!identity.equals(old.path("identity").asText())) {
                    throw new SweepError(out + ": holds a sweep of other inputs (the base scenario, the files it "
                            + "names, set, the parameters' paths or annual_costs differ); use --force to start "
                            + "over, or another --out");
                }
                return; // resume
            }
        } else if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new SweepError(out + ": exists and is not a folder");
        }
        Files.createDirectories(out);
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("identity", identity);
        json.put("sweep_file", spec.file().toAbsolutePath().normalize().toString());
        json.put("base", spec.base().toAbsolutePath().normalize().toString());
        json.set("sweep", SweepReader.JSON.readTree(Files.readAllBytes(spec.file())));
        Files.writeString(definition, SweepReader.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json)
                + "\n", StandardCharsets.UTF_8);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
