package org.sgls.sim;

import java.util.Map;

/**
 * How a run went, beside its results.
 *
 * @param phaseSeconds wall time per phase: {@code lookahead}, {@code dispatch}, {@code record}
 * @param fallbackSteps steps whose dispatch needed a fallback (emergency decommitment) to stay feasible
 * @param solverRecoveries solves whose answer failed the residual check and were redone
 */
public record RunStats(double wallSeconds, int windows, int fallbackSteps, int solverRecoveries,
        Map<String, Double> phaseSeconds) {
    public RunStats {
        phaseSeconds = Map.copyOf(phaseSeconds);
    }
}
