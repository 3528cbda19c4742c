package org.sgls.sim;

import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Results;
import org.sgls.model.Scenario;

/** Everything a run produced: the system as simulated, the per-step columns and the run's statistics. */
public record RunResult(Scenario scenario, ComponentTable components, Results results, RunStats stats) {
}
