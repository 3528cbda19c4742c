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
        var system = sc.system();
        SystemState state = SystemState.initial(system);
        Plan plan = new Lookahead(system, sc.dispatch()).plan(0, 48, state);
        OjAlgoSolver fast = new OjAlgoSolver();
        OjAlgoSolver reference = OjAlgoSolver.modellingLayer();
        for (int step = 0; step < 24; step++) {
            final int s = step;
            WindowProblem w = new WindowProblem(system, step, 1, WindowProblem.Commitment.FIXED, plan::on,
                    id -> plan.costToGo(id, s), state, sc.dispatch().reserveShortfallCostPerMwh());
            List<Formulation> fs = Formulations.forSystem(system);
            fs.forEach(f -> f.build(w));
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
