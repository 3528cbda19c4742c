package org.sgls.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sgls.sim.RunCosts.runChecked;
import static org.sgls.sim.TestSystems.series;

import org.junit.jupiter.api.Test;
import org.sgls.model.Kind;
import org.sgls.model.Load;
import org.sgls.timeseries.Profile;

/**
 * The per-step economic dispatch on tiny systems whose answer is worked out by hand in the comments: merit
 * order, a unit held at its minimum forcing curtailment, shedding, and a line limit between two zones. Every
 * system is built so that the optimum is unique; each assertion pins a number, not a property.
 */
class DispatchHandCheckTest {
    /** MW and MWh. */
    static final double MW = 1e-6;
    /** Currency: costs are MW x price summed over components and steps. */
    static final double COST = 1e-3;

    /**
     * One zone, three units listed out of merit order (so the answer cannot come from the list order), no
     * minimum output, no no-load or start-up cost, so commitment cannot change the answer:
     * A 120 MW at 12, B 80 MW at 25, C 100 MW at 40.
     * <pre>
     * step | load | A   | B  | C  | variable cost
     *  0   | 230  | 120 | 80 | 30 | 120x12 + 80x25 + 30x40 = 1440 + 2000 + 1200 = 4640   (C marginal)
     *  1   | 150  | 120 | 30 |  0 | 1440 + 30x25 = 2190                                   (B marginal)
     *  2   |  50  |  50 |  0 |  0 | 50x12 = 600                                           (A marginal)
     * </pre>
     */
    @Test
    void meritOrderFillsCheapUnitsFirstAndTheMarginalUnitTakesTheRest() {
        TestSystems b = new TestSystems(3);
        b.load("load", "main", series(230, 150, 50));
        b.coal("C", "main", 100, 0, 40, 0, 0, 1, 1, true);
        b.coal("A", "main", 120, 0, 12, 0, 0, 1, 1, true);
        b.coal("B", "main", 80, 0, 25, 0, 0, 1, 1, true);
        RunResult run = runChecked(b.scenario());

        assertArrayEquals(new double[] {120, 120, 50}, col(run, "A", "p_mw"), MW);
        assertArrayEquals(new double[] {80, 30, 0}, col(run, "B", "p_mw"), MW);
        assertArrayEquals(new double[] {30, 0, 0}, col(run, "C", "p_mw"), MW);
        assertArrayEquals(new double[] {0, 0, 0}, col(run, "load", "shed_mw"), MW);
        assertEquals(4640, RunCosts.step(run, 0), COST);
        assertEquals(2190, RunCosts.step(run, 1), COST);
        assertEquals(600, RunCosts.step(run, 2), COST);
        assertEquals(4640 + 2190 + 600, RunCosts.summaryTotal(run), COST);
    }

