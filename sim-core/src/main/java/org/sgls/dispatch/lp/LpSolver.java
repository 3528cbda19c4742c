package org.sgls.dispatch.lp;

import java.time.Duration;

/** Solves a {@link LinearModel}; implementations must verify what they return. */
public interface LpSolver {
    /** Makes the solver of a run, given the wall time allowed for one {@link #solve}. */
    @FunctionalInterface
    interface Factory {
        LpSolver create(Duration timeLimit);
    }

    LpSolution solve(LinearModel model);

    /** Solves whose first answer failed verification and had to be redone. */
    int recoveries();
}
