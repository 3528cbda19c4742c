package org.sgls.timeseries.weather;

import org.sgls.timeseries.TimeAxis;

/**
 * Hub-height wind speeds at several sites of one fleet, seeded. At each site a standard normal AR(1) process
 * (lag-1 correlation {@code rho} per hour, weather systems passing) is mapped through the normal distribution
 * function and the inverse Weibull distribution function, so each site's speed is Weibull(k, scale) distributed
 * with the autocorrelation of its Gaussian (the transformed-Gaussian approach of e.g. Brown, Katz and Murphy,
 * "Time series models to simulate and forecast wind speed and wind power", J. Clim. Appl. Meteorol. 23(8), 1984),
 * then multiplied by the seasonal and diurnal {@link WindShape}. The sites share a common Gaussian: any two have
 * correlation {@code siteCorrelation} in Gaussian space.
 *
 * <p>Only the Weibull scale is left out: speeds are {@code scale x} {@link #unitSpeed}, so calibration can move
 * the scale without drawing again.
 */
public final class WindSpeeds {
    private final double[][] unitSpeed;

    /**
     * @param weibullShape      k, in [1, 5]
     * @param hourlyCorrelation lag-1 hour correlation of the Gaussian, in [0, 1)
     * @param sites             number of sites, at least 1
     * @param siteCorrelation   correlation between the sites' Gaussians, in [0, 1]
     */
    public WindSpeeds(TimeAxis axis, double weibullShape, double hourlyCorrelation, int sites, double siteCorrelation,
            WindShape shape, Normals normals) {
        double rho = StrictMath.pow(hourlyCorrelation, axis.stepHours());
        double common = StrictMath.sqrt(siteCorrelation);
        double own = StrictMath.sqrt(1 - siteCorrelation);
        unitSpeed = new double[sites][axis.steps()];
        double[] z = new double[sites + 1]; // [0] the common part, then each site's own
        for (int i = 0; i < axis.steps(); i++) {
            for (int s = 0; s <= sites; s++) {
                z[s] = i == 0 ? normals.next() : normals.ar1(z[s], rho);
            }
            double factor = shape.factor(axis.time(i).plusSeconds(StrictMath.round(axis.stepHours() * 1800)));
            for (int s = 0; s < sites; s++) {
                double gaussian = common * z[0] + own * z[s + 1];
                unitSpeed[s][i] = factor * unitWeibullQuantile(gaussian, weibullShape);
            }
        }
    }

    /** The Weibull(k, 1) quantile at the normal probability of {@code z}: (-ln(1 - Phi(z)))^(1/k). */
    static double unitWeibullQuantile(double z, double k) {
        double tail = StrictMath.max(Double.MIN_NORMAL, Normals.upperTail(z));
        return StrictMath.pow(-StrictMath.log(tail), 1 / k);
    }

    public int steps() {
        return unitSpeed[0].length;
    }

    public int sites() {
        return unitSpeed.length;
    }

    /** Speed at a site and step for a Weibull scale of 1 m/s. */
    public double unitSpeed(int site, int step) {
        return unitSpeed[site][step];
    }

    /** Speeds of one site, m/s, for a Weibull scale. */
    public double[] speedsMPerS(int site, double weibullScaleMPerS) {
        double[] v = new double[unitSpeed[site].length];
        for (int i = 0; i < v.length; i++) {
            v[i] = weibullScaleMPerS * unitSpeed[site][i];
        }
        return v;
    }
}
