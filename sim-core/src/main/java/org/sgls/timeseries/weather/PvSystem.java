package org.sgls.timeseries.weather;

/**
 * The electrical side of a PV plant: from plane-of-array irradiance to AC output.
 *
 * <p>Cell temperature by the NOCT model, {@code T_cell = T_air + (NOCT - 20) / 800 x G_poa} (Duffie and Beckman,
 * Solar Engineering of Thermal Processes, 4th ed., sect. 23.3, without the wind and efficiency terms); DC power
 * {@code G_poa / 1000 x (1 + gamma (T_cell - 25)) x (1 - dc losses)} per unit of the modules' rating; AC power
 * after a flat inverter efficiency, clipped at the inverters' rating, which is the modules' rating divided by the
 * DC-to-AC ratio.
 *
 * @param plane                     how the modules face the sky
 * @param noctC                     nominal operating cell temperature (800 W/m2, 20 C air, 1 m/s wind), in [20, 80]
 * @param powerPerDegreeC           relative change of DC power per kelvin of cell temperature, in [-0.01, 0]
 * @param dcLossFraction            soiling, mismatch, wiring, degradation, availability: a share in [0, 1)
 * @param inverterEfficiency        in (0, 1]
 * @param dcAcRatio                 module DC rating / inverter AC rating, in [0.5, 3]
 * @param basis                     what the per-unit output is a fraction of
 */
public record PvSystem(PlaneOfArray plane, double noctC, double powerPerDegreeC, double dcLossFraction,
        double inverterEfficiency, double dcAcRatio, CapacityBasis basis) {
    /** Crystalline silicon: NOCT 45 C, -0.4 %/C (data-sheet values of common modules). */
    public static final double DEFAULT_NOCT_C = 45;
    public static final double DEFAULT_POWER_PER_DEGREE_C = -0.004;
    /**
     * 11 % DC losses and a 97 % inverter: 13.7 % in all, close to the 14 % system loss PVGIS assumes by default
     * (soiling in dusty NW China is part of it).
     */
    public static final double DEFAULT_DC_LOSS_FRACTION = 0.11;
    public static final double DEFAULT_INVERTER_EFFICIENCY = 0.97;
    public static final double DEFAULT_DC_AC_RATIO = 1.0;

    /** Crystalline modules with the default losses, temperature behaviour and inverter. */
    public static PvSystem typical(PlaneOfArray plane, double dcAcRatio, CapacityBasis basis) {
        return new PvSystem(plane, DEFAULT_NOCT_C, DEFAULT_POWER_PER_DEGREE_C, DEFAULT_DC_LOSS_FRACTION,
                DEFAULT_INVERTER_EFFICIENCY, dcAcRatio, basis);
    }

    public PvSystem {
        if (plane == null || basis == null) {
            throw new IllegalArgumentException("a plane and a capacity basis are required");
        }
        if (!(noctC >= 20 && noctC <= 80)) {
            throw new IllegalArgumentException("NOCT must be in [20, 80] C, got " + noctC);
        }
        if (!(powerPerDegreeC >= -0.01 && powerPerDegreeC <= 0)) {
            throw new IllegalArgumentException("temperature coefficient must be in [-0.01, 0] per C, got " + powerPerDegreeC);
        }
        if (!(dcLossFraction >= 0 && dcLossFraction < 1)) {
            throw new IllegalArgumentException("DC losses must be in [0, 1), got " + dcLossFraction);
        }
        if (!(inverterEfficiency > 0 && inverterEfficiency <= 1)) {
            throw new IllegalArgumentException("inverter efficiency must be in (0, 1], got " + inverterEfficiency);
        }
        if (!(dcAcRatio >= 0.5 && dcAcRatio <= 3)) {
            throw new IllegalArgumentException("DC/AC ratio must be in [0.5, 3], got " + dcAcRatio);
        }
    }

    public double cellTemperatureC(double airC, double poaWPerM2) {
        return airC + (noctC - 20) / 800 * poaWPerM2;
    }

    /** Per-unit output on the chosen basis, in [0, 1]. */
    public double outputPu(double poaWPerM2, double airC) {
        if (poaWPerM2 <= 0) {
            return 0;
        }
        double derate = 1 + powerPerDegreeC * (cellTemperatureC(airC, poaWPerM2) - 25);
        double dcPuOfModules = StrictMath.max(0, poaWPerM2 / 1000 * derate * (1 - dcLossFraction));
        double acPuOfInverters = StrictMath.min(1, dcPuOfModules * dcAcRatio * inverterEfficiency);
        return basis == CapacityBasis.AC ? acPuOfInverters : acPuOfInverters / dcAcRatio;
    }
}
