package org.sgls.dispatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sgls.dispatch.formulation.Formulations;
import org.sgls.dispatch.lp.LinearModel;
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
 *
 * <p>When the solver fails on a step (an error, an answer that fails verification, its time limit), the step is
 * tried again by the next {@link Attempt}, each a simpler problem than the one before; every failed attempt is
 * kept in the {@link Outcome} with its model, so the step can be dumped and reproduced. Only when every attempt
 * fails is a {@link DispatchFailure} thrown.
 */
public final class EconomicDispatch {
    /** The ways a step is solved, in order: each later one is a fallback for a solver that failed on the others. */
    public enum Attempt {
        /** the plan's commitment and the stores' cost-to-go (units released only if infeasible) */
        PLANNED("planned"),
        /** the plan's commitment without the cost-to-go terms: a smaller LP */
        NO_COST_TO_GO("no_cost_to_go"),
        /** every unit as it was at the end of the previous step (never breaks a minimum up or down time) */
        PREVIOUS_COMMITMENT("previous_commitment"),
        /** the plan's commitment, a failed solve treated as infeasible: expensive units released one at a time */
        RELEASE_UNITS("release_units");

        private final String label;

        Attempt(String label) {
            this.label = label;
        }

        /** snake_case, as written in {@code failures/} */
        public String label() {
            return label;
        }
    }

    /**
     * An attempt that failed: why, and the text of the LP the solver failed on ({@link LinearModel#dump}), or null
     * when no LP was to blame (infeasible with every unit released).
     */
    public record FailedAttempt(Attempt attempt, String reason, String model) {
    }

    /** One solved step; {@code failed} lists the attempts the solver failed on before {@code attempt} worked. */
    public record Outcome(WindowProblem problem, List<Formulation> formulations, double[] x, Set<String> released,
            Attempt attempt, List<FailedAttempt> failed) {
        public Outcome {
            released = Set.copyOf(released);
            failed = List.copyOf(failed);
        }

        /** Units were released to make the step feasible. */
        public boolean fallback() {
            return !released.isEmpty();
        }

        /** The solver failed on the step and a fallback attempt solved it. */
        public boolean solverFallback() {
            return !failed.isEmpty();
        }
    }

    /** Re-solves of a step for a finer cost around the answer; one is the rule, more when the answer moves. */
    static final int MAX_COST_REFINEMENTS = 4;

    private final PowerSystem system;
    private final LpSolver solver;
    private final double reserveShortfallCostPerMwh;
    /** The units in the order an infeasible step releases them: dearest at full output first. */
    private final List<ThermalUnit> releaseOrder;

    public EconomicDispatch(PowerSystem system, LpSolver solver, double reserveShortfallCostPerMwh) {
        this.system = system;
        this.solver = solver;
        this.reserveShortfallCostPerMwh = reserveShortfallCostPerMwh;
        List<ThermalUnit> byCost = new ArrayList<>(system.all(ThermalUnit.class));
        byCost.sort((a, b) -> Double.compare(b.marginalCostAtPmaxPerMwh(), a.marginalCostAtPmaxPerMwh()));
        this.releaseOrder = List.copyOf(byCost);
    }

    /**
     * Dispatches absolute step {@code step} from {@code state} with the plan's commitment and cost-to-go, falling
     * back to simpler attempts when the solver fails.
     *
     * @throws DispatchFailure when every attempt failed (each one's reason in its message, the last LP the solver
     *     failed on as its model)
     */
    public Outcome solve(int step, SystemState state, Plan plan) {
        List<FailedAttempt> failed = new ArrayList<>();
        LinearModel lastModel = null; // the last LP the solver failed on, for the dump
        for (Attempt attempt : Attempt.values()) {
            try {
                Outcome o = solve(step, state, plan, attempt);
                return new Outcome(o.problem(), o.formulations(), o.x(), o.released(), attempt, failed);
            } catch (DispatchFailure e) {
                failed.add(new FailedAttempt(attempt, e.getMessage(), e.model() == null ? null : e.model().dump()));
                lastModel = e.model() == null ? lastModel : e.model();
            }
        }
        StringBuilder why = new StringBuilder("step " + system.axis().label(step) + ": every attempt failed (");
        for (FailedAttempt f : failed) {
            why.append(f == failed.get(0) ? "" : "; ").append(f.attempt().label()).append(": ").append(f.reason());
        }
        throw new DispatchFailure(why.append(')').toString(), lastModel);
    }

