package org.sgls.timeseries.weather;

/**
 * Which random weather a generator draws. The same seed and weather year give the same weather, step for step
 * from the scenario's start, whatever the model's other parameters: two PV plants with one seed see the same
 * cloudy days (one weather system over the region), and a 2030 scenario can replay a 2020 scenario's weather.
 * Another seed or weather year is another, independent sample.
 *
 * @param seed        any integer
 * @param weatherYear a label for a sample year; 0 when none was given
 */
public record WeatherSample(long seed, long weatherYear) {
    /** Stream tags: the clouds, winds and load noise of one sample are independent of each other. */
    static final long CLOUDS = 1;
    static final long WIND = 2;
    static final long LOAD = 3;

    Normals normals(long stream) {
        return new Normals(seed, weatherYear, stream);
    }
}
