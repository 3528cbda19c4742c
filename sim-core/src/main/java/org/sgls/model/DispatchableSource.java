package org.sgls.model;

/** A non-committable renewable plant dispatchable between 0 and {@code pmaxMw} (biomass, waste-to-energy). */
public record DispatchableSource(String id, String zone, Kind kind, double pmaxMw, double marginalCostPerMwh)
        implements Component {
    public DispatchableSource {
        Checks.id(id);
        if (kind != Kind.BIOMASS) {
            throw new IllegalArgumentException(id + ": dispatchable source must be biomass, got " + kind.label());
        }
        Checks.nonNegative(id, "pmax_mw", pmaxMw);
        Checks.finite(id, "marginal_cost_per_mwh", marginalCostPerMwh);
    }
}
