package org.sgls.model;

import org.sgls.timeseries.Profile;

/**
 * PV, wind, run-of-river hydro or CSP (solar thermal): available power = {@code capacityMw} x per-unit profile;
 * curtailable.
 *
 * @param availabilityPu per-unit availability in [0, 1] per step
 */
public record VariableSource(String id, String zone, Kind kind, double capacityMw, Profile availabilityPu,
        double marginalCostPerMwh) implements Component {
    public VariableSource {
        Checks.id(id);
        if (!kind.variable()) {
            throw new IllegalArgumentException(id + ": kind " + kind.label() + " is not pv, wind, hydro or csp");
        }
        Checks.nonNegative(id, "capacity_mw", capacityMw);
        Checks.finite(id, "marginal_cost_per_mwh", marginalCostPerMwh);
        availabilityPu.requireWithin(id + ": availability", 0.0, 1.0);
    }

    public double availableMw(int step) {
        return capacityMw * availabilityPu.at(step);
    }
}
