package org.sgls.io;

import org.sgls.timeseries.weather.AmbientTemperature;
import org.sgls.timeseries.weather.CityShape;
import org.sgls.timeseries.weather.LoadModel;
import org.sgls.timeseries.weather.WeatherSample;

/** {@code "model": "load"}: demand of industry and towns, in MW or per unit ({@link LoadModel}). */
final class LoadGeneratorFormat {
    static final String LOAD_FACTOR = "load_factor";

    private LoadGeneratorFormat() {
    }

    static GeneratorSpec read(SpecFields s, long scenarioSeed) {
        double peakMw = s.optionalNumber("peak_mw", Range.POSITIVE);
        double loadFactor = s.optionalNumber(LOAD_FACTOR, new Range(0, true, 1, false));
        double industrialShare = s.number("industrial_share", Range.FRACTION, LoadModel.NINGXIA_INDUSTRIAL_SHARE);
        CityShape d = CityShape.NINGXIA;
        double morning = s.number("morning_peak", Range.FRACTION, d.morningPeak());
        double evening = s.number("evening_peak", Range.FRACTION, d.eveningPeak());
        double night = s.number("night_dip", Range.FRACTION, d.nightDip());
        double weekend = s.number("weekend_dip", Range.between(0, 0.5), d.weekendDip());
        double heating = s.number("heating_per_degree_c", Range.between(0, 0.2), d.heatingPerDegreeC());
        double heatingBase = s.number("heating_base_c", Range.between(-30, 30), d.heatingBaseC());
        double cooling = s.number("cooling_per_degree_c", Range.between(0, 0.2), d.coolingPerDegreeC());
        double coolingBase = s.number("cooling_base_c", Range.between(0, 50), d.coolingBaseC());
        AmbientTemperature temperature = WeatherFields.temperature(s);
        double industrialNoise = s.number("industrial_noise", Range.between(0, 0.5), LoadModel.DEFAULT_INDUSTRIAL_NOISE);
        double cityNoise = s.number("city_noise", Range.between(0, 0.5), LoadModel.DEFAULT_CITY_NOISE);
        WeatherSample sample = WeatherFields.sample(s, scenarioSeed);
        if (!s.fields().clean()) {
            return null;
        }
        LoadModel model = new LoadModel(industrialShare,
                new CityShape(morning, evening, night, weekend, heating, heatingBase, cooling, coolingBase), temperature,
                industrialNoise, cityNoise);
        return new GeneratorSpec(s.resolved(), LOAD_FACTOR, axis -> model.generate(axis, sample, peakMw, loadFactor));
    }
}
