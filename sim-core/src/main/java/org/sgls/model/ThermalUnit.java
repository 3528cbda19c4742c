package org.sgls.model;

import java.time.LocalDateTime;

/**
 * A committable coal or gas unit. While committed its output lies in [pmin, pmax], with pmin = the minimum
 * stable fraction x rating (0.30 for flexibility-retrofitted coal units, 0.35 for new ones), raised for a CHP
 * unit in the heating season (see {@link HeatRule}). Fuel: {@code fuelTcePerH} x on + {@code fuelTcePerMwh} x
 * output per hour, so the specific consumption (gce/kWh) rises at part load.
 *
 * @param rampUpMwPerH        +infinity when unlimited
 * @param hoursInStateInitial how long the unit has been on (or off) before the first step
 */
public record ThermalUnit(String id, String zone, Kind kind, double pmaxMw, double minStableFraction,
        HeatRule heat, double rampUpMwPerH, double rampDownMwPerH, int minUpH, int minDownH, double startupCost,
        double fuelPricePerTce, double fuelTcePerH, double fuelTcePerMwh, double vomCostPerMwh, double co2TPerTce,
        boolean onInitial, int hoursInStateInitial, double pInitialMw) implements Component {
    public ThermalUnit {
        Checks.id(id);
        if (!kind.committable()) {
            throw new IllegalArgumentException(id + ": kind " + kind.label() + " is not committable");
        }
        Checks.positive(id, "pmax_mw", pmaxMw);
        Checks.fraction(id, "min_stable_fraction", minStableFraction);
        Checks.positiveOrUnlimited(id, "ramp_up_mw_per_h", rampUpMwPerH);
        Checks.positiveOrUnlimited(id, "ramp_down_mw_per_h", rampDownMwPerH);
        if (minUpH < 1 || minDownH < 1) {
            throw new IllegalArgumentException(id + ": min_up_h and min_down_h must be >= 1 hour");
        }
        Checks.nonNegative(id, "startup_cost", startupCost);
        Checks.nonNegative(id, "fuel_price_per_tce", fuelPricePerTce);
        Checks.nonNegative(id, "fuel_tce_per_h", fuelTcePerH);
        Checks.nonNegative(id, "fuel_tce_per_mwh", fuelTcePerMwh);
        Checks.finite(id, "vom_cost_per_mwh", vomCostPerMwh);
        Checks.nonNegative(id, "co2_t_per_tce", co2TPerTce);
        if (hoursInStateInitial < 0) {
            throw new IllegalArgumentException(id + ": hours_in_state_initial must be >= 0");
        }
        if (onInitial) {
            if (pInitialMw < minStableFraction * pmaxMw - 1e-9 || pInitialMw > pmaxMw + 1e-9) {
                throw new IllegalArgumentException(id + ": p_initial_mw " + pInitialMw + " must lie in [pmin, pmax] = ["
                        + minStableFraction * pmaxMw + ", " + pmaxMw + "] for a unit that is on");
            }
        } else if (pInitialMw != 0) {
            throw new IllegalArgumentException(id + ": p_initial_mw must be 0 for a unit that is off");
        }
    }

    public double marginalCostPerMwh() {
        return fuelPricePerTce * fuelTcePerMwh + vomCostPerMwh;
    }

    public double noloadCostPerH() {
        return fuelPricePerTce * fuelTcePerH;
    }

    /** Minimum stable output in force at {@code time} when committed. */
    public double pminMw(LocalDateTime time) {
        if (heat != null && heat.inSeason(time)) {
            double fraction = heat.inDecoupledWindow(time) ? heat.decoupledFraction() : heat.mustRunFraction();
            return Math.max(minStableFraction, fraction) * pmaxMw;
        }
        return minStableFraction * pmaxMw;
    }

    /** A CHP unit must be committed through its heating season (it supplies heat). */
    public boolean mustRun(LocalDateTime time) {
        return heat != null && heat.inSeason(time);
    }

    /** The lowest minimum that can be in force; written to {@code components.csv} as {@code pmin_mw}. */
    public double lowestPminMw() {
        return minStableFraction * pmaxMw;
    }
}
