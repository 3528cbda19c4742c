package org.sgls.model;

/**
 * A zone (bus) with its spinning-reserve requirement: {@code reserveMw + reserveFractionOfLoad x load(t)}.
 */
public record Zone(String id, double reserveMw, double reserveFractionOfLoad) {
    public Zone {
        Checks.id(id);
        Checks.nonNegative(id, "reserve_mw", reserveMw);
        Checks.fraction(id, "reserve_fraction_of_load", reserveFractionOfLoad);
    }
}
