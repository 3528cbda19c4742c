package org.sgls.timeseries.weather;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sgls.timeseries.weather.Sites.NINGDONG;
import static org.sgls.timeseries.weather.Sites.YEAR_2030;
import static org.sgls.timeseries.weather.Sites.ZHONGWEI;

import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sgls.timeseries.TimeAxis;

/** PV output against physics and the Ningxia calibration bands. */
class PvModelTest {
    private static final double PV_LOW_H = 1500;
    private static final double PV_HIGH_H = 1650;
    private static final double HALF_PERCENT = 0.005;

    private static double[] pv(Site site, long seed) {
        return Sites.pv(site).generate(YEAR_2030, new WeatherSample(seed, 0), Double.NaN).values();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void nightIsExactlyZero(long seed) {
        double[] v = pv(ZHONGWEI, seed);
        int nights = 0;
        for (int i = 0; i < v.length; i++) {
            LocalDateTime mid = YEAR_2030.time(i).plusMinutes(30);
            if (SolarGeometry.position(mid, 37.5, 105.2, 8).elevationDeg() <= 0) {
                nights++;
                assertEquals(0.0, v[i], 0, "step " + i + " " + mid);
            }
            assertTrue(v[i] >= 0 && v[i] <= 1, "in [0, 1] at " + i);
        }
        assertTrue(nights > 4000 && nights < 4700, nights + " night hours");
    }

    @Test
    void peakIsNearSolarNoon() {
        // Solar noon is about 13:00 Beijing time at 105.2 E: the mean day peaks in the 12:00 or 13:00 hour.
        double[] v = pv(ZHONGWEI, 4);
        double[] meanDay = new double[24];
        for (int i = 0; i < v.length; i++) {
            meanDay[i % 24] += v[i];
        }
        int peak = 0;
        for (int h = 1; h < 24; h++) {
            peak = meanDay[h] > meanDay[peak] ? h : peak;
        }
        assertTrue(peak == 12 || peak == 13, "peak hour " + peak);
        assertEquals(meanDay[10], meanDay[15], meanDay[peak] * 0.1, "about symmetric round 12:30-13:00");
    }

    @Test
    void defaultParametersGiveNingxiaFullLoadHours() {
        for (Site site : new Site[] {ZHONGWEI, NINGDONG}) {
            double sum = 0;
            int years = 6;
            for (long seed = 1; seed <= years; seed++) {
                double h = Generated.fullLoadHours(pv(site, seed));
                assertTrue(h > PV_LOW_H - 100 && h < PV_HIGH_H + 100, site + " seed " + seed + ": " + h);
                sum += h;
            }
            double mean = sum / years;
            assertTrue(mean >= PV_LOW_H && mean <= PV_HIGH_H, site + ": mean " + mean);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1500, 1580, 1650, 1900})
    void calibrationHitsTheTarget(double targetH) {
        for (long seed : new long[] {7, 8}) {
            for (Mounting m : Mounting.values()) {
                Generated g = Sites.pv(NINGDONG, m, 1.2, CapacityBasis.AC).generate(YEAR_2030, new WeatherSample(seed, 0), targetH);
                assertEquals(targetH, g.fullLoadHours(), targetH * HALF_PERCENT, m + " seed " + seed);
                assertEquals(g.fullLoadHours(), g.calibration().reached(), 1e-9);
                assertEquals(PvModel.CALIBRATED_PARAMETER, g.calibration().parameter());
            }
        }
    }

    @Test
    void unreachableTargetSaysWhatIsReachable() {
        Calibration.UnreachableTarget e = assertThrows(Calibration.UnreachableTarget.class,
                () -> Sites.pv(ZHONGWEI).generate(YEAR_2030, new WeatherSample(1, 0), 4000));
        assertTrue(e.highestHours() > 1700 && e.highestHours() < 2500, e.getMessage());
        assertEquals("4000 h cannot be reached", e.what());
        assertTrue(e.why().startsWith("moving clear_sky_index_shift gives "), e.why());
    }

    @Test
    void trackingYieldsMoreThanFixedAndClippingCapsAtTheInverter() {
        WeatherSample sample = new WeatherSample(5, 0);
        double fixed = Sites.pv(ZHONGWEI).generate(YEAR_2030, sample, Double.NaN).fullLoadHours();
        double tracking = Sites.pv(ZHONGWEI, Mounting.SINGLE_AXIS, 1, CapacityBasis.AC).generate(YEAR_2030, sample,
                Double.NaN).fullLoadHours();
        assertTrue(tracking > fixed * 1.05, tracking + " vs " + fixed);

        double[] ac = Sites.pv(ZHONGWEI, Mounting.FIXED, 1.3, CapacityBasis.AC).generate(YEAR_2030, sample, Double.NaN).values();
        double[] dc = Sites.pv(ZHONGWEI, Mounting.FIXED, 1.3, CapacityBasis.DC).generate(YEAR_2030, sample, Double.NaN).values();
        assertEquals(1.0, Arrays.stream(ac).max().orElseThrow(), 0, "clipped at the inverters' rating");
        long clipped = Arrays.stream(ac).filter(x -> x == 1.0).count();
        assertTrue(clipped > 50 && clipped < 2000, clipped + " clipped hours");
        assertEquals(1 / 1.3, Arrays.stream(dc).max().orElseThrow(), 1e-4, "per unit of the modules, tops out at 1 / ratio");
    }

    @Test
    void sameSeedSameSeriesOtherSeedOrYearOtherSeries() {
        double[] a = pv(ZHONGWEI, 11);
        assertArrayEquals(a, pv(ZHONGWEI, 11), 0);
        assertFalse(Arrays.equals(a, pv(ZHONGWEI, 12)));
        double[] otherYear = Sites.pv(ZHONGWEI).generate(YEAR_2030, new WeatherSample(11, 2019), Double.NaN).values();
        assertFalse(Arrays.equals(a, otherYear));
    }

    @Test
    void cloudyDaysPersist() {
        // Daily energy is correlated from one day to the next (the AR(1) on the daily clearness).
        double[] v = Sites.pv(ZHONGWEI).generate(new TimeAxis(LocalDateTime.of(2030, 1, 1, 0, 0), 1, 8760 * 4),
                new WeatherSample(3, 0), Double.NaN).values();
        double[] daily = new double[v.length / 24];
        for (int i = 0; i < v.length; i++) {
            daily[i / 24] += v[i];
        }
        double[] anomaly = new double[daily.length];
        for (int d = 0; d < daily.length; d++) {
            // Remove the seasonal cycle with a centred 31-day mean.
            double s = 0;
            int n = 0;
            for (int k = Math.max(0, d - 15); k <= Math.min(daily.length - 1, d + 15); k++, n++) {
                s += daily[k];
            }
            anomaly[d] = daily[d] - s / n;
        }
        double r = Sites.autocorrelation(anomaly);
        assertTrue(r > 0.2 && r < 0.7, "day-to-day correlation " + r);
    }

    @Test
    void subHourlyStepsFollowTheSun() {
        TimeAxis quarterHours = new TimeAxis(LocalDateTime.of(2030, 6, 21, 0, 0), 0.25, 96);
        double[] v = Sites.pv(ZHONGWEI).generate(quarterHours, new WeatherSample(1, 0), Double.NaN).values();
        assertEquals(0, v[4 * 3], 0, "03:00");
        assertEquals(0, v[4 * 23 + 2], 0, "23:30");
        assertTrue(v[4 * 13] > 0.3, "13:00");
    }
}
