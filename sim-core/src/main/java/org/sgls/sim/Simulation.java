package org.sgls.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sgls.dispatch.EconomicDispatch;
import org.sgls.dispatch.Formulation;
import org.sgls.dispatch.Plan;
import org.sgls.dispatch.formulation.Formulations;
import org.sgls.dispatch.lookahead.Lookahead;
import org.sgls.dispatch.lp.LpSolver;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Results;
import org.sgls.model.DispatchSettings;
import org.sgls.model.PowerSystem;
import org.sgls.model.Scenario;

/**
 * The year loop: every {@code commitHours} a look-ahead over {@code lookaheadHours} plans commitments and store
 * values; then each step is dispatched by the economic-dispatch LP with that plan, recorded, and its end state
 * handed explicitly to the next step. A step that needed a fallback starts a fresh look-ahead from its state,
 * so a released unit's minimum up and down times are honoured from there on. So does a step the solver failed
 * on (dispatched by a fallback attempt, see {@link EconomicDispatch.Attempt}); such steps are counted as
 * {@code fallback_windows} and kept, with their inputs, in {@link RunResult#failures()}.
 */
public final class Simulation {
    /** Steps the solver failed on that are kept with their models; the others are only counted. */
    public static final int MAX_FAILURES_KEPT = 20;

    private Simulation() {
    }

    public static RunResult run(Scenario scenario, RunOptions options) {
        long t0 = System.nanoTime();
        PowerSystem system = scenario.system();
        DispatchSettings settings = scenario.dispatch();
        int steps = system.axis().steps();
        // the settings are in hours; windows are counted in steps
        int lookaheadSteps = (int) Math.max(1, Math.ceil(settings.lookaheadHours() / system.axis().stepHours() - 1e-9));
        int commitSteps = (int) Math.max(1, Math.ceil(settings.commitHours() / system.axis().stepHours() - 1e-9));
        LpSolver solver = options.solver().create(options.stepTimeLimit());
        EconomicDispatch dispatch = new EconomicDispatch(system, solver, settings.reserveShortfallCostPerMwh());
        Lookahead lookahead = new Lookahead(system, settings);

        ComponentTable table = new ComponentTable();
        Results results = new Results(system.axis());
        List<Formulation> layout = Formulations.forSystem(system);
        for (Formulation f : layout) {
            f.describe(table);
            f.declare(results);
        }

        long lookaheadNs = 0;
        long dispatchNs = 0;
        int windows = 0;
        int fallbackSteps = 0;
        int fallbackWindows = 0;
        List<StepFailure> failures = new ArrayList<>();
        SystemState state = SystemState.initial(system);
        int step = 0;
        while (step < steps) {
            long a = System.nanoTime();
            int hours = Math.min(lookaheadSteps, steps - step);
            Plan plan = lookahead.plan(step, hours, state);
            long b = System.nanoTime();
            lookaheadNs += b - a;
            windows++;
            int end = step + Math.min(commitSteps, hours);
            while (step < end) {
                EconomicDispatch.Outcome o = dispatch.solve(step, state, plan);
                SystemState.Builder next = state.toBuilder();
                for (Formulation f : o.formulations()) {
                    f.record(o.problem(), o.x(), 0, results);
                    f.advance(o.problem(), o.x(), 0, next);
                }
                if (o.solverFallback()) {
                    fallbackWindows++;
                    if (failures.size() < MAX_FAILURES_KEPT) {
                        failures.add(new StepFailure(step, system.axis().time(step), o.failed(), o.attempt(), state));
                    }
                }
                state = next.build();
                step++;
                if (o.fallback()) {
                    fallbackSteps++;
                }
                if (o.fallback() || o.solverFallback()) {
                    break;
                }
            }
            dispatchNs += System.nanoTime() - b;
            options.listener().stepsDone(step, steps);
        }
        Map<String, Double> phases = new LinkedHashMap<>();
        phases.put("lookahead", lookaheadNs / 1e9);
        phases.put("dispatch", dispatchNs / 1e9);
        RunStats stats = new RunStats((System.nanoTime() - t0) / 1e9, windows, fallbackSteps, fallbackWindows,
                solver.recoveries(), phases);
        return new RunResult(scenario, table, results, stats, failures);
    }
}