    /**
     * A new coal unit (200 MW, minimum 35 % = 70 MW, 30 per MWh) that must stay on (started an hour ago,
     * minimum up time longer than the run) next to 300 MW of PV at no cost, load 100 MW. The unit cannot go
     * below 70 MW, so PV takes only load - 70 = 30 MW once it has that much; the rest is curtailed:
     * curtail = avail - (load - pmin).
     * <pre>
     * step | pv pu | avail | coal          | pv p | curtail
     *  0   | 0.05  |  15   | 100 - 15 = 85 |  15  |   0
     *  1   | 0.50  | 150   | 70 (pmin)     |  30  | 150 - 30 = 120
     *  2   | 0.80  | 240   | 70            |  30  | 240 - 30 = 210
     *  3   | 0.20  |  60   | 70            |  30  |  60 - 30 =  30
     * </pre>
     * Cost: 85 x 30 = 2550 in step 0, 70 x 30 = 2100 in the others.
     */
    @Test
    void aUnitHeldAtItsMinimumForcesCurtailment() {
        TestSystems b = new TestSystems(4);
        b.load("load", "main", b.constant(100));
        b.pv("pv", "main", 300, series(0.05, 0.5, 0.8, 0.2));
        b.unit(HandUnits.mustStayOn("coal", "main", 200, 0.35, 30, Double.POSITIVE_INFINITY, 70));
        RunResult run = runChecked(b.scenario());

        assertArrayEquals(new double[] {1, 1, 1, 1}, col(run, "coal", "on"), 0);
        assertArrayEquals(new double[] {70, 70, 70, 70}, col(run, "coal", "pmin_mw"), MW);
        assertArrayEquals(new double[] {85, 70, 70, 70}, col(run, "coal", "p_mw"), MW);
        assertArrayEquals(new double[] {15, 150, 240, 60}, col(run, "pv", "avail_mw"), MW);
        assertArrayEquals(new double[] {15, 30, 30, 30}, col(run, "pv", "p_mw"), MW);
        assertArrayEquals(new double[] {0, 120, 210, 30}, col(run, "pv", "curtail_mw"), MW);
        assertEquals(2550, RunCosts.step(run, 0), COST);
        assertEquals(2100, RunCosts.step(run, 3), COST);
    }

    /**
     * Load 350 MW against 200 + 100 MW of units and 20 MW of PV: 30 MW cannot be served, whatever it costs.
     * shed = load - capacity = 350 - (200 + 100 + 20) = 30 MW.
     * Cost = 200 x 10 + 100 x 30 + 30 x 10,000 (VOLL) = 2,000 + 3,000 + 300,000 = 305,000.
     */
    @Test
    void loadAboveAllCapacityIsShedByExactlyTheShortfall() {
        TestSystems b = new TestSystems(1);
        b.load("load", "main", series(350));
        b.pv("pv", "main", 100, series(0.2));
        b.coal("A", "main", 200, 0, 10, 0, 0, 1, 1, true);
        b.coal("B", "main", 100, 0, 30, 0, 0, 1, 1, true);
        RunResult run = runChecked(b.scenario());

        assertEquals(30, col(run, "load", "shed_mw")[0], MW);
        assertEquals(-320, col(run, "load", "p_mw")[0], MW);
        assertEquals(200, col(run, "A", "p_mw")[0], MW);
        assertEquals(100, col(run, "B", "p_mw")[0], MW);
        assertEquals(20, col(run, "pv", "p_mw")[0], MW);
        assertEquals(305_000, RunCosts.summaryTotal(run), COST);
    }

    /**
     * Shedding is priced at each load's own shed cost. Loads "industry" 100 MW (shed cost 500) and "homes"
     * 250 MW (10,000); a unit of 200 MW at 10 and an import of up to 150 MW.
     * <ul>
     * <li>import at 700: 150 MW are missing. Shedding industry (500) is cheaper than importing (700), and
     * importing is cheaper than shedding homes (10,000): industry shed 100, import 50, homes served.
     * Cost = 200 x 10 + 50 x 700 + 100 x 500 = 2,000 + 35,000 + 50,000 = 87,000.</li>
     * <li>import at 400, below industry's 500: import 150, nothing shed. Cost = 2,000 + 150 x 400 = 62,000.</li>
     * </ul>
     */
    @Test
    void eachLoadIsShedAtItsOwnShedCost() {
        RunResult dearImport = runChecked(twoLoads(700).scenario());
        assertEquals(100, col(dearImport, "industry", "shed_mw")[0], MW);
        assertEquals(0, col(dearImport, "homes", "shed_mw")[0], MW);
        assertEquals(50, col(dearImport, "imp", "p_mw")[0], MW);
        assertEquals(200, col(dearImport, "A", "p_mw")[0], MW);
        assertEquals(87_000, RunCosts.summaryTotal(dearImport), COST);

        RunResult cheapImport = runChecked(twoLoads(400).scenario());
        assertEquals(0, col(cheapImport, "industry", "shed_mw")[0], MW);
        assertEquals(0, col(cheapImport, "homes", "shed_mw")[0], MW);
        assertEquals(150, col(cheapImport, "imp", "p_mw")[0], MW);
        assertEquals(62_000, RunCosts.summaryTotal(cheapImport), COST);
    }

