package org.sgls.io;

import org.sgls.timeseries.weather.PowerCurve;
import org.sgls.timeseries.weather.WeatherSample;
import org.sgls.timeseries.weather.WindModel;
import org.sgls.timeseries.weather.WindShape;

/** {@code "model": "wind"}: per-unit output of a wind fleet from seeded Weibull winds ({@link WindModel}). */
final class WindGeneratorFormat {
    private WindGeneratorFormat() {
    }

    static GeneratorSpec read(SpecFields s, long scenarioSeed) {
        double k = s.number("weibull_shape", Range.between(1, 5), WindModel.NINGXIA_WEIBULL_SHAPE);
        double scale = s.number("weibull_scale_m_per_s", Range.between(0.5, 30), WindModel.NINGXIA_WEIBULL_SCALE_M_PER_S);
        double altitudeM = WeatherFields.altitudeM(s);
        WindShape d = WindShape.NINGXIA;
        double seasonal = s.number("seasonal_amplitude", Range.between(0, 0.5), d.seasonalAmplitude());
        double windiestDay = s.number("windiest_day", Range.between(1, 366), d.windiestDay());
        double diurnal = s.number("diurnal_amplitude", Range.between(0, 0.5), d.diurnalAmplitude());
        double windiestHour = s.number("windiest_hour", new Range(0, false, 24, true), d.windiestHour());
        PowerCurve c = PowerCurve.GENERIC;
        double cutIn = s.number("cut_in_m_per_s", new Range(0, true, 50, false), c.cutInMPerS());
        double rated = s.number("rated_m_per_s", new Range(0, true, 50, false), c.ratedMPerS());
        double cutOut = s.number("cut_out_m_per_s", new Range(0, true, 50, false), c.cutOutMPerS());
        if (rated <= cutIn) {
            s.fields().report("rated_m_per_s", Num.text(rated) + " is not above cut_in_m_per_s = " + Num.text(cutIn),
                    "a power curve needs cut-in < rated < cut-out");
        } else if (cutOut <= rated) {
            s.fields().report("cut_out_m_per_s", Num.text(cutOut) + " is not above rated_m_per_s = " + Num.text(rated),
                    "a power curve needs cut-in < rated < cut-out");
        }
        double loss = s.number("loss_fraction", PvGeneratorFormat.FRACTION_BELOW_1, WindModel.DEFAULT_LOSS_FRACTION);
        long sites = s.integer("sites", 1, 100, WindModel.DEFAULT_SITES);
        double siteCorrelation = s.number("site_correlation", Range.FRACTION, WindModel.DEFAULT_SITE_CORRELATION);
        double hourlyCorrelation = s.number("hourly_correlation", PvGeneratorFormat.FRACTION_BELOW_1,
                WindModel.DEFAULT_HOURLY_CORRELATION);
        WeatherSample sample = WeatherFields.sample(s, scenarioSeed);
        double target = WeatherFields.targetFullLoadHours(s);
        if (!s.fields().clean()) {
            return null;
        }
        WindModel model = new WindModel(k, scale, new WindShape(seasonal, windiestDay, diurnal, windiestHour),
                new PowerCurve(cutIn, rated, cutOut), altitudeM, loss, (int) sites, siteCorrelation, hourlyCorrelation);
        return new GeneratorSpec(s.resolved(), WeatherFields.TARGET_FULL_LOAD_HOURS,
                axis -> model.generate(axis, sample, target));
    }
}
