package org.sgls.sim;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariants over random systems: every step balances and no bound is broken, whatever the system. */
class RandomSystemsTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void everyStepBalancesAndKeepsItsBounds(long seed) {
        RunResult run = Simulation.run(RandomSystems.generate(seed, 24 * 5), RunOptions.DEFAULT);
        Invariants.assertPhysical(run);
    }
}
