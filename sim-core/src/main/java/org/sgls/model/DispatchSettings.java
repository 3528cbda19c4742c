package org.sgls.model;

/**
 * How the rolling dispatch looks ahead: every {@code commitHours} it plans a window of {@code lookaheadHours}
 * and keeps the first {@code commitHours} of it. Reserve shortfall is a soft constraint priced at
 * {@code reserveShortfallCostPerMwh} in the optimisation (a security penalty, not an incurred cost: it is
 * reported as {@code reserve_shortfall_mwh}, not in {@code total_cost}).
 */
public record DispatchSettings(int lookaheadHours, int commitHours, double reserveShortfallCostPerMwh) {
    public static final DispatchSettings DEFAULT = new DispatchSettings(48, 24, 2000.0);

    public DispatchSettings {
        if (commitHours < 1) {
            throw new IllegalArgumentException("commit_hours must be >= 1, got " + commitHours);
        }
        if (lookaheadHours < commitHours) {
            throw new IllegalArgumentException("lookahead_hours (" + lookaheadHours + ") must be >= commit_hours ("
                    + commitHours + ")");
        }
        Checks.nonNegative("dispatch", "reserve_shortfall_cost_per_mwh", reserveShortfallCostPerMwh);
    }
}
