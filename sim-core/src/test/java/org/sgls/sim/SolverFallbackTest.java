package org.sgls.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sgls.dispatch.DispatchFailure;
import org.sgls.dispatch.EconomicDispatch.Attempt;
import org.sgls.dispatch.EconomicDispatch.FailedAttempt;
import org.sgls.dispatch.FailingSolver;
import org.sgls.dispatch.lp.LinearModel;
import org.sgls.dispatch.lp.LpSolution;
import org.sgls.dispatch.lp.OjAlgoSolver;
import org.sgls.model.Scenario;
import org.sgls.model.ThermalUnit;

/**
 * Solver trouble on a step never ends a run: the step is tried again by simpler attempts (no cost-to-go, the
 * previous step's commitment, units released), the run completes and obeys the physics, the fallback is counted
 * ({@code fallback_windows}) and the failed models are kept for the dump. The solver is injected and fails on
 * purpose on chosen steps and attempts.
 */
class SolverFallbackTest {
    /** Three days of a random two-zone system with every kind (seed chosen so units run in every hour). */
    private static final Scenario SCENARIO = RandomSystems.generate(3, 72, 2, 5);

    private static RunResult run(FailingSolver solver) {
        RunResult run = Simulation.run(SCENARIO, solver.options());
        Invariants.assertPhysical(run);
        return run;
    }

    private static String step(int t) {
        return "step " + SCENARIO.system().axis().label(t) + ", ";
    }

    @Test
    void aFailedStepIsSolvedAgainWithoutTheCostToGo() {
        RunResult base = run(new FailingSolver(m -> false));
        FailingSolver solver = FailingSolver.failing(step(5) + "planned");
        RunResult run = run(solver);

        assertEquals(0, base.stats().fallbackWindows());
        assertEquals(List.of(), base.failures());
        assertEquals(1, run.stats().fallbackWindows());
        assertEquals(1, run.failures().size());
        StepFailure f = run.failures().get(0);
        assertEquals(5, f.step());
        assertEquals(SCENARIO.system().axis().time(5), f.time());
        assertEquals(Attempt.NO_COST_TO_GO, f.solvedBy());
        assertEquals(1, f.failed().size());
        FailedAttempt planned = f.failed().get(0);
        assertEquals(Attempt.PLANNED, planned.attempt());
        assertEquals(FailingSolver.REASON, planned.reason());
        assertTrue(planned.model().startsWith("\\ " + step(5) + "planned\nminimize\n"), planned.model());
        assertTrue(planned.model().contains("bat_ctg_"), "the planned LP carries the cost-to-go terms");
        assertTrue(solver.seen().contains(step(5) + "no_cost_to_go"));
        // the state the step started from is the one the previous step left
        for (ThermalUnit u : SCENARIO.system().all(ThermalUnit.class)) {
            assertEquals(run.results().find(u.id(), "on")[4] == 1, f.before().unit(u.id()).on(), u.id());
            assertEquals(run.results().find(u.id(), "p_mw")[4], f.before().unit(u.id()).pMw(), 1e-9, u.id());
        }
        assertEquals(run.results().find("bat", "soc_mwh")[4], f.before().energy("bat"), 1e-9);
        // before the failure the run is the same as without it; the fallback step ends its window
        for (int t = 0; t < 5; t++) {
            assertEquals(base.results().find("bat", "soc_mwh")[t], run.results().find("bat", "soc_mwh")[t], 0, "step " + t);
        }
        assertEquals(base.stats().windows() + 1, run.stats().windows());
    }

    @Test
    void thenWithThePreviousStepsCommitment() {
        RunResult base = run(new FailingSolver(m -> false));
        assertTrue(SCENARIO.system().all(ThermalUnit.class).stream()
                .anyMatch(u -> base.results().find(u.id(), "on")[6] != base.results().find(u.id(), "on")[7]),
                "the test needs a commitment change planned at step 7");
        FailingSolver solver = FailingSolver.failing(step(7) + "planned", step(7) + "no_cost_to_go");
        RunResult run = run(solver);

        assertEquals(1, run.stats().fallbackWindows());
        StepFailure f = run.failures().get(0);
        assertEquals(Attempt.PREVIOUS_COMMITMENT, f.solvedBy());
        assertEquals(List.of(Attempt.PLANNED, Attempt.NO_COST_TO_GO), f.failed().stream().map(FailedAttempt::attempt).toList());
        for (ThermalUnit u : SCENARIO.system().all(ThermalUnit.class)) {
            double[] on = run.results().find(u.id(), "on");
            assertEquals(on[6], on[7], u.id() + " keeps its commitment");
        }
    }