    private Outcome solve(int step, SystemState state, Plan plan, Attempt attempt) {
        boolean costToGo = attempt == Attempt.PLANNED;
        boolean failedAsInfeasible = attempt == Attempt.RELEASE_UNITS;
        WindowProblem.CommitmentSource base = attempt == Attempt.PREVIOUS_COMMITMENT
                ? (id, s) -> state.unit(id).on() : plan::on;
        WindowProblem.TerminalCosts terminal = costToGo ? id -> plan.costToGo(id, step) : null;
        Set<String> released = new HashSet<>();
        while (true) {
            WindowProblem.CommitmentSource commit = (id, s) -> !released.contains(id) && base.on(id, s);
            Outcome o = solveWithChoices(step, state, commit, terminal, plan, released, attempt, failedAsInfeasible);
            if (o != null) {
                return o;
            }
            ThermalUnit next = releaseOrder.stream().filter(u -> commit.on(u.id(), step)).findFirst().orElse(null);
            if (next == null) {
                throw new DispatchFailure(failedAsInfeasible ? "no answer from the solver even with every unit released"
                        : "no feasible dispatch even with every unit released");
            }
            released.add(next.id());
        }
    }

    /**
     * Solves the step, then settles, one component at a time, every yes/no decision the LP could not take
     * (see {@link Formulation#needsChoice}): both answers are solved and the cheaper feasible one kept.
     */
    private Outcome solveWithChoices(int step, SystemState state, WindowProblem.CommitmentSource commit,
            WindowProblem.TerminalCosts terminal, Plan plan, Set<String> released, Attempt attempt,
            boolean failedAsInfeasible) {
        Map<String, Boolean> choices = new LinkedHashMap<>();
        Outcome best = build(step, state, commit, terminal, plan, choices, released, attempt, failedAsInfeasible);
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
            Outcome yes = build(step, state, commit, terminal, plan, choices, released, attempt, failedAsInfeasible);
            choices.put(pending, false);
            Outcome no = build(step, state, commit, terminal, plan, choices, released, attempt, failedAsInfeasible);
            boolean yesBetter = no == null || (yes != null && objective(yes) < objective(no));
            choices.put(pending, yesBetter);
            best = yesBetter ? yes : no;
        }
        return null;
    }

    private static double objective(Outcome o) {
        return o.problem().lp().objective(o.x());
    }

    /**
     * The step solved; null when infeasible (or, if {@code failedAsInfeasible}, when the solver failed). Solved
     * again, up to {@link #MAX_COST_REFINEMENTS} times, while a formulation asks for a finer cost around its
     * answer ({@link Formulation#refineCost}); a refinement the solver fails on leaves the answer before it.
     */
    private Outcome build(int step, SystemState state, WindowProblem.CommitmentSource commit,
            WindowProblem.TerminalCosts terminal, Plan plan, Map<String, Boolean> choices, Set<String> released,
            Attempt attempt, boolean failedAsInfeasible) {
        Map<String, Double> centres = new HashMap<>();
        Outcome answer = null;
        for (int pass = 0; pass <= MAX_COST_REFINEMENTS; pass++) {
            WindowProblem w = new WindowProblem(system, step, 1, WindowProblem.Commitment.FIXED, commit, terminal,
                    state, reserveShortfallCostPerMwh);
            boolean refined = pass > 0;
            w.lp().name(() -> "step " + system.axis().label(step) + ", " + attempt.label()
                    + (refined ? ", refined" : ""));
            choices.forEach(w::choose);
            centres.forEach(w::refineCostAround);
            w.hintPrices(plan);
            List<Formulation> formulations = Formulations.forSystem(system);
            for (Formulation f : formulations) {
                f.build(w);
            }
            LpSolution sol = solver.solve(w.lp());
            if (sol.status() == LpSolution.Status.INFEASIBLE || (failedAsInfeasible && !sol.optimal())) {
                return answer;
            }
            if (!sol.optimal()) {
                if (answer != null) {
                    return answer;
                }
                throw new DispatchFailure(sol.detail(), w.lp());
            }
            answer = new Outcome(w, formulations, sol.x(), released, attempt, List.of());
            boolean unsettled = false;
            for (Formulation f : formulations) {
                unsettled |= f.refineCost(w, sol.x(), centres);
            }
            if (!unsettled) {
                break;
            }
        }
        return answer;
    }
}
