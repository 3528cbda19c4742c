package org.sgls.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sgls.sim.DispatchHandCheckTest.COST;
import static org.sgls.sim.DispatchHandCheckTest.MW;
import static org.sgls.sim.DispatchHandCheckTest.col;
import static org.sgls.sim.RunCosts.runChecked;
import static org.sgls.sim.TestSystems.series;

import org.junit.jupiter.api.Test;
import org.sgls.model.Kind;

/**
 * The electrolyzer as an interruptible load, by hand: it takes surplus power up to its rating, never runs
 * between 0 and its minimum load, is cut when feeding it would need power dearer than its hydrogen, and its
 * consumption counts as spinning reserve. Electrolyzer: 80 MW, 50 kWh/kg, so 1 MW for 1 h makes 20 kg.
 */
class ElectrolyzerHandCheckTest {
    private static final double KG = 1e-6;
    private static final double KWH_PER_KG = 50;

    /**
     * Load 100 MW, 1,000 MW of PV at no cost, an import of up to 200 MW at 45 per MWh; electrolyzer 80 MW,
     * minimum load 25 % = 20 MW, hydrogen 1.0 per kg = 1.0 x 1000 / 50 = 20 per MWh (less than the import, so
     * it never runs on imported power for its own sake). surplus = avail - load.
     * <pre>
     * step | avail | surplus | electrolyzer | import | curtail | h2 kg | why
     *  0   | 200   | 100     | 80 (rating)  |  0     | 20      | 1600  | surplus above the rating
     *  1   | 150   |  50     | 50           |  0     |  0      | 1000  | takes all the surplus
     *  2   |  40   | -60     |  0           | 60     |  0      |    0  | no surplus
     *  3   | 115   |  15     | 20 (minimum) |  5     |  0      |  400  | 20 x 20 = 400 value > 5 x 45 = 225 import
     *  4   | 105   |   5     |  0           |  0     |  5      |    0  | 15 x 45 = 675 > 400: better off
     *  5   | 111   |  11     |  0           |  0     | 11      |    0  |  9 x 45 = 405 > 400: better off
     *  6   | 112   |  12     | 20 (minimum) |  8     |  0      |  400  |  8 x 45 = 360 < 400: runs
     * </pre>
     * (break-even surplus: (20 - s) x 45 = 400, s = 11.1 MW). Step costs = import x 45 - h2 kg x 1.0:
     * -1600, -1000, 2700, -175, 0, 0, -40.
     */
    @Test
    void theElectrolyzerTakesSurplusPowerUpToItsRatingAndNeverRunsBelowItsMinimum() {
        TestSystems b = new TestSystems(7);
        b.load("load", "main", b.constant(100));
        b.pv("pv", "main", 1000, series(0.2, 0.15, 0.04, 0.115, 0.105, 0.111, 0.112));
        b.exchange("imp", "main", Kind.IMPORT, 200, 45);
        b.electrolyzer("ely", "main", 80, 0.25, KWH_PER_KG, 1.0, null);
        RunResult run = runChecked(b.scenario());

        double[] use = {80, 50, 0, 20, 0, 0, 20};
        assertArrayEquals(negate(use), col(run, "ely", "p_mw"), MW);
        assertArrayEquals(new double[] {1600, 1000, 0, 400, 0, 0, 400}, col(run, "ely", "h2_kg"), KG);
        assertArrayEquals(new double[] {0, 0, 60, 5, 0, 0, 8}, col(run, "imp", "p_mw"), MW);
        assertArrayEquals(new double[] {20, 0, 0, 0, 5, 11, 0}, col(run, "pv", "curtail_mw"), MW);
        for (double u : col(run, "ely", "p_mw")) {
            assertTrue(-u < MW || -u > 20 - MW, "electrolyzer between 0 and its minimum: " + -u);
        }
        double[] stepCost = {-1600, -1000, 2700, -175, 0, 0, -40};
        for (int t = 0; t < stepCost.length; t++) {
            assertEquals(stepCost[t], RunCosts.step(run, t), COST, "cost of step " + t);
        }
        assertEquals(-1600 - 1000 + 2700 - 175 - 40, RunCosts.summaryTotal(run), COST);
    }

