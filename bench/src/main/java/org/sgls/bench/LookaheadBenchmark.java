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
import org.sgls.dispatch.Plan;
import org.sgls.dispatch.lookahead.Lookahead;
import org.sgls.model.Scenario;
import org.sgls.sim.SystemState;

/** One look-ahead window (commitment and store trajectories) at 24 h and 48 h. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class LookaheadBenchmark {
    @Param({"10", "40", "100"})
    public int units;

    @Param({"24", "48"})
    public int hours;

    private Lookahead lookahead;
    private SystemState state;

    @Setup
    public void setUp() {
        Scenario s = BenchSystems.of(units, hours, true, 11);
        lookahead = new Lookahead(s.system(), s.dispatch());
        state = SystemState.initial(s.system());
    }

    @Benchmark
    public Plan window() {
        return lookahead.plan(0, hours, state);
    }
}
