package org.sgls.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sgls.io.ScenarioReader;
import org.sgls.model.Scenario;
import org.sgls.sim.RunOptions;
import org.sgls.sim.RunResult;
import org.sgls.sim.Simulation;

/**
 * A whole year of the largest bundled scenario, as {@code sgls run} simulates it (without writing files): one
 * shot per iteration, the first after one warm-up year. The scenario is read from
 * {@code <sgls.home>/scenarios/bundled/} ({@code sgls.home} defaults to the working directory, the repository
 * root).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class YearBenchmark {
    @Param({"ningdong-2030"})
    public String scenario;

    private Scenario loaded;

    @Setup
    public void setUp() {
        loaded = ScenarioReader.read(BenchSystems.bundledDir().resolve(scenario).resolve("scenario.json"));
    }

    @Benchmark
    public RunResult year() {
        return Simulation.run(loaded, RunOptions.DEFAULT);
    }
}
