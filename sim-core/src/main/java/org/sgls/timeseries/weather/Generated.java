package org.sgls.timeseries.weather;

/**
 * What a generator made: one value per step, and how it was calibrated.
 *
 * @param values      the series
 * @param calibration the parameter calibration moved and where to, or null when no target was given
 */
public record Generated(double[] values, Calibration.Result calibration) {
    /** Generated series are rounded to 1 / this (1e-4 of their unit): ample for energy, short to write. */
    static final double STEPS_PER_UNIT = 1e4;
    static final double HOURS_PER_YEAR = 8760;

    /** Full-load hours a year: the mean of a per-unit series times 8,760 h (so a capacity factor x 8,760). */
    public static double fullLoadHours(double[] perUnit) {
        double sum = 0;
        for (double v : perUnit) {
            sum += v;
        }
        return sum / perUnit.length * HOURS_PER_YEAR;
    }

    public double fullLoadHours() {
        return fullLoadHours(values);
    }

    /** Values rounded to the generators' resolution; exact zeros stay exact. */
    static double[] rounded(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = StrictMath.rint(values[i] * STEPS_PER_UNIT) / STEPS_PER_UNIT;
        }
        return out;
    }
}