    /**
     * A zone with a 110 MW spinning-reserve requirement. Unit A 200 MW at 10 and unit B 100 MW at 80, both on
     * throughout (no minimum output); electrolyzer 80 MW, minimum 10 %, hydrogen 1.0 per kg = 20 per MWh.
     * Reserve held = (200 - pA) + (100 - pB) + electrolyzer consumption. Feeding the electrolyzer from a unit
     * lowers that unit's headroom by exactly what the consumption adds, so running it never costs reserve: it is
     * cut only because the power to feed it would cost more than its hydrogen (B at 80 > 20).
     * <pre>
     * step | load | electrolyzer          | A   | B | reserve held          | shortfall
     *  0   | 100  | 80 (rating)           | 180 | 0 | 20 + 100 + 80 = 200   | 0
     *  1   | 170  | 200 - 170 = 30 (cut   | 200 | 0 | 0 + 100 + 30 = 130    | 0  (counting the consumption:
     *      |      | by 170 + 80 - 200=50) |     |   |                       |     units alone hold 100 < 110)
     *  2   | 200  | 0                     | 200 | 0 | 0 + 100 + 0 = 100     | 10 (running it on B would not help)
     * </pre>
     * Costs (energy - hydrogen): 1,800 - 1,600 = 200; 2,000 - 600 = 1,400; 2,000. The shortfall is a penalty
     * in the optimisation, not an incurred cost.
     */
    @Test
    void theElectrolyzerIsCutByExactlyWhatOnlyDearPowerCouldFeedAndItsConsumptionCountsAsReserve() {
        RunResult run = runChecked(reserveZone(1.0).scenario());

        assertArrayEquals(new double[] {-80, -30, 0}, col(run, "ely", "p_mw"), MW);
        assertArrayEquals(new double[] {1600, 600, 0}, col(run, "ely", "h2_kg"), KG);
        assertArrayEquals(new double[] {180, 200, 200}, col(run, "A", "p_mw"), MW);
        assertArrayEquals(new double[] {0, 0, 0}, col(run, "B", "p_mw"), MW);
        assertArrayEquals(new double[] {110, 110, 110}, col(run, "main", "reserve_req_mw"), MW);
        assertArrayEquals(new double[] {0, 0, 10}, col(run, "main", "reserve_shortfall_mw"), MW);
        assertArrayEquals(new double[] {110, 110, 100}, col(run, "main", "reserve_mw"), MW);
        assertEquals(200 + 1400 + 2000, RunCosts.summaryTotal(run), COST);
    }

    /**
     * The same zone with hydrogen worth 5.0 per kg = 100 per MWh, more than B's 80: the electrolyzer runs at
     * its rating in every step, fed by B where A is full, and is not cut to make reserve, because cutting it
     * would free exactly as much headroom on B as it would take away in interruptible load.
     * <pre>
     * step | load | electrolyzer | A   | B  | reserve held         | shortfall
     *  0   | 100  | 80           | 180 |  0 | 20 + 100 + 80 = 200  | 0
     *  1   | 170  | 80           | 200 | 50 |  0 +  50 + 80 = 130  | 0
     *  2   | 200  | 80           | 200 | 80 |  0 +  20 + 80 = 100  | 10 (as with the electrolyzer off)
     * </pre>
     */
    @Test
    void aValuableElectrolyzerIsNotCutForReserveBecauseItsConsumptionIsReserve() {
        RunResult run = runChecked(reserveZone(5.0).scenario());

        assertArrayEquals(new double[] {-80, -80, -80}, col(run, "ely", "p_mw"), MW);
        assertArrayEquals(new double[] {180, 200, 200}, col(run, "A", "p_mw"), MW);
        assertArrayEquals(new double[] {0, 50, 80}, col(run, "B", "p_mw"), MW);
        assertArrayEquals(new double[] {0, 0, 10}, col(run, "main", "reserve_shortfall_mw"), MW);
        // energy 1,800 + (2,000 + 4,000) + (2,000 + 6,400) less hydrogen 3 x 1,600 kg x 5.0
        assertEquals(1_800 + 6_000 + 8_400 - 24_000, RunCosts.summaryTotal(run), COST);
    }

    private static TestSystems reserveZone(double h2ValuePerKg) {
        TestSystems b = new TestSystems(3);
        b.zone("main", 110);
        b.load("load", "main", series(100, 170, 200));
        b.unit(HandUnits.mustStayOn("A", "main", 200, 0, 10, Double.POSITIVE_INFINITY, 0));
        b.unit(HandUnits.mustStayOn("B", "main", 100, 0, 80, Double.POSITIVE_INFINITY, 0));
        b.electrolyzer("ely", "main", 80, 0.1, KWH_PER_KG, h2ValuePerKg, null);
        return b;
    }

    private static double[] negate(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = -v[i];
        }
        return out;
    }
}