    private static TestSystems twoLoads(double importPrice) {
        TestSystems b = new TestSystems(1);
        b.zone("main", 0);
        b.add(new Load("industry", "main", Profile.of("industry", new double[] {100}), 500));
        b.add(new Load("homes", "main", Profile.of("homes", new double[] {250}), TestSystems.VOLL));
        b.coal("A", "main", 200, 0, 10, 0, 0, 1, 1, true);
        b.exchange("imp", "main", Kind.IMPORT, 150, importPrice);
        return b;
    }

    /**
     * Zone north: a cheap unit, 300 MW at 10, minimum 30 % (90 MW). Zone south: load 200 MW and a dear unit,
     * 200 MW at 50, minimum 30 % (60 MW). A line north -> south of 120 MW: flow = 120 (the limit), the dear
     * unit covers 200 - 120 = 80 (>= its 60 MW minimum); cost 120 x 10 + 80 x 50 = 1,200 + 4,000 = 5,200.
     * The same line declared south -> north: flow = -120, same dispatch and cost.
     */
    @Test
    void aLineLimitSplitsTheDispatchBetweenZones() {
        RunResult limited = runChecked(twoZones("north", "south", 120).scenario());
        assertEquals(120, col(limited, "tie", "flow_mw")[0], MW);
        assertEquals(120, col(limited, "cheap", "p_mw")[0], MW);
        assertEquals(80, col(limited, "dear", "p_mw")[0], MW);
        assertEquals(0, col(limited, "load", "shed_mw")[0], MW);
        assertEquals(5_200, RunCosts.summaryTotal(limited), COST);

        RunResult reversed = runChecked(twoZones("south", "north", 120).scenario());
        assertEquals(-120, col(reversed, "tie", "flow_mw")[0], MW);
        assertEquals(120, col(reversed, "cheap", "p_mw")[0], MW);
        assertEquals(80, col(reversed, "dear", "p_mw")[0], MW);
        assertEquals(5_200, RunCosts.summaryTotal(reversed), COST);
    }

    /**
     * The same two zones with a 500 MW line: flow = south's load, 200 MW, all from the cheap unit; the dear
     * unit is best off: on, it would have to run at its 60 MW minimum and displace 60 MW of cheap power at
     * 50 - 10 = 40 more per MWh (2,400 per hour). Cost 200 x 10 = 2,000.
     */
    @Test
    void withABigLineTheCheapZoneSuppliesTheWholeLoad() {
        RunResult big = runChecked(twoZones("north", "south", 500).scenario());
        assertEquals(0, col(big, "dear", "on")[0], 0, "the dear unit should be decommitted");
        assertEquals(200, col(big, "tie", "flow_mw")[0], MW);
        assertEquals(200, col(big, "cheap", "p_mw")[0], MW);
        assertEquals(0, col(big, "dear", "p_mw")[0], MW);
        assertEquals(2_000, RunCosts.summaryTotal(big), COST);
    }

    private static TestSystems twoZones(String from, String to, double lineMw) {
        TestSystems b = new TestSystems(1);
        b.zone("north", 0);
        b.zone("south", 0);
        b.coal("cheap", "north", 300, 0.3, 10, 0, 0, 1, 1, true);
        b.load("load", "south", series(200));
        b.coal("dear", "south", 200, 0.3, 50, 0, 0, 1, 1, true);
        b.line("tie", from, to, lineMw);
        return b;
    }

    static double[] col(RunResult run, String id, String quantity) {
        double[] c = run.results().find(id, quantity);
        if (c == null) {
            throw new AssertionError("no column " + id + "." + quantity);
        }
        return c;
    }
}
