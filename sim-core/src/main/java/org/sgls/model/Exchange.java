package org.sgls.model;

import org.sgls.timeseries.Profile;

/**
 * Import into or export out of the modelled system over an interconnector (e.g. a UHV export line).
 * The flow is free between 0 and {@code pmaxMw} x {@code limitPu(t)}; an import costs {@code pricePerMwh},
 * an export earns it. A firm schedule is expressed by {@code minPu}: the share of the limit that must flow.
 */
public record Exchange(String id, String zone, Kind kind, double pmaxMw, Profile limitPu, double minPu,
        double pricePerMwh) implements Component {
    public Exchange {
        Checks.id(id);
        if (kind != Kind.IMPORT && kind != Kind.EXPORT) {
            throw new IllegalArgumentException(id + ": exchange must be import or export");
        }
        Checks.nonNegative(id, "pmax_mw", pmaxMw);
        Checks.fraction(id, "min_fraction", minPu);
        Checks.finite(id, "price_per_mwh", pricePerMwh);
        limitPu.requireWithin(id + ": limit profile", 0.0, 1.0);
    }

    public double maxMw(int step) {
        return pmaxMw * limitPu.at(step);
    }

    public double minMw(int step) {
        return minPu * maxMw(step);
    }
}
