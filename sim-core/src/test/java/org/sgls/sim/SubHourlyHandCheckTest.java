package org.sgls.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sgls.sim.DispatchHandCheckTest.MW;
import static org.sgls.sim.DispatchHandCheckTest.col;
import static org.sgls.sim.RunCosts.runChecked;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgls.model.DispatchSettings;

/**
 * Time axes with steps shorter than an hour (the model allows any whole number of minutes): durations given
 * in hours (look-ahead, commit, minimum up time) must mean hours, not steps.
 */
class SubHourlyHandCheckTest {
    /**
     * Look ahead 2 h, commit 1 h, over 4 h: 4 windows whatever the step, i.e. 2 steps committed per window at
     * 30 min and 4 at 15 min.
     */
    @ParameterizedTest(name = "{0} h steps")
    @ValueSource(doubles = {1.0, 0.5, 0.25})
    void lookAheadAndCommitDurationsAreHours(double stepHours) {
        int steps = (int) Math.round(4 / stepHours);
        TestSystems b = new TestSystems(steps).stepHours(stepHours).dispatch(new DispatchSettings(2, 1, 2000));
        b.load("load", "main", b.constant(100));
        b.coal("base", "main", 300, 0, 10, 0, 0, 1, 1, true);
        RunResult run = runChecked(b.scenario());

        assertEquals(4, run.stats().windows());
        double[] base = new double[steps];
        java.util.Arrays.fill(base, 100);
        assertArrayEquals(base, col(run, "base", "p_mw"), MW);
    }

    /**
     * Minimum up time 2 h. Base 300 MW at 10; peak 100 MW at 50, minimum 50 % (50 MW), off before the run.
     * Load 350 MW in the first step only, 280 after: the peak unit must start in step 0 and then stay on, at
     * its 50 MW minimum, for 2 h = 2 / stepHours steps, across the 1-hour windows, and go off after.
     * <pre>
     * 30 min steps: on  1 1 1 1 0 0 0 0        15 min steps: on  1 1 1 1 1 1 1 1 0 0 0 0 0 0 0 0
     * </pre>
     */
    @ParameterizedTest(name = "{0} h steps")
    @ValueSource(doubles = {1.0, 0.5, 0.25})
    void minimumUpTimeIsCountedInHours(double stepHours) {
        int steps = (int) Math.round(4 / stepHours);
        int upSteps = (int) Math.round(2 / stepHours);
        double[] load = new double[steps];
        double[] on = new double[steps];
        double[] peak = new double[steps];
        for (int t = 0; t < steps; t++) {
            load[t] = t == 0 ? 350 : 280;
            on[t] = t < upSteps ? 1 : 0;
            peak[t] = t < upSteps ? 50 : 0;
        }
        TestSystems b = new TestSystems(steps).stepHours(stepHours).dispatch(new DispatchSettings(1, 1, 2000));
        b.load("load", "main", TestSystems.series(load));
        b.coal("base", "main", 300, 0, 10, 0, 0, 1, 1, true);
        b.unit(HandUnits.unit("peak", "main", 100, 0.5, 50, 0, 0, Double.POSITIVE_INFINITY, 2, 1, false, 10, 0));
        RunResult run = runChecked(b.scenario());

        assertArrayEquals(on, col(run, "peak", "on"), 0);
        assertArrayEquals(peak, col(run, "peak", "p_mw"), MW);
    }
}
