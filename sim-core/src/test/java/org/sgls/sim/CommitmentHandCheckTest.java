package org.sgls.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sgls.sim.DispatchHandCheckTest.COST;
import static org.sgls.sim.DispatchHandCheckTest.MW;
import static org.sgls.sim.DispatchHandCheckTest.col;
import static org.sgls.sim.RunCosts.runChecked;
import static org.sgls.sim.TestSystems.series;

import org.junit.jupiter.api.Test;
import org.sgls.dispatch.Plan;
import org.sgls.dispatch.lookahead.Lookahead;
import org.sgls.model.DispatchSettings;
import org.sgls.model.Kind;
import org.sgls.model.Scenario;
import org.sgls.model.ThermalUnit;

/**
 * Commitment and the state carried between steps and windows, on systems small enough to solve by hand:
 * start-up cost against no-load cost through a midday trough, minimum up time and ramp limits across the
 * boundaries of a rolling look-ahead (6 h planned, 3 h committed).
 */
class CommitmentHandCheckTest {
    /** Look ahead 6 h, commit 3 h: window boundaries before steps 3, 6, 9. */
    static final DispatchSettings SHORT_WINDOWS = new DispatchSettings(6, 3, 2000);

    /**
     * Base unit 300 MW at 10 (no minimum), peak unit 100 MW at 50, minimum 40 % = 40 MW, no-load 100 per hour,
     * on before the run. Load 350 except a trough of 280 in steps 2-4, which the base unit alone could serve.
     * <pre>
     * on through the trough: 3 h x (40 MW x (50 - 10) + 100 no-load) = 3 x 1,700 = 5,100 more than base alone
     * off through the trough: one restart
     * </pre>
     * So the peak unit stays on iff its start-up cost exceeds 5,100.
     * <pre>
     * peak stays on (start-up 10,000):
     *   steps 0,1,5,6,7: base 300, peak 50: 3,000 + 2,500 + 100 = 5,600 each -> 28,000
     *   steps 2,3,4:     base 240, peak 40: 2,400 + 2,000 + 100 = 4,500 each -> 13,500   total 41,500
     * peak cycles (start-up 1,000):
     *   steps 0,1,5,6,7: 28,000; steps 2,3,4: base 280 = 2,800 each -> 8,400; one start 1,000  total 37,400
     * difference 41,500 - 37,400 = 4,100 = 5,100 - 1,000
     * </pre>
     */
    @Test
    void aUnitStaysOnThroughATroughIffARestartCostsMoreThanRunningAtItsMinimum() {
        RunResult dearStart = runChecked(trough(10_000).scenario());
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1, 1, 1}, col(dearStart, "peak", "on"), 0);
        assertArrayEquals(new double[] {50, 50, 40, 40, 40, 50, 50, 50}, col(dearStart, "peak", "p_mw"), MW);
        assertArrayEquals(new double[] {300, 300, 240, 240, 240, 300, 300, 300}, col(dearStart, "base", "p_mw"), MW);
        assertEquals(41_500, RunCosts.summaryTotal(dearStart), COST);

        RunResult cheapStart = runChecked(trough(1_000).scenario());
        assertArrayEquals(new double[] {1, 1, 0, 0, 0, 1, 1, 1}, col(cheapStart, "peak", "on"), 0);
        assertArrayEquals(new double[] {50, 50, 0, 0, 0, 50, 50, 50}, col(cheapStart, "peak", "p_mw"), MW);
        assertArrayEquals(new double[] {300, 300, 280, 280, 280, 300, 300, 300}, col(cheapStart, "base", "p_mw"), MW);
        assertEquals(37_400, RunCosts.summaryTotal(cheapStart), COST);

        assertEquals(4_100, RunCosts.summaryTotal(dearStart) - RunCosts.summaryTotal(cheapStart), COST);
    }

    private static TestSystems trough(double startupCost) {
        TestSystems b = new TestSystems(8);
        b.load("load", "main", series(350, 350, 280, 280, 280, 350, 350, 350));
        b.coal("base", "main", 300, 0, 10, 0, 0, 1, 1, true);
        b.unit(HandUnits.unit("peak", "main", 100, 0.4, 50, 100, startupCost, Double.POSITIVE_INFINITY, 1, 1, true, 1, 40));
        return b;
    }

    /**
     * Look-ahead 6 h, commit 3 h, 12 steps. Base 300 MW at 10; peak 100 MW at 50, minimum 50 %, minimum up
     * time 5 h, start-up 500, off before the run. Load 280 except 350 in step 2: the peak unit must start in
     * step 2 and, by its minimum up time, stay on in steps 2..6 at its 50 MW minimum, across the window
     * boundaries before steps 3 and 6 (the second and third windows must take "on for 1 h" and "on for 4 h"
     * from the state handed over). Off from step 7.
     * <pre>
     * steps 0,1:    base 280                 -> 2,800 each      5,600
     * step 2:       base 300, peak 50        -> 3,000 + 2,500   5,500
     * steps 3..6:   base 230, peak 50        -> 2,300 + 2,500   4 x 4,800 = 19,200
     * steps 7..11:  base 280                 -> 5 x 2,800 =     14,000
     * start-up                                                     500   total 44,800
     * </pre>
     */
    @Test
    void minimumUpTimeIsHonouredAcrossWindowBoundaries() {
        TestSystems b = new TestSystems(12).dispatch(SHORT_WINDOWS);
        b.load("load", "main", series(280, 280, 350, 280, 280, 280, 280, 280, 280, 280, 280, 280));
        b.coal("base", "main", 300, 0, 10, 0, 0, 1, 1, true);
        b.unit(HandUnits.unit("peak", "main", 100, 0.5, 50, 0, 500, Double.POSITIVE_INFINITY, 5, 1, false, 1, 0));
        RunResult run = runChecked(b.scenario());

        assertEquals(4, run.stats().windows());
        assertArrayEquals(new double[] {0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0}, col(run, "peak", "on"), 0);
        assertArrayEquals(new double[] {0, 0, 50, 50, 50, 50, 50, 0, 0, 0, 0, 0}, col(run, "peak", "p_mw"), MW);
        assertArrayEquals(new double[] {280, 280, 300, 230, 230, 230, 230, 280, 280, 280, 280, 280},
                col(run, "base", "p_mw"), MW);
        assertEquals(44_800, RunCosts.summaryTotal(run), COST);
    }

    /**
     * Ramp up across window boundaries. Load 330; "slow" 300 MW at 10, ramp 40 MW/h, at 60 MW before the run
     * (minimum 20 % = 60, must stay on); a peaker 300 MW at 50 takes the rest. The slow unit is the cheapest, so
     * it climbs as fast as it may, including across the boundaries before steps 3 and 6 (the last output is
     * part of the state handed to the next window), until it reaches its 300 MW rating:
     * <pre>
     * slow   100 140 180 | 220 260 300 | 300 300 300      (sum 2,100 x 10 = 21,000)
     * peaker 230 190 150 | 110  70  30 |  30  30  30      (sum   870 x 50 = 43,500)   total 64,500
     * </pre>
     * Since the slow unit is always at the highest output it can reach, climbing earlier is impossible and
     * this is also the perfect-foresight dispatch.
     */
    @Test
    void rampUpLimitsHoldAcrossWindowBoundaries() {
        TestSystems b = new TestSystems(9).dispatch(SHORT_WINDOWS);
        b.load("load", "main", b.constant(330));
        b.unit(HandUnits.mustStayOn("slow", "main", 300, 0.2, 10, 40, 60));
        b.coal("peaker", "main", 300, 0, 50, 0, 0, 1, 1, true);
        RunResult run = runChecked(b.scenario());

        assertArrayEquals(new double[] {100, 140, 180, 220, 260, 300, 300, 300, 300}, col(run, "slow", "p_mw"), MW);
        assertArrayEquals(new double[] {230, 190, 150, 110, 70, 30, 30, 30, 30}, col(run, "peaker", "p_mw"), MW);
        assertEquals(64_500, RunCosts.summaryTotal(run), COST);
    }

    /**
     * Ramp down across window boundaries. Load 290; "slow" 300 MW at 30, ramp 30 MW/h, at its 300 MW rating
     * before the run (minimum 10 % = 30, must stay on); "fast" 150 MW at 10, no ramp limit. The slow unit
     * would like to drop to 290 - 150 = 140 at once but may fall only 30 MW per hour, also across the
     * boundary before step 3:
     * <pre>
     * slow 270 240 210 | 180 150 140     (sum 1,190 x 30 = 35,700)
     * fast  20  50  80 | 110 140 150     (sum   550 x 10 =  5,500)   total 41,200
     * </pre>
     */
    @Test
    void rampDownLimitsHoldAcrossWindowBoundaries() {
        TestSystems b = new TestSystems(6).dispatch(SHORT_WINDOWS);
        b.load("load", "main", b.constant(290));
        b.unit(HandUnits.mustStayOn("slow", "main", 300, 0.1, 30, 30, 300));
        b.coal("fast", "main", 150, 0, 10, 0, 0, 1, 1, true);
        RunResult run = runChecked(b.scenario());

        assertArrayEquals(new double[] {270, 240, 210, 180, 150, 140}, col(run, "slow", "p_mw"), MW);
        assertArrayEquals(new double[] {20, 50, 80, 110, 140, 150}, col(run, "fast", "p_mw"), MW);
        assertEquals(41_200, RunCosts.summaryTotal(run), COST);
    }

    /**
     * The commitment must see ramp limits. Load 300; "slow" 300 MW at 10, ramp 40 MW/h, at 60 MW before the
     * run (must stay on); a peaker 300 MW at 50, no minimum, no-load 100 per hour, start-up 1,000, off before
     * the run. On a copper plate without ramps the slow unit covers the load alone, but it can only climb
     * 100, 140, 180, 220, 260, 300: the peaker must start at once and cover the gap until step 4, or 200 +
     * 160 + 120 + 80 + 40 = 600 MWh is shed at 10,000 per MWh.
     * <pre>
     * slow   100 140 180 220 260 300
     * peaker 200 160 120  80  40   0 (on in steps 0..4; off in step 5 saves its no-load)
     * cost   slow 1,200 x 10 = 12,000; peaker 600 x 50 = 30,000; no-load 5 x 100 = 500; start 1,000  = 43,500
     * </pre>
     */
    @Test
    void commitmentCoversWhatARampLimitedUnitCannotYetReach() {
        TestSystems b = new TestSystems(6);
        b.load("load", "main", b.constant(300));
        b.unit(HandUnits.mustStayOn("slow", "main", 300, 0.2, 10, 40, 60));
        ThermalUnit peaker = HandUnits.unit("peaker", "main", 300, 0, 50, 100, 1000, Double.POSITIVE_INFINITY, 1, 1,
                false, 1, 0);
        b.unit(peaker);
        RunResult run = runChecked(b.scenario());

        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0}, col(run, "load", "shed_mw"), MW);
        assertArrayEquals(new double[] {100, 140, 180, 220, 260, 300}, col(run, "slow", "p_mw"), MW);
        assertArrayEquals(new double[] {200, 160, 120, 80, 40, 0}, col(run, "peaker", "p_mw"), MW);
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 0}, col(run, "peaker", "on"), 0);
        assertEquals(43_500, RunCosts.summaryTotal(run), COST);
    }

    /**
     * Reserve made by redispatch, not by starting a unit. Zone reserve 50 MW at 2,000 per MWh short; load 100;
     * A: 100 MW at 30, no minimum, on; B: 100 MW at 35, minimum 50 MW, no-load 1,000 per hour, off, free to start;
     * import up to 200 MW at 40 (an import holds no reserve).
     * <pre>
     * B off, A 100:          3,000 + 50 MW short x 2,000                      = 103,000 per hour
     * B off, A 50, import 50: 1,500 + 2,000, A's headroom 50                  =   3,500 per hour
     * B on at 50, A 50:       1,500 + 1,750 + 1,000, headroom 50 + 50          =   4,250 per hour
     * </pre>
     * The hourly LP finds the second. A look-ahead pricing a shortfall without the redispatch would see the first
     * and start B; it must leave B off.
     */
    @Test
    void reserveIsMadeByRedispatchWhenThatIsCheaperThanStartingAUnit() {
        TestSystems b = new TestSystems(4);
        b.zone("main", 50);
        b.load("load", "main", b.constant(100));
        b.coal("A", "main", 100, 0, 30, 0, 0, 1, 1, true);
        b.coal("B", "main", 100, 0.5, 35, 1000, 0, 1, 1, false);
        b.exchange("import", "main", Kind.IMPORT, 200, 40);
        RunResult run = runChecked(b.scenario());

        assertArrayEquals(new double[] {0, 0, 0, 0}, col(run, "B", "on"), 0);
        assertArrayEquals(new double[] {50, 50, 50, 50}, col(run, "A", "p_mw"), MW);
        assertArrayEquals(new double[] {50, 50, 50, 50}, col(run, "import", "p_mw"), MW);
        assertEquals(4 * 3_500, RunCosts.summaryTotal(run), COST);
    }

    /**
     * The plan hands the hourly LP's solver the look-ahead's marginal price of each zone and hour, its starting
     * point: with units at 20 and 30 per MWh and 100 MW each, a load of 50 MW is priced at 20 and one of 150 MW at
     * 30, and one the units cannot meet at the value of lost load, the shedding block's price.
     */
    @Test
    void thePlanCarriesEachZonesMarginalPrice() {
        TestSystems b = new TestSystems(3);
        b.load("load", "main", series(50, 150, 250));
        b.coal("A", "main", 100, 0, 20, 0, 0, 1, 1, true);
        b.coal("B", "main", 100, 0, 30, 0, 0, 1, 1, true);
        Scenario sc = b.scenario();
        Plan plan = new Lookahead(sc.system(), sc.dispatch()).plan(0, 3, SystemState.initial(sc.system()));

        assertEquals(20, plan.pricePerMwh("main", 0), 1e-9);
        assertEquals(30, plan.pricePerMwh("main", 1), 1e-9);
        assertEquals(TestSystems.VOLL, plan.pricePerMwh("main", 2), 1e-9);
        assertTrue(Double.isNaN(plan.pricePerMwh("elsewhere", 0)));
    }
}
