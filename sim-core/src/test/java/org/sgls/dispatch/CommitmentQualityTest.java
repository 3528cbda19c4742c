package org.sgls.dispatch;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgls.sim.RandomSystems;

/**
 * The look-ahead's commitment stays near the exact MIP optimum (SCIP) on 10-unit windows, and the references
 * are consistent: LP bound <= MIP <= look-ahead. The full table is in docs/formulation.md.
 */
class CommitmentQualityTest {
    private static final double MAX_GAP = 0.01;

    @ParameterizedTest(name = "{0} units, {1} h, {2} zone(s), seed {3}")
    @CsvSource({"10, 24, 1, 1", "10, 24, 1, 2", "10, 24, 2, 1", "10, 24, 2, 2"})
    void lookaheadCommitmentIsWithinOnePercentOfTheExactMip(int units, int hours, int zones, long seed) {
        CommitmentQuality.Window w = CommitmentQuality.measure(RandomSystems.generate(seed, hours, zones, units), hours,
                new OrToolsSolver(60));
        assertNotNull(w, "window should be feasible");
        double tol = 1e-5 * Math.abs(w.mipCost()); // SCIP's own gap tolerance is 1e-6
        assertTrue(w.lpBound() <= w.mipCost() + tol, "relaxation above the MIP: " + w);
        assertTrue(w.heuristicCost() >= w.mipCost() - tol, "look-ahead below the proven optimum: " + w);
        assertTrue(w.gap() <= MAX_GAP, "gap " + 100 * w.gap() + " % above " + 100 * MAX_GAP + " %: " + w);
    }
}
