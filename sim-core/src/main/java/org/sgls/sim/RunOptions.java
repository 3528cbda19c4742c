package org.sgls.sim;

import java.time.Duration;
import java.util.Objects;
import org.sgls.dispatch.lp.LpSolver;
import org.sgls.dispatch.lp.OjAlgoSolver;

/**
 * Options of one run that are not part of the scenario.
 *
 * @param listener told after each committed window (a progress bar)
 * @param solver makes the run's LP solver: ojAlgo unless a test injects another (one that fails on purpose, say)
 * @param stepTimeLimit wall time allowed for one solve of a step's LP; a solve that takes longer is a solver
 *     failure, and the step is dispatched by a fallback ({@link org.sgls.dispatch.EconomicDispatch.Attempt})
 */
public record RunOptions(StepListener listener, LpSolver.Factory solver, Duration stepTimeLimit) {
    /**
     * A step's LP solves in well under a millisecond (docs/architecture.md: 18-92 microseconds for ~44 variables),
     * so 10 s leaves four orders of magnitude for large systems and slow machines, while a stuck solve costs a
     * run seconds, not hours.
     */
    public static final Duration DEFAULT_STEP_TIME_LIMIT = Duration.ofSeconds(10);
    /** The engine's solver. */
    public static final LpSolver.Factory OJALGO = limit -> new OjAlgoSolver(limit.toMillis());
    public static final RunOptions DEFAULT = new RunOptions(StepListener.NONE);

    public RunOptions {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(solver, "solver");
        if (stepTimeLimit.isNegative() || stepTimeLimit.isZero()) {
            throw new IllegalArgumentException("the step time limit must be positive, got " + stepTimeLimit);
        }
    }

    /** ojAlgo with the default time limit. */
    public RunOptions(StepListener listener) {
        this(listener, OJALGO, DEFAULT_STEP_TIME_LIMIT);
    }

    public RunOptions withSolver(LpSolver.Factory factory) {
        return new RunOptions(listener, factory, stepTimeLimit);
    }

    public RunOptions withStepTimeLimit(Duration limit) {
        return new RunOptions(listener, solver, limit);
    }
}
