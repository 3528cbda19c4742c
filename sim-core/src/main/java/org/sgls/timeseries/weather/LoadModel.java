package org.sgls.timeseries.weather;

import java.time.LocalDateTime;
import org.sgls.timeseries.TimeAxis;

/**
 * Hourly demand: an industrial base (process industry running round the clock: coal chemicals, aluminium,
 * ferroalloys; nearly flat, a slightly busier day shift, slow random drift) plus towns (a {@link CityShape}: daily
 * and weekly cycles, heating and cooling from the {@link AmbientTemperature}, short random noise). Each part is
 * normalised to a mean of 1 and mixed by its share of the annual energy.
 *
 * <p>Load factor: with the mix {@code s(t) = 1 + d(t)}, the demand is {@code peak x (1 + a d(t)) / (1 + a max d)},
 * so its mean over its peak is {@code 1 / (1 + a max d)}. {@code a = 1} keeps the shape as modelled; a target load
 * factor sets {@code a} exactly, scaling every swing of the shape alike (noise included).
 *
 * @param industrialShare   share of the annual energy used by industry, in [0, 1]
 * @param city              shape of the towns' demand
 * @param temperature       the air temperature driving heating and cooling
 * @param industrialNoise   standard deviation of the industrial part's slow AR(1) drift, share of its mean
 * @param cityNoise         standard deviation of the towns' hourly AR(1) noise, share of their mean
 */
public record LoadModel(double industrialShare, CityShape city, AmbientTemperature temperature, double industrialNoise,
        double cityNoise) {
    public static final String CALIBRATED_PARAMETER = "swing_scale";
    /** Ningxia is an industrial grid: an assumption of three quarters of the electricity used by industry. */
    public static final double NINGXIA_INDUSTRIAL_SHARE = 0.75;
    public static final double DEFAULT_INDUSTRIAL_NOISE = 0.02;
    public static final double DEFAULT_CITY_NOISE = 0.03;
    /** Industry's day shift (08:00-20:00) draws a little more. */
    private static final double DAY_SHIFT_EXTRA = 0.02;
    private static final double INDUSTRY_HOURLY_CORRELATION = 0.98;
    private static final double CITY_HOURLY_CORRELATION = 0.8;

    public static final LoadModel NINGXIA = new LoadModel(NINGXIA_INDUSTRIAL_SHARE, CityShape.NINGXIA,
            AmbientTemperature.NINGXIA, DEFAULT_INDUSTRIAL_NOISE, DEFAULT_CITY_NOISE);

    public LoadModel {
        if (!(industrialShare >= 0 && industrialShare <= 1)) {
            throw new IllegalArgumentException("industrial share must be in [0, 1], got " + industrialShare);
        }
        if (city == null || temperature == null) {
            throw new IllegalArgumentException("a city shape and a temperature are required");
        }
        if (!(industrialNoise >= 0 && industrialNoise <= 0.5 && cityNoise >= 0 && cityNoise <= 0.5)) {
            throw new IllegalArgumentException("noise must be in [0, 0.5], got " + industrialNoise + ", " + cityNoise);
        }
    }

    /**
     * Demand for each step of {@code axis}, rounded to 1e-4 of its unit.
     *
     * @param peakMw     the highest demand, MW; NaN for a per-unit shape with its peak at 1
     * @param loadFactor mean / peak to reach, in (0, 1]; NaN to keep the modelled shape
     * @throws Calibration.UnreachableTarget when the load factor is too low for the shape (demand would go negative)
     */
    public Generated generate(TimeAxis axis, WeatherSample sample, double peakMw, double loadFactor) {
        double[] d = swings(axis, sample);
        double maxSwing = Double.NEGATIVE_INFINITY;
        double minSwing = Double.POSITIVE_INFINITY;
        for (double v : d) {
            maxSwing = StrictMath.max(maxSwing, v);
            minSwing = StrictMath.min(minSwing, v);
        }
        double scale = 1;
        if (!Double.isNaN(loadFactor)) {
            scale = maxSwing <= 0 ? 0 : (1 / loadFactor - 1) / maxSwing;
            double lowest = minSwing < 0 ? 1 / (1 + (-1 / minSwing) * maxSwing) : 0;
            if (minSwing < 0 && 1 + scale * minSwing < 0) {
                throw new Calibration.UnreachableTarget("load factor " + loadFactor + " cannot be reached",
                        String.format(java.util.Locale.ROOT, "the lowest this shape gives is %.3f; below that the"
                                + " quietest hour would need negative demand", lowest), lowest, 1);
            }
        }
        double peak = Double.isNaN(peakMw) ? 1 : peakMw;
        double[] out = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = peak * (1 + scale * d[i]) / (1 + scale * maxSwing);
        }
        double[] values = Generated.rounded(out);
        Calibration.Result calibration = Double.isNaN(loadFactor) ? null
                : new Calibration.Result(CALIBRATED_PARAMETER, scale, loadFactor(values));
        return new Generated(values, calibration);
    }

    /** Mean over peak. */
    public static double loadFactor(double[] demand) {
        double sum = 0;
        double max = 0;
        for (double v : demand) {
            sum += v;
            max = StrictMath.max(max, v);
        }
        return max == 0 ? 0 : sum / demand.length / max;
    }

    /** The mixed shape minus 1: the swings around the mean. */
    private double[] swings(TimeAxis axis, WeatherSample sample) {
        Normals normals = sample.normals(WeatherSample.LOAD);
        double rhoIndustry = StrictMath.pow(INDUSTRY_HOURLY_CORRELATION, axis.stepHours());
        double rhoCity = StrictMath.pow(CITY_HOURLY_CORRELATION, axis.stepHours());
        double[] industry = new double[axis.steps()];
        double[] towns = new double[axis.steps()];
        double zIndustry = normals.next();
        double zCity = normals.next();
        for (int i = 0; i < industry.length; i++) {
            if (i > 0) {
                zIndustry = normals.ar1(zIndustry, rhoIndustry);
                zCity = normals.ar1(zCity, rhoCity);
            }
            LocalDateTime mid = axis.time(i).plusSeconds(StrictMath.round(axis.stepHours() * 1800));
            double hour = mid.getHour() + mid.getMinute() / 60.0;
            boolean dayShift = hour >= 8 && hour < 20;
            industry[i] = StrictMath.max(0, (1 + (dayShift ? DAY_SHIFT_EXTRA : 0)) * (1 + industrialNoise * zIndustry));
            towns[i] = StrictMath.max(0, city.at(mid, temperature) * (1 + cityNoise * zCity));
        }
        double industryMean = mean(industry);
        double townsMean = mean(towns);
        double[] d = new double[industry.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = industrialShare * industry[i] / industryMean + (1 - industrialShare) * towns[i] / townsMean - 1;
        }
        return d;
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }
}
