package org.sgls.sim;

import java.util.List;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Results;
import org.sgls.model.Scenario;

/**
 * Everything a run produced: the system as simulated, the per-step columns, the run's statistics, and the steps
 * the solver failed on (with what it takes to reproduce each), in step order.
 */
public record RunResult(Scenario scenario, ComponentTable components, Results results, RunStats stats,
        List<StepFailure> failures) {
    public RunResult {
        failures = List.copyOf(failures);
    }

    /** A run on which the solver never failed. */
    public RunResult(Scenario scenario, ComponentTable components, Results results, RunStats stats) {
        this(scenario, components, results, stats, List.of());
    }
}
