package org.sgls.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmarks' quick mode for CI: every benchmark with short warm-up and measurement, JMH JSON written to
 * {@code target/jmh/quick.json} (or the path given), then a short table with the dispatch LP's ratio to the
 * merit-order reference measured in the same run. The full mode is {@code java -jar benchmarks.jar}.
 */
public final class Quick {
    private Quick() {
    }

    public static void main(String[] args) throws RunnerException, java.io.IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/jmh/quick.json");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Options options = new OptionsBuilder().include("org\\.sgls\\.bench\\..*Benchmark")
                .warmupIterations(2).warmupTime(TimeValue.milliseconds(300))
                .measurementIterations(3).measurementTime(TimeValue.milliseconds(500)).forks(1)
                .resultFormat(ResultFormatType.JSON).result(out.toString()).build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> byName = new TreeMap<>();
        System.out.printf("%n%-60s %12s %s%n", "benchmark", "score", "unit");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replace("org.sgls.bench.", "");
            StringBuilder params = new StringBuilder();
            for (String key : r.getParams().getParamsKeys()) {
                params.append(' ').append(key).append('=').append(r.getParams().getParam(key));
            }
            double score = r.getPrimaryResult().getScore();
            System.out.printf("%-60s %12.3f %s%n", name + params, score, r.getPrimaryResult().getScoreUnit());
            byName.put(name + params, new double[] {score});
        }
        for (Map.Entry<String, double[]> e : byName.entrySet()) {
            if (e.getKey().startsWith("DispatchStepBenchmark.economicDispatchLp")) {
                double[] ref = byName.get(e.getKey().replace("economicDispatchLp", "meritOrder"));
                if (ref != null) {
                    System.out.printf("ratio LP / merit order%s: %.0fx%n",
                            e.getKey().substring("DispatchStepBenchmark.economicDispatchLp".length()), e.getValue()[0] / ref[0]);
                }
            }
        }
        System.out.println("JMH JSON: " + out.toAbsolutePath());
    }
}
