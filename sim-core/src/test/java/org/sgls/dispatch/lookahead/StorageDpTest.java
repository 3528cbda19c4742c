package org.sgls.dispatch.lookahead;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sgls.model.Storage;

/**
 * A store's dynamic programme by hand: levels 0, 50 and 100 MWh, lossless, against hours whose cost moves by a
 * price times the MW drawn. The values use the interpolation between levels, a level action (exactly to empty)
 * and the wear cost.
 */
class StorageDpTest {
    private static StorageDp store(double powerMw, double wearPerMwh) {
        Storage s = new Storage("bat", "z", "battery", powerMw, powerMw, 100, 1, 1, 0, 0, 0, wearPerMwh);
        return new StorageDp(s, 1, new StoreDp.Grid(3, 2));
    }

    private static StoreDp.HourCost prices(double... perMwh) {
        return (t, drawMw) -> perMwh[t] * drawMw;
    }

    /**
     * 50 MW, from empty, at 10 then 30 per MWh. Last hour: from 50 or 100 MWh sell 50 (-1500), from empty
     * nothing. First hour from empty: buy 50 and sell it (500 - 1500 = -1000), or buy 25, which ends halfway
     * between the levels and is worth half of -1500 (250 - 750 = -500): the full buy wins.
     */
    @Test
    void buysLowAndSellsHighThroughTheInterpolatedValues() {
        StorageDp dp = store(50, 0);
        dp.optimise(2, 0, prices(10, 30));
        assertArrayEquals(new double[] {0, -1500, -1500}, dp.value[1], 1e-9);
        assertEquals(-1000, dp.value[0][0], 1e-9);
        assertArrayEquals(new double[] {50, -50}, dp.drawMw, 1e-9);
        assertArrayEquals(new double[] {50, 0}, dp.energyEnd, 1e-9);
        assertEquals(0, dp.ownCost, 1e-9);
    }

    /** With wear of 5 per MWh discharged the same plan is worth 250 less: -750, and its own cost is 250. */
    @Test
    void wearIsTheStoresOwnCost() {
        StorageDp dp = store(50, 5);
        dp.optimise(2, 0, prices(10, 30));
        assertEquals(-750, dp.value[0][0], 1e-9);
        assertArrayEquals(new double[] {50, -50}, dp.drawMw, 1e-9);
        assertEquals(250, dp.ownCost, 1e-9);
    }

    /**
     * 60 MW from 50 MWh (grid actions 30 and 60 each way). Last hour, from 50 MWh: -60 would go below empty and
     * -30 sells 30 (-900), while the level action to empty sells 50 (-1500); from 100 MWh sell 60 (-1800). First
     * hour at 10: wait (-1500) beats filling up by 50 (500 - 1800), buying 30 (300 + 0.4 x -1500 + 0.6 x -1800)
     * and selling early.
     */
    @Test
    void aLevelActionEmptiesTheStoreExactly() {
        StorageDp dp = store(60, 0);
        dp.optimise(2, 50, prices(10, 30));
        assertArrayEquals(new double[] {0, -1500, -1800}, dp.value[1], 1e-9);
        assertEquals(-1500, dp.value[0][1], 1e-9);
        assertArrayEquals(new double[] {0, -50}, dp.drawMw, 1e-9);
        assertArrayEquals(new double[] {50, 0}, dp.energyEnd, 1e-9);
    }
}
