package org.sgls.timeseries.weather;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.sgls.timeseries.TimeAxis;

/**
 * Cloudiness as a clear-sky index k (global irradiance / clear-sky global irradiance) for every step, seeded.
 *
 * <p>Days: a Gaussian AR(1) over calendar days (persistence of weather from one day to the next) is mapped through
 * the normal distribution function and the inverse Beta distribution function, so that each day's index has
 * exactly a Beta distribution with the day's mean and a fixed concentration: an AR(1) in a Gaussian transform of
 * the daily clearness, as in Graham, Hollands and Unny ("A time series model for Kt with application to global
 * synthetic weather generation", Solar Energy 40(2), 1988), here with a Beta marginal. The mean follows the seasons:
 * {@code mean + winterAmplitude cos(2 pi (day - 15) / 365.25)}, clearest in mid-January as in Ningxia's dry
 * winters, cloudiest in the summer monsoon.
 *
 * <p>Hours: a second AR(1) adds passing clouds, scaled by {@code sqrt(k (1 - k))} so that clear and overcast
 * days stay steady and broken-cloud days vary most; the result is held within [0.05, 1.05] (a little cloud
 * enhancement, never darker than thick overcast).
 *
 * <p>The random numbers are drawn once; {@link #index(int, double)} maps them for a shift of the daily mean, the
 * one parameter calibration moves.
 */
public final class CloudProcess {
    static final double MIN_INDEX = 0.05;
    static final double MAX_INDEX = 1.05;
    private static final double MEAN_LIMIT = 0.02;

    /**
     * @param mean              annual mean of the daily clear-sky index, in (0, 1)
     * @param winterAmplitude   how much clearer mid-January is than the annual mean (negative: cloudier)
     * @param concentration     Beta concentration a + b of the daily index: higher, less day-to-day spread
     * @param dayPersistence    lag-1 day correlation of the Gaussian behind the daily index, in [0, 1)
     * @param hourlyVariability scale of the passing-cloud noise, in [0, 2]
     * @param hourPersistence   lag-1 hour correlation of the passing-cloud noise, in [0, 1)
     */
    public record Parameters(double mean, double winterAmplitude, double concentration, double dayPersistence,
            double hourlyVariability, double hourPersistence) {
        /**
         * Central Ningxia, an assumption: many clear days (a J-shaped Beta, concentration 4), clearest in winter;
         * with a Linke turbidity of 3.5 at 1,200 m this gives about 1,700 kWh/m2 (6,100 MJ/m2) of global horizontal
         * irradiance a year at Zhongwei, the upper end of the 4,950-6,100 MJ/m2 often quoted for Ningxia (the
         * sunny north and centre), and 1,500-1,550 full-load hours for a fixed plant tilted at the latitude.
         */
        public static final Parameters NINGXIA = new Parameters(0.82, 0.05, 4, 0.5, 0.35, 0.7);

        public Parameters {
            check("mean", mean, 0, 1, true);
            check("winter amplitude", winterAmplitude, -0.5, 0.5, false);
            if (!(concentration >= 0.5 && concentration <= 1000)) {
                throw new IllegalArgumentException("concentration must be in [0.5, 1000], got " + concentration);
            }
            check("day persistence", dayPersistence, 0, 1, true);
            if (!(hourlyVariability >= 0 && hourlyVariability <= 2)) {
                throw new IllegalArgumentException("hourly variability must be in [0, 2], got " + hourlyVariability);
            }
            check("hour persistence", hourPersistence, 0, 1, true);
        }

        private static void check(String what, double v, double lo, double hi, boolean hiOpen) {
            if (!(v >= lo && (hiOpen ? v < hi : v <= hi))) {
                throw new IllegalArgumentException(what + " must be in [" + lo + ", " + hi + (hiOpen ? ")" : "]")
                        + ", got " + v);
            }
        }
    }

    private final Parameters p;
    private final int[] dayOfStep;
    private final double[] dayOfYear;
    /** Per calendar day: the uniform variate behind its Beta draw. */
    private final double[] dayUniform;
    /** Per step: the standard normal passing-cloud noise. */
    private final double[] hourNoise;
    private double cachedShift = Double.NaN;
    private double[] cachedDaily;

    public CloudProcess(Parameters p, TimeAxis axis, Normals normals) {
        this.p = p;
        LocalDate first = axis.start().toLocalDate();
        int days = (int) ChronoUnit.DAYS.between(first, axis.time(axis.steps() - 1).toLocalDate()) + 1;
        dayOfStep = new int[axis.steps()];
        dayOfYear = new double[days];
        dayUniform = new double[days];
        hourNoise = new double[axis.steps()];
        double z = normals.next();
        for (int d = 0; d < days; d++) {
            z = d == 0 ? z : normals.ar1(z, p.dayPersistence());
            dayUniform[d] = StrictMath.max(1e-9, StrictMath.min(1 - 1e-9, Normals.cdf(z)));
            dayOfYear[d] = first.plusDays(d).getDayOfYear();
        }
        double rhoStep = StrictMath.pow(p.hourPersistence(), axis.stepHours());
        double e = normals.next();
        for (int i = 0; i < axis.steps(); i++) {
            dayOfStep[i] = (int) ChronoUnit.DAYS.between(first, axis.time(i).toLocalDate());
            e = i == 0 ? e : normals.ar1(e, rhoStep);
            hourNoise[i] = e;
        }
    }

    /** The mean of the daily index on a day of the year, with the calibration shift, kept inside (0, 1). */
    double dailyMean(double dayOfYear, double shift) {
        double m = p.mean() + p.winterAmplitude() * StrictMath.cos(2 * StrictMath.PI * (dayOfYear - 15) / 365.25) + shift;
        return StrictMath.max(MEAN_LIMIT, StrictMath.min(1 - MEAN_LIMIT, m));
    }

    /** The daily clear-sky index of each calendar day for a shift of the mean. */
    double[] daily(double shift) {
        if (shift != cachedShift) {
            double[] k = new double[dayUniform.length];
            for (int d = 0; d < k.length; d++) {
                double m = dailyMean(dayOfYear[d], shift);
                BetaDistribution beta = new BetaDistribution(null, m * p.concentration(), (1 - m) * p.concentration(),
                        1e-9);
                k[d] = beta.inverseCumulativeProbability(dayUniform[d]);
            }
            cachedDaily = k;
            cachedShift = shift;
        }
        return cachedDaily;
    }

    /** The clear-sky index of step {@code i} with the daily mean shifted by {@code shift}. */
    public double index(int i, double shift) {
        double k = daily(shift)[dayOfStep[i]];
        double v = k + p.hourlyVariability() * StrictMath.sqrt(k * (1 - k)) * hourNoise[i];
        return StrictMath.max(MIN_INDEX, StrictMath.min(MAX_INDEX, v));
    }
}
