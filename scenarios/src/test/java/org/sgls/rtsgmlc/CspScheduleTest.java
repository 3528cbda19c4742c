package org.sgls.rtsgmlc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CspScheduleTest {
    @Test
    void theTurbineRunsOnTheFieldAndTheStoreAndTheFullStoreSpills() {
        // 200 MW turbine, 150 MWh store, empty at first. Hour 1: 300 in, 200 out, 100 stored; hour 2: 400
        // available, 200 out, 200 left of which 50 spill; hour 3: 150 + 50 = 200 out; then nothing.
        CspSchedule s = CspSchedule.follow(new double[] {0, 300, 300, 50, 0, 0}, 200, 150, 0);
        assertArrayEquals(new double[] {0, 200, 200, 200, 0, 0}, s.outputMw(), 1e-12);
        assertEquals(50, s.spilledMwh(), 1e-12);
    }

    @Test
    void aStoreHoldingEnergyAtTheStartRunsTheTurbineAtNight() {
        CspSchedule s = CspSchedule.follow(new double[] {0, 0, 0}, 200, 1200, 250);
        assertArrayEquals(new double[] {200, 50, 0}, s.outputMw(), 1e-12);
        assertEquals(0, s.spilledMwh(), 1e-12);
    }
}
