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
import org.sgls.model.DispatchSettings;

/**
 * Storage arbitrage with losses, by hand. Prices are set by which unit is marginal; all units have no minimum
 * output and no fixed costs, so commitment cannot change the answer. The battery's efficiency is 0.9 each way,
 * so 1 MWh bought returns 0.81 MWh: a cycle pays only if the sell price exceeds the buy price by more than
 * 1 / 0.81 = 1.2346 times.
 */
class StorageHandCheckTest {
    private static final double ETA = 0.9;

    /**
     * Units: cheap 200 MW at 10, mid 100 MW at 30, peaker 100 MW at 50. Battery 50 MW, 90 MWh, empty.
     * <pre>
     * step | load | price | battery                  | soc (end)              | units
     *  0   | 100  | 10    | charge 50                | 50 x 0.9 = 45          | cheap 150
     *  1   | 100  | 10    | charge 50                | 45 + 45 = 90 (full)    | cheap 150
     *  2   | 380  | 50    | discharge 50 (its limit) | 90 - 50/0.9 = 34.444   | cheap 200, mid 100, peaker 30
     *  3   | 260  | 30    | discharge 34.444 x 0.9   | 0                      | cheap 200, mid 29
     *                        = 31
     * </pre>
     * Charging both cheap hours at full power is needed to fill 90 MWh, so it is unique; the 50-priced hour
     * gets the full 50 MW (50 > 30), the 30-priced hour the rest (30 x 0.81 = 24.3 > 10 pays).
     * Cost: 1,500 + 1,500 + (2,000 + 3,000 + 1,500) + (2,000 + 870) = 12,370; without the battery it would be
     * 1,000 + 1,000 + 9,000 + 3,800 = 14,800: 2,430 saved = 50 x 50 + 31 x 30 - 100 x 10.
     */
    @Test
    void storageBuysCheapAndSellsDearWithItsLosses() {
        TestSystems b = threeUnits(4, series(100, 100, 380, 260));
        b.storage("bat", "main", 50, 90, ETA, 0, 0);
        RunResult run = runChecked(b.scenario());

        double afterPeak = 90 - 50 / ETA;
        assertArrayEquals(new double[] {50, 50, 0, 0}, col(run, "bat", "charge_mw"), MW);
        assertArrayEquals(new double[] {0, 0, 50, afterPeak * ETA}, col(run, "bat", "discharge_mw"), MW);
        assertEquals(31, afterPeak * ETA, 1e-9, "hand computation");
        assertArrayEquals(new double[] {45, 90, afterPeak, 0}, col(run, "bat", "soc_mwh"), MW);
        assertArrayEquals(new double[] {-50, -50, 50, 31}, col(run, "bat", "p_mw"), MW);
        assertArrayEquals(new double[] {150, 150, 200, 200}, col(run, "cheap", "p_mw"), MW);
        assertArrayEquals(new double[] {0, 0, 100, 29}, col(run, "mid", "p_mw"), MW);
        assertArrayEquals(new double[] {0, 0, 30, 0}, col(run, "peaker", "p_mw"), MW);
        assertEquals(12_370, RunCosts.summaryTotal(run), COST);
    }

    /**
     * Two hours: price 10 (cheap marginal), then the price of the second unit. Battery 50 MW, 45 MWh, empty.
     * A cycle buys 50 MWh for 500 and sells 50 x 0.81 = 40.5 MWh.
     * <ul>
     * <li>second unit at 12: 40.5 x 12 = 486 < 500 (12 / 10 = 1.2 < 1 / 0.81): the battery stays idle.</li>
     * <li>second unit at 13: 40.5 x 13 = 526.5 > 500 (1.3 > 1.2346): charge 50, soc 45, discharge 40.5.</li>
     * </ul>
     */
    @Test
    void storageDoesNotCycleWhenTheSpreadIsBelowItsLosses() {
        RunResult narrow = runChecked(spread(12).scenario());
        assertArrayEquals(new double[] {0, 0}, col(narrow, "bat", "charge_mw"), MW);
        assertArrayEquals(new double[] {0, 0}, col(narrow, "bat", "discharge_mw"), MW);
        assertArrayEquals(new double[] {0, 0}, col(narrow, "bat", "soc_mwh"), MW);
        // 100 x 10 + (200 x 10 + 50 x 12)
        assertEquals(3_600, RunCosts.summaryTotal(narrow), COST);

        RunResult wide = runChecked(spread(13).scenario());
        assertArrayEquals(new double[] {50, 0}, col(wide, "bat", "charge_mw"), MW);
        assertArrayEquals(new double[] {0, 40.5}, col(wide, "bat", "discharge_mw"), MW);
        assertArrayEquals(new double[] {45, 0}, col(wide, "bat", "soc_mwh"), MW);
        // 150 x 10 + (200 x 10 + (50 - 40.5) x 13) = 1,500 + 2,123.5; without the battery 3,650: 26.5 saved
        assertEquals(3_623.5, RunCosts.summaryTotal(wide), COST);
    }

