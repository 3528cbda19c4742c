package org.sgls.timeseries.weather;

import org.sgls.timeseries.TimeAxis;

/**
 * Hourly output of a wind fleet per unit of its capacity: {@link WindSpeeds} at {@code sites} partially correlated
 * sites, each speed corrected for the air density at the site's altitude and put through the {@link PowerCurve},
 * averaged over the sites (a fleet spread over a region is smoother than one turbine), less the fleet's losses.
 *
 * <p>Calibration, when a target is given, moves the Weibull scale (same random draws, stronger or weaker winds).
 *
 * @param weibullShape       k of the hub-height speed distribution, in [1, 5]
 * @param weibullScaleMPerS  scale of the hub-height speed distribution, in [0.5, 30]
 * @param shape              seasonal and diurnal pattern
 * @param curve              the turbines' power curve
 * @param altitudeM          site altitude (air density)
 * @param lossFraction       wakes, electrical losses, unavailability: a share in [0, 1)
 * @param sites              how many sites the fleet is spread over, in [1, 100]
 * @param siteCorrelation    correlation of the sites' weather, in [0, 1]
 * @param hourlyCorrelation  lag-1 hour correlation of the weather, in [0, 1)
 */
public record WindModel(double weibullShape, double weibullScaleMPerS, WindShape shape, PowerCurve curve,
        double altitudeM, double lossFraction, int sites, double siteCorrelation, double hourlyCorrelation) {
    public static final String CALIBRATED_PARAMETER = "weibull_scale_m_per_s";
    /**
     * Ningxia, an assumption: hub-height (90-100 m) winds of about 6.6 m/s mean (Weibull k 2, scale 7.5 m/s),
     * which with the generic curve, 1,200 m altitude and 10 % losses gives about 2,000 full-load hours a year
     * (1,850-2,200 from one weather year to another).
     */
    public static final double NINGXIA_WEIBULL_SHAPE = 2;
    public static final double NINGXIA_WEIBULL_SCALE_M_PER_S = 7.5;
    /** Wakes about 6 %, electrical 2 %, unavailability 3 %, rounded. */
    public static final double DEFAULT_LOSS_FRACTION = 0.10;
    public static final int DEFAULT_SITES = 5;
    /** An assumption: farms tens of kilometres apart, strongly but not fully correlated hour by hour. */
    public static final double DEFAULT_SITE_CORRELATION = 0.7;
    public static final double DEFAULT_HOURLY_CORRELATION = 0.97;
    private static final double SCALE_LO_M_PER_S = 0.5;
    private static final double SCALE_HI_M_PER_S = 30;

    public WindModel {
        if (!(weibullShape >= 1 && weibullShape <= 5)) {
            throw new IllegalArgumentException("Weibull shape must be in [1, 5], got " + weibullShape);
        }
        if (!(weibullScaleMPerS >= SCALE_LO_M_PER_S && weibullScaleMPerS <= SCALE_HI_M_PER_S)) {
            throw new IllegalArgumentException("Weibull scale must be in [0.5, 30] m/s, got " + weibullScaleMPerS);
        }
        if (shape == null || curve == null) {
            throw new IllegalArgumentException("a shape and a power curve are required");
        }
        if (!(altitudeM >= -500 && altitudeM <= 9000)) {
            throw new IllegalArgumentException("altitude must be in [-500, 9000] m, got " + altitudeM);
        }
        if (!(lossFraction >= 0 && lossFraction < 1)) {
            throw new IllegalArgumentException("losses must be in [0, 1), got " + lossFraction);
        }
        if (sites < 1 || sites > 100) {
            throw new IllegalArgumentException("sites must be in [1, 100], got " + sites);
        }
        if (!(siteCorrelation >= 0 && siteCorrelation <= 1)) {
            throw new IllegalArgumentException("site correlation must be in [0, 1], got " + siteCorrelation);
        }
        if (!(hourlyCorrelation >= 0 && hourlyCorrelation < 1)) {
            throw new IllegalArgumentException("hourly correlation must be in [0, 1), got " + hourlyCorrelation);
        }
    }

    /** The defaults for Ningxia, at an altitude. */
    public static WindModel ningxia(double altitudeM) {
        return new WindModel(NINGXIA_WEIBULL_SHAPE, NINGXIA_WEIBULL_SCALE_M_PER_S, WindShape.NINGXIA, PowerCurve.GENERIC,
                altitudeM, DEFAULT_LOSS_FRACTION, DEFAULT_SITES, DEFAULT_SITE_CORRELATION, DEFAULT_HOURLY_CORRELATION);
    }

    /** The hub-height speeds behind a generated series: the same draws as {@link #generate} makes. */
    public WindSpeeds speeds(TimeAxis axis, WeatherSample sample) {
        return new WindSpeeds(axis, weibullShape, hourlyCorrelation, sites, siteCorrelation, shape,
                sample.normals(WeatherSample.WIND));
    }

    /**
     * Per-unit output for each step of {@code axis}, rounded to 1e-4.
     *
     * @param targetFullLoadHours annual full-load hours to calibrate to, or NaN to keep the Weibull scale
     * @throws Calibration.UnreachableTarget when the target is out of reach
     */
    public Generated generate(TimeAxis axis, WeatherSample sample, double targetFullLoadHours) {
        WindSpeeds speeds = speeds(axis, sample);
        if (Double.isNaN(targetFullLoadHours)) {
            return new Generated(Generated.rounded(output(speeds, weibullScaleMPerS)), null);
        }
        // Output grows with the scale until cut-out starts to bite: search below the scale that gives the most.
        double best = SCALE_LO_M_PER_S;
        double bestHours = -1;
        for (double scale = SCALE_LO_M_PER_S; scale <= SCALE_HI_M_PER_S; scale += 0.5) {
            double hours = Generated.fullLoadHours(output(speeds, scale));
            if (hours > bestHours) {
                best = scale;
                bestHours = hours;
            }
        }
        Calibration.Result found = Calibration.bisect(CALIBRATED_PARAMETER,
                scale -> Generated.fullLoadHours(output(speeds, scale)), SCALE_LO_M_PER_S, best, targetFullLoadHours);
        double[] values = Generated.rounded(output(speeds, found.value()));
        return new Generated(values, new Calibration.Result(found.parameter(), found.value(),
                Generated.fullLoadHours(values)));
    }

    private double[] output(WindSpeeds speeds, double scaleMPerS) {
        double density = PowerCurve.airDensityKgPerM3(altitudeM);
        double densityFactor = PowerCurve.densityCorrectedSpeed(1, density);
        double[] out = new double[speeds.steps()];
        for (int s = 0; s < speeds.sites(); s++) {
            for (int i = 0; i < out.length; i++) {
                out[i] += curve.pu(scaleMPerS * speeds.unitSpeed(s, i) * densityFactor);
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] *= (1 - lossFraction) / speeds.sites();
        }
        return out;
    }
}
