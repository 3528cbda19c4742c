package org.sgls.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sgls.model.Scenario;
import org.sgls.sim.RunOptions;
import org.sgls.sim.RunStats;
import org.sgls.sim.Simulation;

/**
 * How a run's time grows with steps and units: synthetic systems ({@link BenchSystems}, with a battery and an
 * electrolyzer) of 10, 40 and 100 units simulated for a month and a year in this JVM after a warm-up year; the
 * median wall time of {@code --runs} (3) runs each after one more discarded run, then a table with the ratios to
 * the month and to 10 units (linear growth would be 12.2 and 4 / 10) and the median year's split into look-ahead
 * and hourly LPs. One command, so it can be re-run after every speed-up:
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.sgls.bench.Scaling [--runs N] [--json FILE]
 * </pre>
 */
public final class Scaling {
    static final int[] UNITS = {10, 40, 100};
    static final int MONTH = 720;
    static final int YEAR = 8760;
    private static final long SEED = 7;

    /** One size's median run. */
    record Size(int units, RunStats month, RunStats year) {
    }

    private Scaling() {
    }

    public static void main(String[] args) throws IOException {
        int runs = 3;
        Path json = Path.of("target/jmh/scaling.json");
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--runs") && i + 1 < args.length) {
                    runs = whole(args[++i]);
                } else if (args[i].equals("--json") && i + 1 < args.length) {
                    json = Path.of(args[++i]);
                } else {
                    throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("scaling: error: " + e.getMessage() + "\nusage: Scaling [--runs N] [--json FILE]");
            System.exit(2);
        }
        run(BenchSystems.of(UNITS[0], YEAR, true, SEED)); // warm-up: the JIT compiles the hot path
        List<Size> sizes = new ArrayList<>();
        List<Map<String, Object>> measured = new ArrayList<>();
        for (int units : UNITS) {
            RunStats[] medians = new RunStats[2];
            int[] lengths = {MONTH, YEAR};
            for (int k = 0; k < lengths.length; k++) {
                Scenario s = BenchSystems.of(units, lengths[k], true, SEED);
                run(s); // and one run of each size discarded (a month's first runs are up to 2x slower)
                RunStats[] all = new RunStats[runs];
                for (int r = 0; r < runs; r++) {
                    all[r] = run(s);
                }
                medians[k] = median(all);
                double[] seconds = Arrays.stream(all).mapToDouble(RunStats::wallSeconds).toArray();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("units", units);
                m.put("steps", lengths[k]);
                m.put("seconds", seconds);
                m.put("median_seconds", medians[k].wallSeconds());
                m.put("median_phase_seconds", medians[k].phaseSeconds());
                measured.add(m);
                System.err.printf("%d units, %d steps: %s s%n", units, lengths[k], Arrays.toString(seconds));
            }
            sizes.add(new Size(units, medians[0], medians[1]));
        }
        System.out.println(table(sizes, runs));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("date", LocalDate.now().toString());
        doc.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        doc.put("cores", Runtime.getRuntime().availableProcessors());
        doc.put("runs", measured);
        Files.createDirectories(json.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), doc);
        System.out.println("JSON: " + json.toAbsolutePath());
    }

    private static int whole(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--runs " + text + " (must be a whole number >= 1)");
    }

    private static RunStats run(Scenario s) {
        return Simulation.run(s, RunOptions.DEFAULT).stats();
    }

    /** The run of median wall time (the lower middle one of an even number). */
    static RunStats median(RunStats[] runs) {
        RunStats[] sorted = runs.clone();
        Arrays.sort(sorted, Comparator.comparingDouble(RunStats::wallSeconds));
        return sorted[(sorted.length - 1) / 2];
    }

    /** Markdown: seconds per size, the year's ratio to the month (steps x 12.2) and to 10 units, the year's phases. */
    static String table(List<Size> sizes, int runs) {
        Size base = sizes.get(0);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("| units | 1 month (%d h) | 1 year (%,d h) | year / month (steps x %.1f) | month / %d units |"
                + " year / %d units | year: look-ahead | year: hourly LPs | µs per unit-hour (year) |%n", MONTH, YEAR,
                (double) YEAR / MONTH, base.units(), base.units()));
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Size s : sizes) {
            double month = s.month().wallSeconds();
            double year = s.year().wallSeconds();
            sb.append(String.format("| %d | %.2f s | %.2f s | %.1f | %.1f (units x %d) | %.1f (units x %d) | %.2f s | %.2f s"
                    + " | %.1f |%n", s.units(), month, year, year / month, month / base.month().wallSeconds(),
                    s.units() / base.units(), year / base.year().wallSeconds(), s.units() / base.units(),
                    s.year().phaseSeconds().get("lookahead"), s.year().phaseSeconds().get("dispatch"),
                    year / ((double) s.units() * YEAR) * 1e6));
        }
        sb.append(String.format("(median of %d runs each after a warm-up, in one JVM)", runs));
        return sb.toString();
    }
}
