package org.sgls.rtsgmlc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeatRateCurveTest {
    private static final double EXACT = 1e-9;

    /** gen.csv's 101_STEAM_3, a 76 MW coal unit (data README: 841.58 $/h at its 30 MW minimum). */
    static RtsData.Generator steam3() {
        return new RtsData.Generator("101_STEAM_3", 101, "STEAM", "Coal", "Coal", 76, 30, 8, 4, 2, 5284.8, 0, 2.11399,
                new double[] {0.394736842, 0.596491228, 0.798245614, 1}, 13270, new double[] {6713, 8028, 8549}, 0, 210,
                0, 0);
    }

    @Test
    void aConvexCurveIsTheDataCurve() {
        HeatRateCurve c = HeatRateCurve.of(steam3());
        assertFalse(c.convexified());
        double x1 = 0.596491228 * 76;
        double x2 = 0.798245614 * 76;
        assertArrayEquals(new double[] {30, x1, x2, 76}, c.mw(), EXACT);
        // fuel at PMin = average heat rate x PMin; then incremental heat rate x width per segment
        double f0 = 13270 * 30 / 1000.0;
        double f1 = f0 + 6.713 * (x1 - 30);
        double f2 = f1 + 8.028 * (x2 - x1);
        double f3 = f2 + 8.549 * (76 - x2);
        assertArrayEquals(new double[] {f0, f1, f2, f3}, c.mmbtuPerH(), EXACT);
        assertEquals(841.579419, f0 * 2.11399, 1e-6);
        // RTS_GMLC.m's gencost row of this unit, printed to 5 decimals
        assertEquals(1596.51343, f3 * 2.11399, 1e-5);
        assertEquals((f1 + f2) / 2, c.fuelAt((x1 + x2) / 2), EXACT);
    }

    @Test
    void theChordIsExactAtBothEnds() {
        HeatRateCurve c = HeatRateCurve.of(steam3());
        double[] chord = c.chord();
        assertEquals(c.mmbtuPerH()[0], chord[0] + chord[1] * 30, EXACT);
        assertEquals(c.mmbtuPerH()[3], chord[0] + chord[1] * 76, EXACT);
        assertTrue(chord[0] > 0);
        // above the convex curve in between
        assertTrue(chord[0] + chord[1] * c.mw()[1] >= c.mmbtuPerH()[1]);
    }

    @Test
    void aNonConvexCurveBecomesTheMaximumOfItsSegmentLines() {
        // slopes 5, 3, 4 from (10, 100): the data's points (10,100) (20,150) (30,180) (40,220).
        // Lines: 5x + 50, 3x + 90, 4x + 60. Their maximum is 3x + 90 up to 20 and 5x + 50 from there
        // (4x + 60 never leads on [10, 40]): 120 at 10, 150 at 20, 250 at 40.
        HeatRateCurve c = HeatRateCurve.fromSegments(new double[] {10, 20, 30, 40}, 100, new double[] {5, 3, 4});
        assertTrue(c.convexified());
        assertArrayEquals(new double[] {10, 20, 40}, c.mw(), EXACT);
        assertArrayEquals(new double[] {120, 150, 250}, c.mmbtuPerH(), EXACT);
    }

    @Test
    void flatAndEmptySegmentsLeaveNoBreakpoints() {
        // the nuclear unit: 396-400 MW, incremental heat rates 0
        HeatRateCurve flat = HeatRateCurve.fromSegments(new double[] {396, 397.3333332, 398.6666668, 400}, 3960,
                new double[] {0, 0, 0});
        assertFalse(flat.convexified());
        assertArrayEquals(new double[] {396, 400}, flat.mw(), EXACT);
        assertArrayEquals(new double[] {3960, 3960}, flat.mmbtuPerH(), EXACT);
        assertArrayEquals(new double[] {3960, 0}, flat.chord(), EXACT);
        // a segment of no width (two breakpoints at one output) is skipped
        HeatRateCurve merged = HeatRateCurve.fromSegments(new double[] {10, 20, 20, 30}, 50, new double[] {1, 9, 2});
        assertArrayEquals(new double[] {10, 20, 30}, merged.mw(), EXACT);
        assertArrayEquals(new double[] {50, 60, 80}, merged.mmbtuPerH(), EXACT);
    }
}
