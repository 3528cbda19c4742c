package org.sgls.model;

/**
 * Water electrolysis as an interruptible load: between {@code minLoadFraction x pmaxMw} and {@code pmaxMw}
 * while running, or off. Its consumption counts as spinning reserve (it can be interrupted at once), which is
 * how the Ningdong plan values interruptible hydrogen production.
 *
 * @param tank null when the hydrogen is taken away as produced
 */
public record Electrolyzer(String id, String zone, double pmaxMw, double minLoadFraction, double kwhPerKg,
        double h2ValuePerKg, HydrogenTank tank) implements Component {
    public Electrolyzer {
        Checks.id(id);
        Checks.nonNegative(id, "pmax_mw", pmaxMw);
        Checks.fraction(id, "min_load_fraction", minLoadFraction);
        Checks.positive(id, "kwh_per_kg", kwhPerKg);
        Checks.finite(id, "h2_value_per_kg", h2ValuePerKg);
    }

    @Override
    public Kind kind() {
        return Kind.ELECTROLYZER;
    }

    public double pminMw() {
        return minLoadFraction * pmaxMw;
    }

    /** Hydrogen made from {@code energyMwh}. */
    public double kgFromMwh(double energyMwh) {
        return energyMwh * 1000.0 / kwhPerKg;
    }

    /** What one MWh of consumption is worth as hydrogen. */
    public double valuePerMwh() {
        return h2ValuePerKg * 1000.0 / kwhPerKg;
    }
}
