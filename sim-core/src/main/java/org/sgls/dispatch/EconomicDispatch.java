package org.sgls.dispatch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sgls.dispatch.formulation.Formulations;
import org.sgls.dispatch.lp.LpSolution;
import org.sgls.dispatch.lp.LpSolver;
import org.sgls.model.PowerSystem;
import org.sgls.model.ThermalUnit;
import org.sgls.sim.SystemState;

/**
 * The per-step economic dispatch: one LP per step with the commitment fixed, solved by the {@link LpSolver}
 * (ojAlgo). Two things an LP cannot say directly are handled around it: yes/no decisions such as an
 * electrolyzer's minimum load or a store not charging and discharging at once (solve both ways, keep the
 * cheaper; see {@link Formulation#needsChoice}), and a
 * commitment that cannot be honoured (minimum outputs that exceed everything that can absorb them): the most
 * expensive committed units are released for the step until it is feasible, and the step is counted as a
 * fallback.
 */
public final class EconomicDispatch {
    /** One solved step. */
    public record Outcome(WindowProblem problem, List<Formulation> formulations, double[] x, Set<String> released) {
        public boolean fallback() {
            return !released.isEmpty();
        }
    }

    private final PowerSystem system;
    private final LpSolver solver;
    private final double reserveShortfallCostPerMwh;

    public EconomicDispatch(PowerSystem system, LpSolver solver, double reserveShortfallCostPerMwh) {
        this.system = system;
        this.solver = solver;
        this.reserveShortfallCostPerMwh = reserveShortfallCostPerMwh;
    }

    /** Dispatches absolute step {@code step} from {@code state} with the plan's commitment and cost-to-go. */
    public Outcome solve(int step, SystemState state, Plan plan) {
        Set<String> released = new HashSet<>();
        List<ThermalUnit> byCost = new ArrayList<>(system.all(ThermalUnit.class));
        byCost.sort((a, b) -> Double.compare(b.marginalCostPerMwh(), a.marginalCostPerMwh()));
        while (true) {
            WindowProblem.CommitmentSource commit = (id, s) -> !released.contains(id) && plan.on(id, s);
            Outcome o = solveWithChoices(step, state, plan, commit, released);
            if (o != null) {
                return o;
            }
            ThermalUnit next = byCost.stream().filter(u -> commit.on(u.id(), step)).findFirst().orElse(null);
            if (next == null) {
                throw new DispatchFailure("step " + system.axis().label(step) + ": no feasible dispatch even with every unit released");
            }
            released.add(next.id());
        }
    }

    /**
     * Solves the step, then settles, one component at a time, every yes/no decision the LP could not take
     * (see {@link Formulation#needsChoice}): both answers are solved and the cheaper feasible one kept.
     */
    private Outcome solveWithChoices(int step, SystemState state, Plan plan, WindowProblem.CommitmentSource commit,
            Set<String> released) {
        Map<String, Boolean> choices = new LinkedHashMap<>();
        Outcome best = build(step, state, plan, commit, choices, released);
        while (best != null) {
            String pending = null;
            for (Formulation f : best.formulations()) {
                if (!choices.containsKey(f.id()) && f.needsChoice(best.problem(), best.x(), 0)) {
                    pending = f.id();
                    break;
                }
            }
            if (pending == null) {
                return best;
            }
            choices.put(pending, true);
            Outcome yes = build(step, state, plan, commit, choices, released);
            choices.put(pending, false);
            Outcome no = build(step, state, plan, commit, choices, released);
            boolean yesBetter = no == null || (yes != null && objective(yes) < objective(no));
            choices.put(pending, yesBetter);
            best = yesBetter ? yes : no;
        }
        return null;
    }

    private static double objective(Outcome o) {
        return o.problem().lp().objective(o.x());
    }

    private Outcome build(int step, SystemState state, Plan plan, WindowProblem.CommitmentSource commit,
            Map<String, Boolean> choices, Set<String> released) {
        WindowProblem w = new WindowProblem(system, step, 1, WindowProblem.Commitment.FIXED, commit,
                id -> plan.costToGo(id, step), state, reserveShortfallCostPerMwh);
        choices.forEach(w::choose);
        List<Formulation> formulations = Formulations.forSystem(system);
        for (Formulation f : formulations) {
            f.build(w);
        }
        LpSolution sol = solver.solve(w.lp());
        if (sol.status() == LpSolution.Status.INFEASIBLE) {
            return null;
        }
        if (!sol.optimal()) {
            throw new DispatchFailure("step " + system.axis().label(step) + ": " + sol.detail(), w.lp());
        }
        return new Outcome(w, formulations, sol.x(), Set.copyOf(released));
    }
}
