package org.sgls.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sgls.sim.DispatchHandCheckTest.col;
import static org.sgls.sim.RunCosts.runChecked;
import static org.sgls.sim.TestSystems.series;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgls.dispatch.CommitmentQuality;
import org.sgls.dispatch.OrToolsSolver;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Summary;
import org.sgls.model.CostCurve;
import org.sgls.model.Kind;
import org.sgls.model.Scenario;
import org.sgls.model.ThermalUnit;

/**
 * Convex piecewise-linear and quadratic costs, on tiny systems worked out by hand in the comments: the hourly
 * dispatch fills a curve's pieces in order, a quadratic unit runs where its marginal cost meets the system's,
 * the look-ahead commits by the pieces' prices rather than one marginal cost, and a must-run unit stays on.
 */
class CostCurveHandCheckTest {
    static final double MW = 1e-6;
    static final double COST = 1e-6;

    /** A unit whose whole cost is given by the last four arguments (fuel priced at 0). */
    static ThermalUnit costed(String id, Kind kind, double pmaxMw, double minFrac, double noloadPerH, double c2,
            double vomPerMwh, CostCurve curve, boolean mustRun, boolean on) {
        return new ThermalUnit(id, "main", kind, pmaxMw, minFrac, null, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, 1, 1, 0, 0, 0, 0, vomPerMwh, 0, on, 1000, on ? minFrac * pmaxMw : 0,
                noloadPerH, c2, curve, mustRun);
    }

