package org.sgls.dispatch.lp;

/** Solves a {@link LinearModel}; implementations must verify what they return. */
public interface LpSolver {
    LpSolution solve(LinearModel model);

    /** Solves whose first answer failed verification and had to be redone. */
    int recoveries();
}
