package org.sgls.timeseries.weather;

/**
 * Splits global horizontal irradiance into beam and diffuse by the hourly diffuse-fraction correlation of Erbs,
 * Klein and Duffie ("Estimation of the diffuse radiation fraction for hourly, daily and monthly-average global
 * radiation", Solar Energy 28(4), 1982), a function of the clearness index kt = global / extraterrestrial
 * horizontal irradiance.
 */
public final class Erbs {
    private Erbs() {
    }

    /** The diffuse share of global horizontal irradiance at clearness index {@code kt}. */
    public static double diffuseFraction(double kt) {
        if (kt <= 0.22) {
            return 1 - 0.09 * StrictMath.max(0, kt);
        }
        if (kt <= 0.80) {
            return 0.9511 - 0.1604 * kt + 4.388 * kt * kt - 16.638 * kt * kt * kt + 12.336 * kt * kt * kt * kt;
        }
        return 0.165;
    }
}