    static CostCurve curve(double... mwCost) {
        List<CostCurve.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < mwCost.length; i += 2) {
            points.add(new CostCurve.Point(mwCost[i], mwCost[i + 1]));
        }
        return new CostCurve(points);
    }

    /**
     * A: oil, 100 MW, minimum 20 MW, no-load 50/h, curve 20 MW: 400, 60 MW: 1000, 100 MW: 2000 (pieces at 15
     * and 25 per MWh). B: coal at 20 per MWh, no minimum. Both must run. The merit order above A's minimum is
     * A's first piece (15, 40 MW), B (20, 100 MW), A's second piece (25, 40 MW):
     * <pre>
     * step | load | A            | B   | cost per hour
     *  0   | 100  | 20 + 40 = 60 |  40 | 50 + 1000 + 40 x 20 = 1850
     *  1   |  50  | 20 + 30 = 50 |   0 | 50 + 400 + 30 x 15 = 900
     *  2   | 170  | 60 + 10 = 70 | 100 | 50 + 1000 + 10 x 25 + 100 x 20 = 3300
     * </pre>
     */
    @Test
    void theHourlyDispatchFillsACurvesPiecesInMeritOrder() {
        TestSystems b = new TestSystems(3);
        b.load("load", "main", series(100, 50, 170));
        b.unit(costed("A", Kind.OIL, 100, 0.2, 50, 0, 0, curve(20, 400, 60, 1000, 100, 2000), true, true));
        b.coal("B", "main", 100, 0, 20, 0, 0, 1, 1, true);
        RunResult run = runChecked(b.scenario());

        assertArrayEquals(new double[] {60, 50, 70}, col(run, "A", "p_mw"), MW);
        assertArrayEquals(new double[] {40, 0, 100}, col(run, "B", "p_mw"), MW);
        assertEquals(1850, RunCosts.step(run, 0), COST);
        assertEquals(900, RunCosts.step(run, 1), COST);
        assertEquals(3300, RunCosts.step(run, 2), COST);
        assertEquals(1850 + 900 + 3300, RunCosts.summaryTotal(run), 1e-6);

        // components.csv: the curve as given (A is never on below 20 MW), the no-load cost apart
        ComponentTable.Row a = run.components().rows().stream().filter(r -> r.text("id").equals("A")).findFirst()
                .orElseThrow();
        assertEquals("20:400;60:1000;100:2000", a.text("cost_curve"));
        assertEquals(50, a.number("noload_cost_per_h", Double.NaN), 0);
        assertEquals(1, a.number("must_run", Double.NaN), 0);
    }

    /**
     * Q: gas, 100 MW, no minimum, cost 10 p + 0.1 p² per hour (marginal 10 + 0.2 p); L: coal at 20.05 per MWh.
     * Load 80. Exact optimum: 10 + 0.2 p = 20.05, p = 50.25, cost 0.1 x 50.25² + 10 x 50.25 + 20.05 x 29.75 =
     * 1351.49375. The dispatch works on chords 0.2 MW wide (0.2 % of pmax): the chord from 50.0 to 50.2 costs
     * 10 + 0.1 x 100.2 = 20.02 < 20.05, the next one 20.06 > 20.05, so Q stops at the breakpoint 50.2 and L
     * takes 29.8: exact cost 0.1 x 50.2² + 10 x 50.2 + 20.05 x 29.8 = 1351.494, above the optimum by
     * 0.1 x 0.05² = 0.00025, within the bound c2 w² / 4 = 0.1 x 0.2² / 4 = 0.001.
     */
    @Test
    void aQuadraticUnitRunsWhereItsMarginalCostMeetsTheSystems() {
        TestSystems b = new TestSystems(1);
        b.load("load", "main", series(80));
        b.unit(costed("Q", Kind.GAS, 100, 0, 0, 0.1, 10, null, true, true));
        b.coal("L", "main", 100, 0, 20.05, 0, 0, 1, 1, true);
        RunResult run = runChecked(b.scenario());

        assertEquals(50.2, col(run, "Q", "p_mw")[0], MW);
        assertEquals(29.8, col(run, "L", "p_mw")[0], MW);
        double reported = RunCosts.summaryTotal(run);
        assertEquals(0.1 * 50.2 * 50.2 + 10 * 50.2 + 20.05 * 29.8, reported, 1e-6);
        double optimum = 1351.49375;
        assertTrue(reported >= optimum && reported - optimum <= 0.1 * 0.2 * 0.2 / 4, "cost " + reported);
    }

    /**
     * The LP relaxation must stay a lower bound with a quadratic cost, though its chords lie above the parabola.
     * Q alone: 100 MW, no minimum, 10 per MWh + 0.1 p², load 51 MW: exact cost 0.1 x 51² + 10 x 51 = 770.1. The
     * coarse chords are 4 MW wide; the one from 48 to 52 MW gives 770.4 at 51, above the exact cost, and lies at
     * most 0.1 x 4² / 4 = 0.4 above the parabola: the relaxation gives that back, 770.0.
     */
    @Test
    void theRelaxationOfAQuadraticCostIsALowerBound() {
        TestSystems b = new TestSystems(1);
        b.load("load", "main", series(51));
        b.unit(costed("Q", Kind.GAS, 100, 0, 0, 0.1, 10, null, false, true));
        CommitmentQuality.Window w = CommitmentQuality.measure(b.scenario(), 1, new OrToolsSolver(60));
        assertEquals(770.0, w.lpBound(), 1e-6);
        assertTrue(w.lpBound() <= 770.1, "bound " + w.lpBound());
    }

    /**
     * X: coal, 100 MW, minimum 10 MW, fuel at no cost but a curve 10 MW: 100, 50 MW: 500, 100 MW: 5500 (pieces at
     * 10 and 100 per MWh), on. Y: coal at 30 per MWh, no-load 200/h, off, free to start. Load 100 for four hours.
     * Alone X costs 5500/h; with Y, X stops at 50 MW and Y takes 50: 500 + 200 + 50 x 30 = 2200/h. Priced at
     * one marginal cost (its fuel's, 0), X would look able to carry the load for nothing and Y would stay off;
     * priced by its pieces, the look-ahead starts Y. The exact commitment MIP (SCIP, with the same pieces in its
     * free-commitment form) agrees: 4 x 2200 = 8800.
     */
    @Test
    void theLookaheadCommitsByThePiecesPrices() {
        TestSystems b = new TestSystems(4);
        b.load("load", "main", b.constant(100));
        b.unit(costed("X", Kind.COAL, 100, 0.1, 0, 0, 0, curve(10, 100, 50, 500, 100, 5500), false, true));
        b.coal("Y", "main", 100, 0, 30, 200, 0, 1, 1, false);
        Scenario scenario = b.scenario();
        RunResult run = runChecked(scenario);

        assertArrayEquals(new double[] {1, 1, 1, 1}, col(run, "Y", "on"), 0);
        assertArrayEquals(new double[] {50, 50, 50, 50}, col(run, "X", "p_mw"), MW);
        assertArrayEquals(new double[] {50, 50, 50, 50}, col(run, "Y", "p_mw"), MW);
        assertEquals(4 * 2200, RunCosts.summaryTotal(run), 1e-6);

        CommitmentQuality.Window w = CommitmentQuality.measure(scenario, 4, new OrToolsSolver(60));
        assertEquals(8800, w.mipCost(), 1e-6);
        assertEquals(8800, w.heuristicCost(), 1e-6);
        assertTrue(w.lpBound() <= 8800 + 1e-6);
    }

    /**
     * N: nuclear, 100 MW, minimum 90 MW, 50 per MWh, must run, off before the run (so it starts at the first
     * step). C: coal at 10 per MWh, no minimum, on. Load 100, then 95. N runs at its minimum although C is
     * cheaper and could carry the load alone; C takes the rest: 10 MW, then 5 MW.
     */
    @Test
    void aMustRunUnitStaysOnThoughDearer() {
        TestSystems b = new TestSystems(2);
        b.load("load", "main", series(100, 95));
        b.unit(costed("N", Kind.NUCLEAR, 100, 0.9, 0, 0, 50, null, true, false));
        b.coal("C", "main", 100, 0, 10, 0, 0, 1, 1, true);
        RunResult run = runChecked(b.scenario());

        assertArrayEquals(new double[] {1, 1}, col(run, "N", "on"), 0);
        assertArrayEquals(new double[] {90, 90}, col(run, "N", "p_mw"), MW);
        assertArrayEquals(new double[] {10, 5}, col(run, "C", "p_mw"), MW);
    }

    /**
     * The new kinds in a run: oil (100 MW, no minimum, 20 per MWh, no-load 50/h, start-up 300, off before the
     * run) and CSP (40 MW, available 0 then 50 %). Load 100 MW twice; shedding costs 10 000 per MWh, so oil starts.
     * Hour 0: oil 100 MW, 50 + 2000; hour 1: CSP 20 MW, oil 80 MW, 50 + 1600. Total with the start-up: 4000,
     * the contract's formula with the no-load and start-up terms of a unit with an {@code on} column.
     */
    @Test
    void oilStartsAndCspRunsCostedByTheContractFormula() {
        TestSystems b = new TestSystems(2);
        b.load("load", "main", b.constant(100));
        b.add(new org.sgls.model.VariableSource("csp", "main", Kind.CSP, 40, series(0, 0.5), 0));
        b.unit(new ThermalUnit("oil", "main", Kind.OIL, 100, 0, null, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, 1, 1, 300, 0, 0, 0, 20, 2.268, false, 1000, 0, 50, 0, null, false));
        RunResult run = runChecked(b.scenario());

        assertArrayEquals(new double[] {100, 80}, col(run, "oil", "p_mw"), MW);
        assertArrayEquals(new double[] {0, 20}, col(run, "csp", "p_mw"), MW);
        assertEquals(4000, RunCosts.summaryTotal(run), 1e-6);
        assertEquals(1, Summary.of("t", run.components(), run.results(), run.stats()).get("startups"));
    }
}
