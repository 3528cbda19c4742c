package org.sgls.timeseries.weather;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sgls.timeseries.weather.Sites.YEAR_2030;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Demand: the load factor and peak asked for, and Ningxia's winter-evening peak. */
class LoadModelTest {
    @ParameterizedTest
    @ValueSource(doubles = {0.6, 0.75, 0.83, 0.9, 1.0})
    void hitsTheLoadFactorAndPeak(double loadFactor) {
        for (long seed : new long[] {1, 2}) {
            Generated g = LoadModel.NINGXIA.generate(YEAR_2030, new WeatherSample(seed, 0), 5000, loadFactor);
            assertEquals(5000, Arrays.stream(g.values()).max().orElseThrow(), 0, "peak MW");
            assertEquals(loadFactor, LoadModel.loadFactor(g.values()), 1e-5);
            assertEquals(loadFactor, g.calibration().reached(), 1e-5);
            assertTrue(Arrays.stream(g.values()).min().orElseThrow() >= 0);
        }
    }

    @Test
    void perUnitWithoutAPeak() {
        Generated g = LoadModel.NINGXIA.generate(YEAR_2030, new WeatherSample(1, 0), Double.NaN, Double.NaN);
        assertEquals(1, Arrays.stream(g.values()).max().orElseThrow(), 0);
        assertEquals(null, g.calibration());
        double lf = LoadModel.loadFactor(g.values());
        assertTrue(lf > 0.8 && lf < 0.95, "an industrial grid's load factor: " + lf);
    }

    @Test
    void winterEveningsAreThePeak() {
        double[] v = LoadModel.NINGXIA.generate(YEAR_2030, new WeatherSample(3, 0), 5000, 0.83).values();
        double january = 0;
        double may = 0;
        double[] meanDay = new double[24];
        int peakStep = 0;
        for (int i = 0; i < v.length; i++) {
            int month = YEAR_2030.time(i).getMonthValue();
            january += month == 1 ? v[i] : 0;
            may += month == 5 ? v[i] : 0;
            meanDay[i % 24] += v[i];
            peakStep = v[i] > v[peakStep] ? i : peakStep;
        }
        assertTrue(january > 1.04 * may, "January above May");
        int month = YEAR_2030.time(peakStep).getMonthValue();
        assertTrue(month <= 2 || month == 12, "peak in winter: " + YEAR_2030.time(peakStep));
        int peakHour = 0;
        int troughHour = 0;
        for (int h = 0; h < 24; h++) {
            peakHour = meanDay[h] > meanDay[peakHour] ? h : peakHour;
            troughHour = meanDay[h] < meanDay[troughHour] ? h : troughHour;
        }
        assertTrue(peakHour >= 18 && peakHour <= 21, "evening peak " + peakHour);
        assertTrue(troughHour >= 2 && troughHour <= 5, "night trough " + troughHour);
    }

    @Test
    void moreIndustryIsFlatter() {
        WeatherSample s = new WeatherSample(4, 0);
        double towns = LoadModel.loadFactor(new LoadModel(0, CityShape.NINGXIA, AmbientTemperature.NINGXIA, 0.02, 0.03)
                .generate(YEAR_2030, s, Double.NaN, Double.NaN).values());
        double industry = LoadModel.loadFactor(new LoadModel(1, CityShape.NINGXIA, AmbientTemperature.NINGXIA, 0.02, 0.03)
                .generate(YEAR_2030, s, Double.NaN, Double.NaN).values());
        assertTrue(towns < 0.75 && industry > 0.9, towns + " " + industry);
    }

    @Test
    void tooLowALoadFactorIsRefused() {
        Calibration.UnreachableTarget e = assertThrows(Calibration.UnreachableTarget.class,
                () -> LoadModel.NINGXIA.generate(YEAR_2030, new WeatherSample(1, 0), 5000, 0.3));
        assertEquals("load factor 0.3 cannot be reached", e.what());
        assertTrue(e.why().startsWith("the lowest this shape gives is 0."), e.why());
    }

    @Test
    void seedsAndDeterminism() {
        double[] a = LoadModel.NINGXIA.generate(YEAR_2030, new WeatherSample(1, 0), 5000, 0.83).values();
        assertArrayEquals(a, LoadModel.NINGXIA.generate(YEAR_2030, new WeatherSample(1, 0), 5000, 0.83).values(), 0);
        assertFalse(Arrays.equals(a, LoadModel.NINGXIA.generate(YEAR_2030, new WeatherSample(2, 0), 5000, 0.83).values()));
    }
}
