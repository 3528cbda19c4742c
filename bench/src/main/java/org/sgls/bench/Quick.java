package org.sgls.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmarks' quick mode for CI (about two minutes): the per-step and look-ahead benchmarks with short
 * warm-up and measurement, the year once without warm-up; JMH JSON of all of them written to
 * {@code target/jmh/quick.json} (or the path given), then a short table with the dispatch LP's ratio to the
 * merit-order reference measured in the same run. The full mode is {@code java -jar benchmarks.jar}, with the
 * settings declared on each class.
 */
public final class Quick {
    private static final String STEP = "DispatchStepBenchmark.";

    private Quick() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/jmh/quick.json");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Options shortRuns = new OptionsBuilder().include("org\\.sgls\\.bench\\.(DispatchStep|Lookahead)Benchmark")
                .warmupIterations(2).warmupTime(TimeValue.milliseconds(300))
                .measurementIterations(3).measurementTime(TimeValue.milliseconds(500)).forks(1).build();
        Options oneYear = new OptionsBuilder().include("org\\.sgls\\.bench\\.YearBenchmark")
                .warmupIterations(0).measurementIterations(1).forks(1).build();
        List<RunResult> results = new ArrayList<>(new Runner(shortRuns).run());
        results.addAll(new Runner(oneYear).run());
        try (PrintStream json = new PrintStream(Files.newOutputStream(out), true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, json).writeOut(results);
        }
        printTable(results);
        System.out.println("JMH JSON: " + out.toAbsolutePath());
    }

    private static void printTable(Collection<RunResult> results) {
        Map<String, Double> scores = new LinkedHashMap<>(); // in JMH's order: units 10, 40, 100
        // the per-step benchmarks sample single calls: their median, as issue 4 asks; the others JMH's score
        System.out.printf("%n%-62s %12s %s%n", "benchmark", "median/score", "unit");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replace("org.sgls.bench.", "");
            StringBuilder params = new StringBuilder();
            for (String key : r.getParams().getParamsKeys()) {
                params.append(' ').append(key).append('=').append(r.getParams().getParam(key));
            }
            double score = r.getParams().getMode() == org.openjdk.jmh.annotations.Mode.SampleTime
                    ? r.getPrimaryResult().getStatistics().getPercentile(50) : r.getPrimaryResult().getScore();
            System.out.printf("%-62s %12.3f %s%n", name + params, score, r.getPrimaryResult().getScoreUnit());
            scores.put(name + params, score);
        }
        System.out.println();
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (e.getKey().startsWith(STEP + "economicDispatchLp")) {
                Double reference = scores.get(e.getKey().replace("economicDispatchLp", "meritOrder"));
                if (reference != null) {
                    System.out.printf("ratio of medians LP / merit order%s: %.0fx%n",
                            e.getKey().substring((STEP + "economicDispatchLp").length()), e.getValue() / reference);
                }
            }
        }
    }
}
