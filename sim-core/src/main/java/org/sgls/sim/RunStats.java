package org.sgls.sim;

import java.util.Map;

/**
 * How a run went, beside its results.
 *
 * @param phaseSeconds wall time per phase: {@code lookahead}, {@code dispatch}, {@code record}
 * @param fallbackSteps steps whose dispatch needed a fallback (emergency decommitment) to stay feasible
 * @param fallbackWindows windows ended by a step the solver failed on (an error or its time limit), which a
 *     fallback attempt then dispatched; each such step is in {@link RunResult#failures()} (the first
 *     {@link Simulation#MAX_FAILURES_KEPT})
 * @param solverRecoveries solves whose answer failed the residual check and were redone
 */
public record RunStats(double wallSeconds, int windows, int fallbackSteps, int fallbackWindows, int solverRecoveries,
        Map<String, Double> phaseSeconds) {
    public RunStats {
        phaseSeconds = Map.copyOf(phaseSeconds);
    }

    /** A run without solver fallbacks. */
    public RunStats(double wallSeconds, int windows, int fallbackSteps, int solverRecoveries,
            Map<String, Double> phaseSeconds) {
        this(wallSeconds, windows, fallbackSteps, 0, solverRecoveries, phaseSeconds);
    }
}
