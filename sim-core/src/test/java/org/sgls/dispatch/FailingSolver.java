package org.sgls.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.sgls.dispatch.lp.LinearModel;
import org.sgls.dispatch.lp.LpSolution;
import org.sgls.dispatch.lp.LpSolver;
import org.sgls.dispatch.lp.OjAlgoSolver;
import org.sgls.sim.RunOptions;

/**
 * Test solver: ojAlgo, except that it answers FAILED ("injected failure") for the models {@code fails} picks,
 * e.g. by their name ({@code step 2030-01-01T05:00, planned}). Records the name of every model it was given.
 */
public final class FailingSolver implements LpSolver {
    public static final String REASON = "injected failure";

    private final LpSolver real = new OjAlgoSolver();
    private final Predicate<LinearModel> fails;
    private final List<String> seen = new ArrayList<>();

    public FailingSolver(Predicate<LinearModel> fails) {
        this.fails = fails;
    }

    /** Fails every model whose name starts with one of {@code names} ("step 2030-01-01T05:00, planned"). */
    public static FailingSolver failing(String... names) {
        return new FailingSolver(m -> List.of(names).stream().anyMatch(n -> m.name().startsWith(n)));
    }

    /** Run options whose solver is this one. */
    public RunOptions options() {
        return RunOptions.DEFAULT.withSolver(limit -> this);
    }

    @Override
    public LpSolution solve(LinearModel model) {
        seen.add(model.name());
        if (fails.test(model)) {
            return new LpSolution(LpSolution.Status.FAILED, null, Double.NaN, REASON);
        }
        return real.solve(model);
    }

    @Override
    public int recoveries() {
        return real.recoveries();
    }

    /** The names of the models solved, in order. */
    public List<String> seen() {
        return seen;
    }
}