    /**
     * Load 100 then 250 against "low" 200 MW at 10 and "high" 200 MW at {@code highPrice}: in the second hour
     * "high" runs at 50 MW, so up to 50 MW of discharge displaces it.
     */
    private static TestSystems spread(double highPrice) {
        TestSystems b = new TestSystems(2);
        b.load("load", "main", series(100, 250));
        b.coal("low", "main", 200, 0, 10, 0, 0, 1, 1, true);
        b.coal("high", "main", 200, 0, highPrice, 0, 0, 1, 1, true);
        b.storage("bat", "main", 50, 45, ETA, 0, 0);
        return b;
    }

    /**
     * State of charge carried across windows (look-ahead 6 h, commit 3 h, 12 steps; boundaries before steps 3,
     * 6, 9). Units: cheap 200 MW at 10, mid 100 MW at 12, peaker 100 MW at 50. Load repeats dear / cheap / mid:
     * 350 (price 50), 100 (price 10), 250 (price 12). Battery 50 MW, 45 MWh, full (45 MWh) at the start.
     * A cheap-to-mid cycle does not pay (12 x 0.81 = 9.72 < 10), a cheap-to-dear one does. So the battery
     * empties in every dear hour (45 x 0.9 = 40.5 MW), refills in the next cheap hour (50 MW x 0.9 = 45 MWh)
     * and holds through the mid hour, across the window boundary, into the next dear hour. The last cheap hour
     * (step 10) has no dear hour after it, so the battery stays empty.
     * <pre>
     * step      0    1   2  |  3    4   5  |  6    7   8  |  9   10  11
     * price    50   10  12  | 50   10  12  | 50   10  12  | 50   10  12
     * charge    0   50   0  |  0   50   0  |  0   50   0  |  0    0   0
     * dischg  40.5   0   0  | 40.5  0   0  | 40.5  0   0  | 40.5  0   0
     * soc       0   45  45  |  0   45  45  |  0   45  45  |  0    0   0
     * </pre>
     * With the whole horizon in one window the answer is the same (perfect foresight).
     */
    @Test
    void stateOfChargeCarriesAcrossWindowBoundaries() {
        double[] load = new double[12];
        for (int t = 0; t < 12; t++) {
            load[t] = new double[] {350, 100, 250}[t % 3];
        }
        double[] charge = {0, 50, 0, 0, 50, 0, 0, 50, 0, 0, 0, 0};
        double[] discharge = {40.5, 0, 0, 40.5, 0, 0, 40.5, 0, 0, 40.5, 0, 0};
        double[] soc = {0, 45, 45, 0, 45, 45, 0, 45, 45, 0, 0, 0};
        for (DispatchSettings settings : new DispatchSettings[] {new DispatchSettings(6, 3, 2000),
                new DispatchSettings(12, 12, 2000)}) {
            TestSystems b = new TestSystems(12).dispatch(settings);
            b.load("load", "main", series(load));
            b.coal("cheap", "main", 200, 0, 10, 0, 0, 1, 1, true);
            b.coal("mid", "main", 100, 0, 12, 0, 0, 1, 1, true);
            b.coal("peaker", "main", 100, 0, 50, 0, 0, 1, 1, true);
            b.storage("bat", "main", 50, 45, ETA, 45, 0);
            RunResult run = runChecked(b.scenario());

            String label = "look-ahead " + settings.lookaheadHours() + " h";
            assertArrayEquals(charge, col(run, "bat", "charge_mw"), MW, label);
            assertArrayEquals(discharge, col(run, "bat", "discharge_mw"), MW, label);
            assertArrayEquals(soc, col(run, "bat", "soc_mwh"), MW, label);
            // each dear hour: cheap 200, mid 100, peaker 50 - 40.5 = 9.5
            assertEquals(9.5, col(run, "peaker", "p_mw")[9], MW, label);
        }
    }

