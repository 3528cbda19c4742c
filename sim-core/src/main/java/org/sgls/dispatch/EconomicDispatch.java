package org.sgls.dispatch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sgls.dispatch.formulation.Formulations;
import org.sgls.dispatch.lp.LpSolution;
import org.sgls.dispatch.lp.LpSolver;
import org.sgls.model.Component;
import org.sgls.model.Electrolyzer;
import org.sgls.model.PowerSystem;
import org.sgls.model.ThermalUnit;
import org.sgls.sim.SystemState;

/**
 * The per-step economic dispatch: one LP per step with the commitment fixed, solved by the {@link LpSolver}
 * (ojAlgo). Two things an LP cannot say directly are handled around it: an electrolyzer's minimum load (branch
 * on running / off for any electrolyzer the LP leaves between 0 and its minimum, keep the cheaper), and a
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
            Outcome o = solveWithMinimumLoads(step, state, plan, commit, released);
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

    private Outcome solveWithMinimumLoads(int step, SystemState state, Plan plan, WindowProblem.CommitmentSource commit,
            Set<String> released) {
        List<String> forcedOff = new ArrayList<>();
        List<String> forcedOn = new ArrayList<>();
        Outcome best = build(step, state, plan, commit, forcedOn, forcedOff, released);
        if (best == null) {
            return null;
        }
        for (Component c : system.components()) {
            if (!(c instanceof Electrolyzer e) || e.pminMw() <= 0) {
                continue;
            }
            double use = useOf(best, e.id());
            if (use > 1e-6 && use < e.pminMw() - 1e-6) {
                forcedOff.add(e.id());
                Outcome off = build(step, state, plan, commit, forcedOn, forcedOff, released);
                forcedOff.remove(e.id());
                forcedOn.add(e.id());
                Outcome running = build(step, state, plan, commit, forcedOn, forcedOff, released);
                forcedOn.remove(e.id());
                boolean offBetter = running == null || (off != null && objective(off) <= objective(running));
                (offBetter ? forcedOff : forcedOn).add(e.id());
                best = offBetter ? off : running;
                if (best == null) {
                    return null;
                }
            }
        }
        return best;
    }

    private static double objective(Outcome o) {
        return o.problem().lp().objective(o.x());
    }

    private static double useOf(Outcome o, String id) {
        for (Formulation f : o.formulations()) {
            if (f.id().equals(id)) {
                return Formulations.electrolyzerUseMw(f, o.x(), 0);
            }
        }
        throw new IllegalStateException("no formulation for " + id);
    }

    private Outcome build(int step, SystemState state, Plan plan, WindowProblem.CommitmentSource commit,
            List<String> forcedOn, List<String> forcedOff, Set<String> released) {
        WindowProblem w = new WindowProblem(system, step, 1, WindowProblem.Commitment.FIXED, commit,
                id -> plan.costToGo(id, step), state, reserveShortfallCostPerMwh);
        forcedOn.forEach(id -> w.forceRunning(id, true));
        forcedOff.forEach(id -> w.forceRunning(id, false));
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
