package org.sgls.model;

import org.sgls.timeseries.Profile;

/**
 * Demand that must be served; what is not served is shed at {@code shedCostPerMwh} (value of lost load).
 *
 * @param demandMw hourly demand in MW (already scaled)
 */
public record Load(String id, String zone, Profile demandMw, double shedCostPerMwh) implements Component {
    public Load {
        Checks.id(id);
        Checks.positive(id, "shed_cost_per_mwh", shedCostPerMwh);
        demandMw.requireNonNegative(id + ": demand");
    }

    @Override
    public Kind kind() {
        return Kind.LOAD;
    }
}