    @Test
    void thenWithUnitsReleasedAsForAnInfeasibleStep() {
        // every try at step 9 fails, except those of the last attempt once a unit has been released
        AtomicInteger releaseTries = new AtomicInteger();
        FailingSolver solver = new FailingSolver(m -> m.name().startsWith(step(9))
                && (!m.name().endsWith("release_units") || releaseTries.incrementAndGet() == 1));
        RunResult base = run(new FailingSolver(m -> false));
        List<String> committedAt9 = new ArrayList<>();
        for (ThermalUnit u : SCENARIO.system().all(ThermalUnit.class)) {
            if (base.results().find(u.id(), "on")[9] == 1) {
                committedAt9.add(u.id());
            }
        }
        assertFalse(committedAt9.isEmpty(), "the test needs a unit committed at step 9");
        RunResult run = run(solver);

        StepFailure f = run.failures().get(0);
        assertEquals(Attempt.RELEASE_UNITS, f.solvedBy());
        assertEquals(List.of(Attempt.PLANNED, Attempt.NO_COST_TO_GO, Attempt.PREVIOUS_COMMITMENT),
                f.failed().stream().map(FailedAttempt::attempt).toList());
        assertEquals(1, run.stats().fallbackWindows());
        assertEquals(base.stats().fallbackSteps() + 1, run.stats().fallbackSteps(), "a unit was released");
    }

    @Test
    void aStepNoAttemptCanSolveIsAnErrorThatListsEveryAttempt() {
        FailingSolver solver = FailingSolver.failing(step(3));
        DispatchFailure e = assertThrows(DispatchFailure.class, () -> Simulation.run(SCENARIO, solver.options()));
        assertEquals(step(3).replace(", ", ": ") + "every attempt failed (planned: injected failure; no_cost_to_go: "
                + "injected failure; previous_commitment: injected failure; release_units: no answer from the solver "
                + "even with every unit released)", e.getMessage());
        assertTrue(e.model().name().startsWith(step(3)), e.model().name());
    }

    @Test
    void onlyTheFirstFailuresAreKeptButAllAreCounted() {
        FailingSolver solver = new FailingSolver(m -> m.name().endsWith("planned"));
        RunResult run = run(solver);
        assertEquals(72, run.stats().fallbackWindows(), "every step failed once");
        assertEquals(Simulation.MAX_FAILURES_KEPT, run.failures().size());
        assertEquals(List.of(0, 1, 2), run.failures().stream().limit(3).map(StepFailure::step).toList());
    }

    @Test
    void theStepTimeLimitReachesTheSolver() {
        List<Duration> limits = new ArrayList<>();
        RunOptions options = RunOptions.DEFAULT.withSolver(limit -> {
            limits.add(limit);
            return new OjAlgoSolver(limit.toMillis());
        });
        Simulation.run(RandomSystems.generate(1, 4), options);
        Simulation.run(RandomSystems.generate(1, 4), options.withStepTimeLimit(Duration.ofMillis(2500)));
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofMillis(2500)), limits);
        assertThrows(IllegalArgumentException.class, () -> options.withStepTimeLimit(Duration.ZERO));
    }

    @Test
    void aSolveOverTheTimeLimitIsAFailureNotAnAnswer() {
        LinearModel m = new LinearModel();
        int x = m.addVariable("x", 0, 10, 1);
        int row = m.addRow("r", 3, Double.POSITIVE_INFINITY);
        m.addTerm(row, x, 1);
        LpSolution ok = new OjAlgoSolver(10_000).solve(m);
        assertTrue(ok.optimal());
        assertEquals(3, ok.x()[x], 1e-9);
        LpSolution late = new OjAlgoSolver(0).solve(m);
        assertEquals(LpSolution.Status.FAILED, late.status());
        assertNull(late.x());
        assertTrue(late.detail().startsWith("ojAlgo: time limit of 0.0 s reached"), late.detail());
    }
}
