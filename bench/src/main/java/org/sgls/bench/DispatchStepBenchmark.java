package org.sgls.bench;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
import org.sgls.dispatch.EconomicDispatch;
import org.sgls.dispatch.Plan;
import org.sgls.dispatch.lookahead.Lookahead;
import org.sgls.dispatch.lp.OjAlgoSolver;
import org.sgls.model.Load;
import org.sgls.model.Scenario;
import org.sgls.model.ThermalUnit;
import org.sgls.model.VariableSource;
import org.sgls.sim.SystemState;

/**
 * The solver hot path: one step's economic dispatch (ojAlgo LP) beside a pure-Java merit order of the same
 * step, the physical reference; the ratio of the two is the figure to watch. Single calls are sampled, so that
 * JMH reports their median (and other percentiles) beside the mean.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DispatchStepBenchmark {
    @Param({"10", "40", "100"})
    public int units;

    @Param({"false", "true"})
    public boolean flexible;

    private EconomicDispatch dispatch;
    private SystemState state;
    private Plan plan;
    private int step;
    private double[] pmin;
    private double[] pmax;
    private double[] cost;
    private double netLoadMw;

    @Setup
    public void setUp() {
        Scenario s = BenchSystems.of(units, 48, flexible, 7);
        state = SystemState.initial(s.system());
        plan = new Lookahead(s.system(), s.dispatch()).plan(0, 48, state);
        dispatch = new EconomicDispatch(s.system(), new OjAlgoSolver(), s.dispatch().reserveShortfallCostPerMwh());
        step = 19;
        List<ThermalUnit> us = s.system().all(ThermalUnit.class);
        pmin = new double[us.size()];
        pmax = new double[us.size()];
        cost = new double[us.size()];
        for (int i = 0; i < us.size(); i++) {
            pmin[i] = us.get(i).pminMw(s.system().axis().time(step));
            pmax[i] = us.get(i).pmaxMw();
            cost[i] = us.get(i).marginalCostPerMwh();
        }
        netLoadMw = s.system().all(Load.class).get(0).demandMw().at(step)
                - s.system().all(VariableSource.class).get(0).availableMw(step);
    }

    @Benchmark
    public double economicDispatchLp() {
        EconomicDispatch.Outcome o = dispatch.solve(step, state, plan);
        return o.x()[0];
    }

    /** Every unit at its minimum, then the cheapest headroom first: with a re-sort, as a step would need. */
    @Benchmark
    public double meritOrder() {
        Integer[] order = new Integer[cost.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> cost[i]));
        double remaining = netLoadMw;
        double total = 0;
        for (int i = 0; i < cost.length; i++) {
            remaining -= pmin[i];
            total += cost[i] * pmin[i];
        }
        for (int i : order) {
            double take = Math.max(0, Math.min(pmax[i] - pmin[i], remaining));
            remaining -= take;
            total += cost[i] * take;
        }
        return total;
    }
}
