package org.sgls.io;

import org.sgls.timeseries.weather.AmbientTemperature;
import org.sgls.timeseries.weather.Site;
import org.sgls.timeseries.weather.WeatherSample;

/** Fields that several generators share: the weather sample and the air temperature. */
final class WeatherFields {
    static final long MAX_WEATHER_YEAR = 9999;

    private WeatherFields() {
    }

    /** {@code seed} (default: the scenario's seed) and {@code weather_year} (default: none). */
    static WeatherSample sample(SpecFields s, long scenarioSeed) {
        long seed = s.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE, scenarioSeed);
        long weatherYear = s.optionalInteger("weather_year", 1, MAX_WEATHER_YEAR, 0);
        return new WeatherSample(seed, weatherYear);
    }

    /** {@code temperature_mean_c}, {@code temperature_seasonal_amplitude_c}, {@code temperature_diurnal_amplitude_c}. */
    static AmbientTemperature temperature(SpecFields s) {
        AmbientTemperature d = AmbientTemperature.NINGXIA;
        double mean = s.number("temperature_mean_c", Range.between(-50, 50), d.meanC());
        double seasonal = s.number("temperature_seasonal_amplitude_c", Range.between(0, 40), d.seasonalAmplitudeC());
        double diurnal = s.number("temperature_diurnal_amplitude_c", Range.between(0, 20), d.diurnalAmplitudeC());
        return s.fields().clean() ? new AmbientTemperature(mean, seasonal, diurnal) : null;
    }

    /** {@code altitude_m}, default that of Ningxia's plains. */
    static double altitudeM(SpecFields s) {
        return s.number("altitude_m", Range.between(-500, 9000), Site.NINGXIA_ALTITUDE_M);
    }

    /** {@code target_full_load_hours}: NaN when not given. */
    static double targetFullLoadHours(SpecFields s) {
        return s.optionalNumber(TARGET_FULL_LOAD_HOURS, new Range(0, true, 8760, false));
    }

    static final String TARGET_FULL_LOAD_HOURS = "target_full_load_hours";
}
