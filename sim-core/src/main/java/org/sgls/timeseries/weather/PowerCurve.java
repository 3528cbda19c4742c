package org.sgls.timeseries.weather;

/**
 * A generic pitch-regulated turbine's power curve, per unit of rated power: nothing below cut-in, a cubic rise
 * {@code (v^3 - v_in^3) / (v_rated^3 - v_in^3)} to rated speed, flat to cut-out, nothing from cut-out on (the
 * simplified cubic curve common in wind-resource studies). Speeds are at hub
 * height and at the standard air density of 1.225 kg/m3 (see {@link #densityCorrectedSpeed}).
 *
 * @param cutInMPerS  in (0, rated)
 * @param ratedMPerS  in (cut-in, cut-out)
 * @param cutOutMPerS above rated
 */
public record PowerCurve(double cutInMPerS, double ratedMPerS, double cutOutMPerS) {
    /** A 2-4 MW class onshore turbine. */
    public static final PowerCurve GENERIC = new PowerCurve(3, 11.5, 25);
    static final double STANDARD_AIR_DENSITY_KG_PER_M3 = 1.225;

    public PowerCurve {
        if (!(cutInMPerS > 0 && cutInMPerS < ratedMPerS && ratedMPerS < cutOutMPerS && cutOutMPerS <= 50)) {
            throw new IllegalArgumentException("need 0 < cut-in < rated < cut-out <= 50 m/s, got " + cutInMPerS + ", "
                    + ratedMPerS + ", " + cutOutMPerS);
        }
    }

    public double pu(double speedMPerS) {
        if (speedMPerS < cutInMPerS || speedMPerS >= cutOutMPerS) {
            return 0;
        }
        if (speedMPerS >= ratedMPerS) {
            return 1;
        }
        double in3 = cutInMPerS * cutInMPerS * cutInMPerS;
        double rated3 = ratedMPerS * ratedMPerS * ratedMPerS;
        return (speedMPerS * speedMPerS * speedMPerS - in3) / (rated3 - in3);
    }

    /** Air density of the ICAO standard atmosphere at an altitude. */
    public static double airDensityKgPerM3(double altitudeM) {
        return STANDARD_AIR_DENSITY_KG_PER_M3 * StrictMath.pow(1 - 2.25577e-5 * altitudeM, 4.25588);
    }

    /**
     * The speed at standard density that carries the same power as {@code speedMPerS} in air of the given density:
     * {@code v (rho / 1.225)^(1/3)}, the normalisation IEC 61400-12-1 applies to pitch-regulated turbines.
     */
    public static double densityCorrectedSpeed(double speedMPerS, double airDensityKgPerM3) {
        return speedMPerS * StrictMath.cbrt(airDensityKgPerM3 / STANDARD_AIR_DENSITY_KG_PER_M3);
    }
}
