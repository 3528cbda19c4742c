package org.sgls.model;

/**
 * A battery or pumped-hydro plant. soc(t) = soc(t-1) x (1 - selfDischargePerH)^dtH
 * + (etaCharge x charge - discharge / etaDischarge) x dtH, within [socMinMwh, energyMwh].
 *
 * @param technology free label ("battery", "pumped_hydro")
 * @param marginalCostPerMwh wear cost per MWh discharged
 */
public record Storage(String id, String zone, String technology, double dischargeMaxMw, double chargeMaxMw,
        double energyMwh, double etaCharge, double etaDischarge, double socMinMwh, double selfDischargePerH,
        double socInitialMwh, double marginalCostPerMwh) implements Component {
    public Storage {
        Checks.id(id);
        Checks.nonNegative(id, "pmax_mw", dischargeMaxMw);
        Checks.nonNegative(id, "charge_max_mw", chargeMaxMw);
        Checks.positive(id, "energy_mwh", energyMwh);
        Checks.efficiency(id, "eta_charge", etaCharge);
        Checks.efficiency(id, "eta_discharge", etaDischarge);
        Checks.nonNegative(id, "soc_min_mwh", socMinMwh);
        Checks.atMost(id, "soc_min_mwh", socMinMwh, "energy_mwh", energyMwh);
        Checks.fraction(id, "self_discharge_per_h", selfDischargePerH);
        if (socInitialMwh < socMinMwh || socInitialMwh > energyMwh) {
            throw new IllegalArgumentException(id + ": soc_initial_mwh " + socInitialMwh + " must lie in [soc_min_mwh, energy_mwh] = ["
                    + socMinMwh + ", " + energyMwh + "]");
        }
        Checks.nonNegative(id, "marginal_cost_per_mwh", marginalCostPerMwh);
    }

    @Override
    public Kind kind() {
        return Kind.STORAGE;
    }

    /** State of charge after one step from {@code socMwh} with no power flow. */
    public double decay(double socMwh, double dtH) {
        return socMwh * Math.pow(1.0 - selfDischargePerH, dtH);
    }
}
