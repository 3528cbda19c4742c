package org.sgls.dispatch.lp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgls.dispatch.Formulation;
import org.sgls.dispatch.Plan;
import org.sgls.dispatch.WindowProblem;
import org.sgls.dispatch.formulation.Formulations;
import org.sgls.dispatch.lookahead.Lookahead;
import org.sgls.model.Scenario;
import org.sgls.sim.RandomSystems;
import org.sgls.sim.SystemState;

/**
 * Differential test of the two ways into ojAlgo: the low-level simplex the engine uses first must find the
 * same optimum as the modelling layer on real dispatch steps (cost-to-go terms, reserve, lines, stores).
 */
class OjAlgoPathsTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void lowLevelAndModellingLayerAgreeOnEveryStep(long seed) {
        Scenario sc = RandomSystems.generate(seed, 48);
        SystemState state = SystemState.initial(sc.system());
        Plan plan = new Lookahead(sc.system(), sc.dispatch()).plan(0, 48, state);
        OjAlgoSolver fast = new OjAlgoSolver();
        OjAlgoSolver reference = OjAlgoSolver.modellingLayer();
        for (int step = 0; step < 24; step++) {
            List<Formulation> fs = Formulations.forSystem(sc.system());
            WindowProblem w = step(sc, plan, step, state, fs, false);
            LpSolution a = fast.solve(w.lp());
            LpSolution b = reference.solve(w.lp());
            assertEquals(b.status(), a.status(), "status at step " + step);
            if (!a.optimal()) {
                continue;
            }
            assertEquals(b.objective(), a.objective(), 1e-7 * (1 + Math.abs(b.objective())), "objective at step " + step);
            SystemState.Builder next = state.toBuilder();
            fs.forEach(f -> f.advance(w, a.x(), 0, next));
            state = next.build();
        }
        assertTrue(fast.recoveries() <= 2, "low-level path needed " + fast.recoveries() + " recoveries");
    }

    /**
     * A price hint only moves where the simplex starts: on every step of random systems the objective is the same
     * with no hint, the look-ahead's price (as the engine gives it) and prices far off either way, the stores'
     * hints on their own rows kept.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void priceHintsLeaveTheOptimumAlone(long seed) {
        Scenario sc = RandomSystems.generate(seed, 48);
        SystemState state = SystemState.initial(sc.system());
        Plan plan = new Lookahead(sc.system(), sc.dispatch()).plan(0, 48, state);
        OjAlgoSolver solver = new OjAlgoSolver();
        double[] farOff = {-5_000, 20_000};
        for (int step = 0; step < 24; step++) {
            double[] objectives = new double[4];
            for (int hint = 0; hint < objectives.length; hint++) {
                // 0: no hint at all (the stores' own taken off too); 1: as the engine hints; 2, 3: far off
                WindowProblem w = step(sc, plan, step, state, Formulations.forSystem(sc.system()), hint == 1);
                for (int r = 0; hint == 0 && r < w.lp().rows(); r++) {
                    w.lp().priceHint(r, 0);
                }
                for (int z = 0; hint >= 2 && z < sc.system().zones().size(); z++) {
                    w.lp().priceHint(w.balanceRow(z, 0), farOff[hint - 2]);
                }
                LpSolution a = solver.solve(w.lp());
                assertTrue(a.optimal(), "step " + step + ", hint " + hint + ": " + a.detail());
                objectives[hint] = a.objective();
            }
            for (int hint = 1; hint < objectives.length; hint++) {
                assertEquals(objectives[0], objectives[hint], 1e-7 * (1 + Math.abs(objectives[0])),
                        "objective at step " + step + " with hint " + hint);
            }
        }
    }

    /** Step {@code step}'s LP from {@code state}, built by {@code fs}, hinted with the plan's prices if asked. */
    private static WindowProblem step(Scenario sc, Plan plan, int step, SystemState state, List<Formulation> fs,
            boolean hinted) {
        WindowProblem w = new WindowProblem(sc.system(), step, 1, WindowProblem.Commitment.FIXED, plan::on,
                id -> plan.costToGo(id, step), state, sc.dispatch().reserveShortfallCostPerMwh());
        if (hinted) {
            w.hintPrices(plan);
        }
        fs.forEach(f -> f.build(w));
        return w;
    }

    /**
     * By hand: three units of 10 MW at 10, 20 and 30 meet 25 MW for 450, whatever price the balance is hinted. An
     * inequality row's hint is ignored: taken off the costs of b and c, it would make them cheaper than a (550).
     */
    @org.junit.jupiter.api.Test
    void aPriceHintIsTakenOffTheCostsOfItsRowOnly() {
        for (double price : new double[] {0, 10, 25, 30, -100, 1e4}) {
            LinearModel m = new LinearModel();
            int[] p = {m.addVariable("a", 0, 10, 10), m.addVariable("b", 0, 10, 20), m.addVariable("c", 0, 10, 30)};
            int balance = m.addRow("balance", 25, 25);
            for (int v : p) {
                m.addTerm(balance, v, 1);
            }
            m.priceHint(balance, price);
            int both = m.addRow("b_and_c", 0, Double.POSITIVE_INFINITY);
            m.addTerm(both, p[1], 1);
            m.addTerm(both, p[2], 1);
            m.priceHint(both, 1_000);
            LpSolution sol = new OjAlgoSolver().solve(m);
            assertTrue(sol.optimal(), "hint " + price);
            assertEquals(450, sol.objective(), 1e-9, "hint " + price);
            assertEquals(5, sol.x()[p[2]], 1e-9, "hint " + price);
        }
    }

    /** Fixed variables are left out of the low-level LP: their terms move into the rows, rows of them alone drop. */
    @org.junit.jupiter.api.Test
    void variablesFixedByTheirBoundsAreTakenOutExactly() {
        LinearModel m = new LinearModel();
        int x = m.addVariable("x", 3, 3, 7);
        int y = m.addVariable("y", 0, 10, 2);
        int z = m.addVariable("z", 1, 1, 0);
        int sum = m.addRow("sum", 5, 5);
        m.addTerm(sum, x, 1);
        m.addTerm(sum, y, 1);
        int alone = m.addRow("alone", 2, 4);
        m.addTerm(alone, x, 1);
        m.addTerm(alone, z, 0.5);
        LpSolution a = new OjAlgoSolver().solve(m);
        assertEquals(LpSolution.Status.OPTIMAL, a.status());
        assertEquals(2, a.x()[y], 1e-9);
        assertEquals(3 * 7 + 2 * 2, a.objective(), 1e-9);

        LinearModel allFixed = new LinearModel();
        int f = allFixed.addVariable("f", 3, 3, 1);
        int row = allFixed.addRow("row", 4, Double.POSITIVE_INFINITY);
        allFixed.addTerm(row, f, 1);
        assertEquals(LpSolution.Status.INFEASIBLE, new OjAlgoSolver().solve(allFixed).status());
        allFixed.setBounds(f, 5, 5);
        LpSolution ok = new OjAlgoSolver().solve(allFixed);
        assertEquals(LpSolution.Status.OPTIMAL, ok.status());
        assertEquals(5, ok.objective(), 1e-12);
    }
}
