package org.sgls.dispatch.lookahead;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.sgls.model.Scenario;
import org.sgls.sim.SystemState;
import org.sgls.sim.TestSystems;
import org.junit.jupiter.api.Test;

/** The descent's priority-list start, by hand: cheapest units first until each hour's thermal output is covered. */
class PriorityListStartTest {
    @Test
    void theCheapestUnitsCoverEachHoursThermalOutput() {
        // no renewables and no reserve: the all-on dispatch's thermal output is the load, 50 / 150 / 250 MW
        TestSystems b = new TestSystems(3);
        b.load("load", "main", TestSystems.series(50, 150, 250));
        b.coal("C", "main", 100, 0, 40, 0, 0, 1, 1, false);
        b.coal("A", "main", 100, 0, 20, 0, 0, 1, 1, false);
        b.coal("B", "main", 100, 0, 30, 0, 0, 1, 1, false);
        Scenario sc = b.scenario();
        LookaheadWindow w = new LookaheadWindow(new Lookahead(sc.system(), sc.dispatch()), 0, 3,
                SystemState.initial(sc.system()));

        w.initialCommitment(LookaheadWindow.Start.PRIORITY_LIST);

        // units in the order of the scenario: C (40 per MWh), A (20), B (30)
        assertArrayEquals(new boolean[] {false, false, true}, w.on[0]);
        assertArrayEquals(new boolean[] {true, true, true}, w.on[1]);
        assertArrayEquals(new boolean[] {false, true, true}, w.on[2]);

        w.initialCommitment(LookaheadWindow.Start.ALL_ON);
        for (boolean[] unit : w.on) {
            assertArrayEquals(new boolean[] {true, true, true}, unit);
        }
    }
}
