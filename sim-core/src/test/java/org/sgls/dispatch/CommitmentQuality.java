package org.sgls.dispatch;

import java.util.List;
import org.sgls.dispatch.formulation.Formulations;
import org.sgls.dispatch.lookahead.Lookahead;
import org.sgls.dispatch.lp.LpSolution;
import org.sgls.dispatch.lp.LpSolver;
import org.sgls.model.Scenario;
import org.sgls.sim.RandomSystems;
import org.sgls.sim.SystemState;

/**
 * Measures the look-ahead's commitment against the exact unit-commitment MIP on one window: the heuristic's
 * commitment is evaluated exactly (the same MIP with the commitment imposed, so only the commitment differs),
 * and the LP relaxation gives a lower bound.
 */
public final class CommitmentQuality {
    /** Costs of one window: exact optimum, the heuristic's commitment, the relaxation bound; seconds. */
    public record Window(int units, int hours, double mipCost, double heuristicCost, double lpBound, double mipSeconds,
            double heuristicSeconds) {
        public double gap() {
            return (heuristicCost - mipCost) / Math.abs(mipCost);
        }

        public double relaxationGap() {
            return (mipCost - lpBound) / Math.abs(mipCost);
        }
    }

    private CommitmentQuality() {
    }

    public static Window measure(Scenario scenario, int hours, LpSolver exact) {
        var system = scenario.system();
        SystemState initial = SystemState.initial(system);
        double reserveCost = scenario.dispatch().reserveShortfallCostPerMwh();

        long t0 = System.nanoTime();
        LpSolution mip = solve(scenario, hours, WindowProblem.Commitment.INTEGER, null, exact);
        long t1 = System.nanoTime();
        if (mip.status() == LpSolution.Status.INFEASIBLE) {
            return null; // the window itself cannot be met (e.g. forced minimum outputs from the initial state)
        }
        Plan plan = new Lookahead(system, scenario.dispatch()).plan(0, hours, initial);
        long t2 = System.nanoTime();
        LpSolution heuristic = solve(scenario, hours, WindowProblem.Commitment.INTEGER, plan::on, exact);
        LpSolution relaxed = solve(scenario, hours, WindowProblem.Commitment.RELAXED, null, exact);
        if (!mip.optimal() || !heuristic.optimal() || !relaxed.optimal()) {
            throw new IllegalStateException("reference solve failed: " + mip.detail() + " / " + heuristic.detail() + " / "
                    + relaxed.detail() + " (reserve cost " + reserveCost + ")");
        }
        int units = system.all(org.sgls.model.ThermalUnit.class).size();
        return new Window(units, hours, mip.objective(), heuristic.objective(), relaxed.objective(), (t1 - t0) / 1e9,
                (t2 - t1) / 1e9);
    }

    private static LpSolution solve(Scenario scenario, int hours, WindowProblem.Commitment mode,
            WindowProblem.CommitmentSource imposed, LpSolver solver) {
        WindowProblem w = new WindowProblem(scenario.system(), 0, hours, mode, imposed, null,
                SystemState.initial(scenario.system()), scenario.dispatch().reserveShortfallCostPerMwh());
        List<Formulation> fs = Formulations.forSystem(scenario.system());
        for (Formulation f : fs) {
            f.build(w);
        }
        return solver.solve(w.lp());
    }

    /** Prints the table written into docs/formulation.md. */
    public static void main(String[] args) {
        OrToolsSolver scip = new OrToolsSolver(120);
        System.out.println("| units | hours | zones | seed | exact MIP | look-ahead | gap | LP bound gap | MIP s | look-ahead s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int units : new int[] {10, 20}) {
            for (int hours : new int[] {24, 48}) {
                for (int zones : new int[] {1, 2}) {
                    for (long seed = 1; seed <= 5; seed++) {
                        Window w = measure(RandomSystems.generate(seed, hours, zones, units), hours, scip);
                        if (w == null) {
                            System.out.printf("| %d | %d | %d | %d | infeasible window, skipped | | | | | |%n", units, hours, zones, seed);
                            continue;
                        }
                        System.out.printf("| %d | %d | %d | %d | %.0f | %.0f | %.3f %% | %.3f %% | %.2f | %.4f |%n", units, hours,
                                zones, seed, w.mipCost(), w.heuristicCost(), 100 * w.gap(), 100 * w.relaxationGap(),
                                w.mipSeconds(), w.heuristicSeconds());
                    }
                }
            }
        }
    }
}