    /**
     * A battery cannot charge and discharge at once. Here the LP is tempted to: a coal unit that must stay on at
     * its 100 MW minimum faces a 95 MW load, and the battery (50 MW, 45 MWh, 0.9 each way) starts full, so
     * 5 MW have nowhere to go. Charging c and discharging d = c - 5 together loses 0.9 c - (c - 5) / 0.9 MWh and
     * "absorbs" the surplus without changing much of the state of charge (c = 26.3, d = 21.3 keeps it full):
     * a physically impossible dispatch that the balance, bound and state-of-charge invariants all accept. In
     * the second step the battery has room and simply charges 5 MW.
     * <pre>
     * every step: charge_mw = 0 or discharge_mw = 0
     * </pre>
     */
    @Test
    void aBatteryNeverChargesAndDischargesInTheSameStep() {
        TestSystems b = new TestSystems(2);
        b.load("load", "main", b.constant(95));
        b.unit(HandUnits.mustStayOn("coal", "main", 200, 0.5, 30, Double.POSITIVE_INFINITY, 100));
        b.coal("flex", "main", 200, 0, 20, 0, 0, 1, 1, true);
        b.storage("bat", "main", 50, 45, ETA, 45, 0);
        RunResult run = runChecked(b.scenario());

        double[] ch = col(run, "bat", "charge_mw");
        double[] dis = col(run, "bat", "discharge_mw");
        for (int t = 0; t < ch.length; t++) {
            assertTrue(ch[t] <= MW || dis[t] <= MW, "step " + t + ": charging " + ch[t] + " MW and discharging "
                    + dis[t] + " MW at once");
        }
    }

    private static TestSystems threeUnits(int steps, org.sgls.timeseries.Profile load) {
        TestSystems b = new TestSystems(steps);
        b.load("load", "main", load);
        b.coal("cheap", "main", 200, 0, 10, 0, 0, 1, 1, true);
        b.coal("mid", "main", 100, 0, 30, 0, 0, 1, 1, true);
        b.coal("peaker", "main", 100, 0, 50, 0, 0, 1, 1, true);
        return b;
    }

    /**
     * A store behind a line. Zone "pv": PV 100 MW at 1 per MWh, available in steps 0-1 only, and a battery of 50 MW
     * and 100 MWh, lossless, empty, 1 per MWh discharged. Zone "town": load 50 MW, imports at 100 per MWh. Line
     * pv -> town, 200 MW.
     * <pre>
     * step | PV  | battery        | line | import | cost
     *  0   | 100 | charge 50      | 50   | 0      | 100
     *  1   | 100 | charge 50      | 50   | 0      | 100
     *  2   | 0   | discharge 50   | 50   | 0      | 50
     *  3   | 0   | discharge 50   | 50   | 0      | 50      total 300
     * </pre>
     * The battery's own zone has no use for its energy: only over the line is it worth the import it saves. A
     * look-ahead that valued the store with the line's flow held would see none and leave it empty (PV 50 MW in
     * steps 0-1, imports of 50 MW in steps 2-3: 10,100).
     */
    @Test
    void aStoreBehindALineIsValuedAtThePriceAcrossTheLine() {
        TestSystems b = new TestSystems(4);
        b.zone("pv", 0);
        b.zone("town", 0);
        b.add(new org.sgls.model.VariableSource("solar", "pv", org.sgls.model.Kind.PV, 100, series(1, 1, 0, 0), 1));
        b.storage("bat", "pv", 50, 100, 1, 0, 1);
        b.load("load", "town", b.constant(50));
        b.exchange("imp", "town", org.sgls.model.Kind.IMPORT, 200, 100);
        b.line("tie", "pv", "town", 200);
        RunResult run = runChecked(b.scenario());

        assertArrayEquals(new double[] {-50, -50, 50, 50}, col(run, "bat", "p_mw"), MW);
        assertArrayEquals(new double[] {50, 50, 50, 50}, col(run, "tie", "flow_mw"), MW);
        assertArrayEquals(new double[] {0, 0, 0, 0}, col(run, "imp", "p_mw"), MW);
        assertEquals(300, RunCosts.summaryTotal(run), COST);
    }
}
