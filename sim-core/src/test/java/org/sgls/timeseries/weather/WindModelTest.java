package org.sgls.timeseries.weather;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sgls.timeseries.weather.Sites.YEAR_2030;

import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgls.timeseries.TimeAxis;

/** Wind speeds and fleet output against the distribution asked for and the Ningxia bands. */
class WindModelTest {
    private static final double WIND_LOW_H = 1800;
    private static final double WIND_HIGH_H = 2200;
    private static final TimeAxis TEN_YEARS = new TimeAxis(LocalDateTime.of(2030, 1, 1, 0, 0), 1, 87600);

    private static WindModel model(int sites, WindShape shape) {
        return new WindModel(2, 7.5, shape, PowerCurve.GENERIC, Site.NINGXIA_ALTITUDE_M, WindModel.DEFAULT_LOSS_FRACTION,
                sites, WindModel.DEFAULT_SITE_CORRELATION, WindModel.DEFAULT_HOURLY_CORRELATION);
    }

    @Test
    void powerCurvePoints() {
        PowerCurve c = PowerCurve.GENERIC;
        assertEquals(0, c.pu(2.99), 0);
        assertEquals(0, c.pu(3), 0);
        assertEquals((343 - 27) / (11.5 * 11.5 * 11.5 - 27), c.pu(7), 1e-12);
        assertEquals(1, c.pu(11.5), 0);
        assertEquals(1, c.pu(24.9), 0);
        assertEquals(0, c.pu(25), 0);
        // Air at 1,200 m is about 11 % thinner: the same wind carries about 4 % less speed-equivalent.
        assertEquals(1.090, PowerCurve.airDensityKgPerM3(1200), 0.002);
        assertEquals(0.962, PowerCurve.densityCorrectedSpeed(1, PowerCurve.airDensityKgPerM3(1200)), 0.002);
    }

    @Test
    void speedsAreWeibullAsAskedFor() {
        // Without the seasonal and diurnal shape every site's speed is exactly Weibull(k, scale) distributed;
        // ten years make the fit tight despite the hour-to-hour correlation.
        for (double k : new double[] {1.8, 2.0, 2.4}) {
            WindModel m = new WindModel(k, 7.5, WindShape.NONE, PowerCurve.GENERIC, 1200, 0.1, 1, 0.7, 0.97);
            double[] v = m.speeds(TEN_YEARS, new WeatherSample(21, 0)).speedsMPerS(0, 7.5);
            double[] fit = WeibullFit.maximumLikelihood(v);
            assertEquals(k, fit[0], k * 0.05, "shape");
            assertEquals(7.5, fit[1], 7.5 * 0.05, "scale");
        }
        // With Ningxia's shape the mixture is a little wider but keeps the mean speed.
        double[] v = model(1, WindShape.NINGXIA).speeds(TEN_YEARS, new WeatherSample(22, 0)).speedsMPerS(0, 7.5);
        double[] fit = WeibullFit.maximumLikelihood(v);
        assertEquals(2, fit[0], 0.2, "shape");
        assertEquals(7.5, fit[1], 7.5 * 0.05, "scale");
        assertEquals(7.5 * 0.8862, Sites.mean(v), 7.5 * 0.8862 * 0.05, "mean = scale x Gamma(1 + 1/k)");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void hourToHourAutocorrelationIsHigh(long seed) {
        WindModel m = WindModel.ningxia(1200);
        double[] speeds = m.speeds(YEAR_2030, new WeatherSample(seed, 0)).speedsMPerS(0, m.weibullScaleMPerS());
        assertTrue(Sites.autocorrelation(speeds) > 0.9, "speed " + Sites.autocorrelation(speeds));
        double[] power = m.generate(YEAR_2030, new WeatherSample(seed, 0), Double.NaN).values();
        assertTrue(Sites.autocorrelation(power) > 0.8, "power " + Sites.autocorrelation(power));
    }

    @Test
    void aFleetIsSmootherThanOneTurbine() {
        WeatherSample sample = new WeatherSample(5, 0);
        double[] one = model(1, WindShape.NINGXIA).generate(YEAR_2030, sample, Double.NaN).values();
        double[] fleet = model(8, WindShape.NINGXIA).generate(YEAR_2030, sample, Double.NaN).values();
        assertTrue(Sites.stdOfChanges(fleet) < 0.8 * Sites.stdOfChanges(one),
                Sites.stdOfChanges(fleet) + " vs " + Sites.stdOfChanges(one));
        assertTrue(Sites.std(fleet) < Sites.std(one));
        long fleetAtRated = Arrays.stream(fleet).filter(x -> x >= 0.9 * 0.9).count();
        long oneAtRated = Arrays.stream(one).filter(x -> x >= 0.9 * 0.9).count();
        assertTrue(fleetAtRated < oneAtRated, "fewer hours near full output");
    }

    @Test
    void defaultParametersGiveNingxiaFullLoadHours() {
        double sum = 0;
        int years = 8;
        for (long seed = 1; seed <= years; seed++) {
            double h = WindModel.ningxia(1200).generate(YEAR_2030, new WeatherSample(seed, 0), Double.NaN).fullLoadHours();
            assertTrue(h > WIND_LOW_H * 0.8 && h < WIND_HIGH_H * 1.2, "seed " + seed + ": " + h);
            sum += h;
        }
        assertTrue(sum / years >= WIND_LOW_H && sum / years <= WIND_HIGH_H, "mean " + sum / years);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1800, 2000, 2200, 3000})
    void calibrationHitsTheTarget(double targetH) {
        for (long seed : new long[] {1, 2, 3}) {
            Generated g = WindModel.ningxia(1200).generate(YEAR_2030, new WeatherSample(seed, 0), targetH);
            assertEquals(targetH, g.fullLoadHours(), targetH * 0.005, "seed " + seed);
            assertEquals(WindModel.CALIBRATED_PARAMETER, g.calibration().parameter());
        }
    }

    @Test
    void springIsWindierThanLateSummer() {
        double[] v = WindModel.ningxia(1200).generate(TEN_YEARS, new WeatherSample(9, 0), Double.NaN).values();
        double spring = 0;
        double lateSummer = 0;
        for (int i = 0; i < v.length; i++) {
            int month = TEN_YEARS.time(i).getMonthValue();
            spring += month >= 3 && month <= 5 ? v[i] : 0;
            lateSummer += month >= 8 && month <= 10 ? v[i] : 0;
        }
        assertTrue(spring > 1.15 * lateSummer, spring + " vs " + lateSummer);
    }

    @Test
    void seedsAndDeterminism() {
        WindModel m = WindModel.ningxia(1200);
        double[] a = m.generate(YEAR_2030, new WeatherSample(3, 0), Double.NaN).values();
        assertArrayEquals(a, m.generate(YEAR_2030, new WeatherSample(3, 0), Double.NaN).values(), 0);
        assertFalse(Arrays.equals(a, m.generate(YEAR_2030, new WeatherSample(4, 0), Double.NaN).values()));
        for (double x : a) {
            assertTrue(x >= 0 && x <= 1);
        }
    }
}
