package org.sgls.dispatch;

import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Results;
import org.sgls.model.Component;
import org.sgls.sim.SystemState;

/**
 * Everything one component kind contributes, in one place: its row of {@code components.csv}, its columns of
 * {@code hourly.csv}, its variables, limits, balance and reserve terms and costs in a window, how its results
 * are read back, and the state it hands to the next step. An instance serves one component; {@link #build}
 * may be called for many windows in turn, each call replacing the variable indices of the last.
 */
public interface Formulation {
    /** The component's id (or the zone's or line's). */
    String id();

    /** Its row of components.csv; zones add none. */
    void describe(ComponentTable table);

    /** Declares its hourly.csv columns, in order. */
    void declare(Results results);

    /** Adds variables, limits, balance and reserve terms and costs for every step of the window. */
    void build(WindowProblem w);

    /** Writes the solved values of window step {@code t} into the results at absolute step {@code w.step(t)}. */
    void record(WindowProblem w, double[] x, int t, Results results);

    /**
     * True when the LP's answer for window step {@code t} is not physical without a yes/no decision it cannot
     * take itself (an electrolyzer between 0 and its minimum load, a store charging and discharging at once).
     * The dispatcher then solves with {@link WindowProblem#choose} true and false and keeps the cheaper.
     */
    default boolean needsChoice(WindowProblem w, double[] x, int t) {
        return false;
    }

    /**
     * For a cost the LP approximates finely only near a given output (a unit's quadratic cost): puts into
     * {@code centres} where the next solve of the step should be fine, and returns true while this answer is not
     * settled (solved coarsely, or at the edge of its fine part); the dispatcher then solves the step again.
     */
    default boolean refineCost(WindowProblem w, double[] x, java.util.Map<String, Double> centres) {
        return false;
    }

    /** Puts the component's state after window step {@code t} into {@code next}. */
    default void advance(WindowProblem w, double[] x, int t, SystemState.Builder next) {
    }

    /** The model component, or null for zones and lines. */
    default Component component() {
        return null;
    }
}
