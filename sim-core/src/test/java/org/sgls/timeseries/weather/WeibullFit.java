package org.sgls.timeseries.weather;

/** Maximum-likelihood Weibull parameters, for tests (Newton's method on the profile equation for k). */
final class WeibullFit {
    private WeibullFit() {
    }

    /** {k, scale} of the Weibull distribution most likely to have produced the positive values {@code x}. */
    static double[] maximumLikelihood(double[] x) {
        double meanLog = 0;
        for (double v : x) {
            meanLog += Math.log(v);
        }
        meanLog /= x.length;
        double k = 2;
        for (int iter = 0; iter < 100; iter++) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            for (double v : x) {
                double p = Math.pow(v, k);
                double l = Math.log(v);
                s0 += p;
                s1 += p * l;
                s2 += p * l * l;
            }
            // g(k) = s1 / s0 - 1 / k - mean(ln x) = 0
            double g = s1 / s0 - 1 / k - meanLog;
            double dg = (s2 * s0 - s1 * s1) / (s0 * s0) + 1 / (k * k);
            double step = g / dg;
            k -= step;
            if (Math.abs(step) < 1e-10) {
                break;
            }
        }
        double s0 = 0;
        for (double v : x) {
            s0 += Math.pow(v, k);
        }
        return new double[] {k, Math.pow(s0 / x.length, 1 / k)};
    }
}
