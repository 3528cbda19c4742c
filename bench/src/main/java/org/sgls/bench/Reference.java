package org.sgls.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sgls.io.ScenarioException;
import org.sgls.io.ScenarioReader;
import org.sgls.metrics.Summary;
import org.sgls.model.PowerSystem;
import org.sgls.model.Scenario;
import org.sgls.model.ThermalUnit;
import org.sgls.sim.RunOptions;
import org.sgls.sim.RunResult;
import org.sgls.sim.Simulation;
import org.sgls.timeseries.TimeAxis;

/**
 * How far the rolling dispatch is from perfect foresight: for each scenario, the rolling run (look-ahead and
 * hourly LPs, as {@code sgls run}) and the perfect-foresight lower bound ({@link HorizonBound}) over the same
 * steps, and the gap (rolling - bound) / |bound|.
 *
 * <p>Both sides are the run's {@code total_cost} plus the two soft-limit penalties the dispatch optimises but
 * {@code total_cost} leaves out (reserve shortfall at the scenario's price, undelivered hydrogen): the bound is a
 * lower bound on that sum, and equals a bound on {@code total_cost} whenever the run has neither.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.sgls.bench.Reference [--steps N] [--block N] [--price-steps N]
 *     [--mip SECONDS] [--threads N] [--json FILE] all | NAME... | scenario.json...
 * </pre>
 * {@code --steps}: only the first N steps (default: all); {@code --block}, {@code --price-steps}, {@code --mip},
 * {@code --threads}: see {@link HorizonBound.Settings}; {@code --json}: default
 * {@code target/reference/reference.json}.
 */
public final class Reference {
    /**
     * One scenario's comparison. {@code fixedBound} is the same bound with the run's own commitment imposed: the
     * run's cost above it is what perfect foresight would save by dispatch alone (store and tank timing, ramps),
     * the rest of the gap is the commitment's.
     */
    record Row(String scenario, int steps, int units, double totalCost, double penalties, double bound,
            double fixedBound, int blocks, double rollingSeconds, double boundSeconds, int fallbackSteps) {
        /** What the bound bounds: the run's total_cost with its penalties. */
        double rollingCost() {
            return totalCost + penalties;
        }

        double gap() {
            return (rollingCost() - bound) / Math.abs(bound);
        }

        double commitmentGap() {
            return (fixedBound - bound) / Math.abs(bound);
        }

        double dispatchGap() {
            return (rollingCost() - fixedBound) / Math.abs(bound);
        }

        /**
         * The run's own schedule is feasible for the bound with its commitment imposed, so that bound cannot exceed
         * the run's cost; if it does, the run broke a limit the LP keeps (a released unit's minimum up time, say).
         */
        boolean consistent() {
            return fixedBound <= rollingCost() + 1e-6 * Math.abs(rollingCost());
        }
    }

    private Reference() {
    }

    public static void main(String[] args) throws IOException {
        int steps = Integer.MAX_VALUE;
        HorizonBound.Settings d = HorizonBound.Settings.DEFAULT;
        int block = d.blockSteps();
        int priceSteps = d.priceSteps();
        double mipSeconds = d.mipSeconds();
        int threads = d.threads();
        Path json = Path.of("target/reference/reference.json");
        List<String> names = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--steps" -> steps = whole(args, ++i, 1);
                    case "--block" -> block = whole(args, ++i, 2);
                    case "--threads" -> threads = whole(args, ++i, 1);
                    case "--price-steps" -> priceSteps = whole(args, ++i, 0);
                    case "--mip" -> mipSeconds = whole(args, ++i, 1);
                    case "--json" -> json = Path.of(value(args, ++i));
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        names.add(args[i]);
                    }
                }
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException("name a scenario, a scenario.json, or 'all'");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("reference: error: " + e.getMessage());
            System.err.println("usage: Reference [--steps N] [--block N] [--price-steps N] [--mip SECONDS] [--threads N]"
                    + " [--json FILE] all | NAME... | FILE...");
            System.exit(2);
        }
        HorizonBound.Settings settings = new HorizonBound.Settings(block, priceSteps, mipSeconds, threads);
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            files.addAll(locate(name));
        }
        List<Row> rows = new ArrayList<>();
        System.out.printf("perfect-foresight bound: blocks of %d steps, prices from %d steps either side, %s, %d"
                + " thread(s); gap = (total_cost + penalties - bound) / bound = commitment + dispatch%n%n", block,
                priceSteps, mipSeconds > 0 ? "MIP bound (SCIP, " + mipSeconds + " s per block)" : "LP (GLOP)", threads);
        System.out.println(header());
        for (Path file : files) {
            Scenario scenario;
            try {
                scenario = firstSteps(ScenarioReader.read(file), steps);
            } catch (ScenarioException e) {
                System.err.println("reference: error: " + e.getMessage());
                System.exit(2);
                return;
            }
            Row row = compare(scenario, settings);
            rows.add(row);
            System.out.println(format(row));
        }
        write(json, rows, settings);
        System.out.println();
        for (Row r : rows) {
            if (!r.consistent()) {
                System.out.printf("WARNING: %s: the bound with the run's own commitment (%,.0f) is above the run's cost:"
                        + " the run broke a limit the bound keeps, so the bound is not valid for it%n", r.scenario(),
                        r.fixedBound());
            }
            if (r.fallbackSteps() > 0) {
                System.out.printf("note: %s released units on %d step(s) (fallback), which may break minimum up/down"
                        + " times the bound keeps; its gap may then understate%n", r.scenario(), r.fallbackSteps());
            }
        }
        System.out.println("JSON: " + json.toAbsolutePath());
        if (rows.stream().anyMatch(r -> !r.consistent())) {
            System.exit(1);
        }
    }

    /** The rolling run and the bound over the scenario's steps. */
    static Row compare(Scenario scenario, HorizonBound.Settings settings) {
        RunResult run = Simulation.run(scenario, RunOptions.DEFAULT);
        Map<String, Object> s = Summary.of(scenario.name(), run.components(), run.results(), run.stats());
        double penalties = scenario.dispatch().reserveShortfallCostPerMwh() * number(s, "reserve_shortfall_mwh")
                + number(s, "h2_unserved_cost");
        HorizonBound.Bound bound = HorizonBound.solve(scenario, null, settings);
        HorizonBound.Bound fixed = HorizonBound.solve(scenario, (id, step) -> run.results().find(id, "on")[step] > 0.5,
                settings);
        return new Row(scenario.name(), scenario.system().axis().steps(),
                scenario.system().all(ThermalUnit.class).size(), number(s, "total_cost"), penalties, bound.cost(),
                fixed.cost(), bound.blocks().size(), run.stats().wallSeconds(), bound.seconds() + fixed.seconds(),
                run.stats().fallbackSteps());
    }

    /** The scenario cut to its first {@code steps} steps (the whole of it if shorter). */
    static Scenario firstSteps(Scenario s, int steps) {
        PowerSystem p = s.system();
        if (steps >= p.axis().steps()) {
            return s;
        }
        PowerSystem cut = new PowerSystem(new TimeAxis(p.axis().start(), p.axis().stepHours(), steps), p.zones(),
                p.components(), p.lines());
        return new Scenario(s.name(), s.description(), s.sources(), s.currency(), s.seed(), cut, s.dispatch());
    }

    private static List<Path> locate(String name) throws IOException {
        Path bundled = BenchSystems.bundledDir();
        if (name.equals("all")) {
            try (Stream<Path> dirs = Files.list(bundled)) {
                return dirs.map(d -> d.resolve("scenario.json")).filter(Files::isRegularFile).sorted().toList();
            }
        }
        Path named = bundled.resolve(name).resolve("scenario.json");
        Path given = Path.of(name);
        Path file = Files.isRegularFile(named) ? named
                : Files.isDirectory(given) ? given.resolve("scenario.json") : given;
        if (!Files.isRegularFile(file)) {
            System.err.println("reference: error: no scenario '" + name + "' (looked for " + named + " and " + given
                    + "; run from the repository root or set -Dsgls.home)");
            System.exit(2);
        }
        return List.of(file);
    }

    static String header() {
        return "| scenario | steps | units | total_cost | penalties | bound | gap | commitment | dispatch | run s |"
                + " bound s |\n|---|---|---|---|---|---|---|---|---|---|---|";
    }

    static String format(Row r) {
        return String.format("| %s | %d | %d | %,.0f | %,.0f | %,.0f | %.2f %% | %.2f %% | %.2f %% | %.1f | %.1f |",
                r.scenario(), r.steps(), r.units(), r.totalCost(), r.penalties(), r.bound(), 100 * r.gap(),
                100 * r.commitmentGap(), 100 * r.dispatchGap(), r.rollingSeconds(), r.boundSeconds());
    }

    private static void write(Path json, List<Row> rows, HorizonBound.Settings settings) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", r.scenario());
            m.put("steps", r.steps());
            m.put("thermal_units", r.units());
            m.put("rolling_total_cost", r.totalCost());
            m.put("rolling_penalties", r.penalties());
            m.put("rolling_cost", r.rollingCost());
            m.put("bound", r.bound());
            m.put("gap", r.gap());
            m.put("bound_with_run_commitment", r.fixedBound());
            m.put("gap_commitment", r.commitmentGap());
            m.put("gap_dispatch", r.dispatchGap());
            m.put("blocks", r.blocks());
            m.put("rolling_seconds", r.rollingSeconds());
            m.put("bound_seconds", r.boundSeconds());
            m.put("fallback_steps", r.fallbackSteps());
            out.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("date", LocalDate.now().toString());
        doc.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        doc.put("cores", Runtime.getRuntime().availableProcessors());
        doc.put("block_steps", settings.blockSteps());
        doc.put("price_steps", settings.priceSteps());
        doc.put("bound", settings.mipSeconds() > 0 ? "mip" : "lp");
        doc.put("mip_seconds_per_block", settings.mipSeconds());
        doc.put("scenarios", out);
        Path parent = json.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), doc);
    }

    private static double number(Map<String, Object> summary, String key) {
        return ((Number) summary.get(key)).doubleValue();
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static int whole(String[] args, int i, int min) {
        String v = value(args, i);
        try {
            int n = Integer.parseInt(v);
            if (n < min) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(args[i - 1] + " " + v + " (must be a whole number >= " + min + ")");
        }
    }
}
