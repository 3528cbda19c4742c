package org.sgls.dispatch.lp;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * ojAlgo behind {@link LpSolver}. A fresh {@link ExpressionsBasedModel} per solve (ojAlgo's presolve rewrites
 * bounds in place, so re-use is unsafe), and every answer is checked against the rows and bounds: ojAlgo has
 * been seen to report OPTIMAL for points that break rows (docs/architecture.md). A failed check is retried
 * once with the other simplex; what still fails is reported as FAILED, never returned as optimal.
 */
public final class OjAlgoSolver implements LpSolver {
    /** Relative residual accepted on a row or bound. */
    public static final double TOLERANCE = 1e-7;

    private final long timeLimitMs;
    private int recoveries;

    public OjAlgoSolver() {
        this(60_000);
    }

    public OjAlgoSolver(long timeLimitMs) {
        this.timeLimitMs = timeLimitMs;
    }

    @Override
    public LpSolution solve(LinearModel model) {
        LpSolution first = solveOnce(model, false);
        if (first.optimal() || first.status() == LpSolution.Status.INFEASIBLE) {
            return first;
        }
        recoveries++;
        LpSolution second = solveOnce(model, true);
        return second.optimal() ? second : first;
    }

    @Override
    public int recoveries() {
        return recoveries;
    }

    private LpSolution solveOnce(LinearModel m, boolean alternative) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        model.options.time_abort = timeLimitMs;
        if (alternative) {
            model.options.linear().primal();
        }
        Variable[] v = new Variable[m.variables()];
        for (int j = 0; j < v.length; j++) {
            Variable var = model.addVariable("x" + j).weight(m.cost(j));
            if (Double.isFinite(m.lower(j))) {
                var.lower(m.lower(j));
            }
            if (Double.isFinite(m.upper(j))) {
                var.upper(m.upper(j));
            }
            if (m.isInteger(j)) {
                var.integer(true);
            }
            v[j] = var;
        }
        for (int r = 0; r < m.rows(); r++) {
            Expression e = model.addExpression("r" + r);
            if (Double.isFinite(m.rowLower(r))) {
                e.lower(m.rowLower(r));
            }
            if (Double.isFinite(m.rowUpper(r))) {
                e.upper(m.rowUpper(r));
            }
            for (int k = 0; k < m.rowSize(r); k++) {
                e.add(v[m.rowVar(r, k)], (Double) m.rowCoef(r, k));
            }
        }
        Optimisation.Result result = model.minimise();
        Optimisation.State state = result.getState();
        if (state == Optimisation.State.INFEASIBLE) {
            return new LpSolution(LpSolution.Status.INFEASIBLE, null, Double.NaN, "ojAlgo: infeasible");
        }
        if (!state.isFeasible()) {
            return new LpSolution(LpSolution.Status.FAILED, null, Double.NaN, "ojAlgo: " + state);
        }
        double[] x = new double[v.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = result.doubleValue(j);
        }
        double violation = m.maxViolation(x);
        if (violation > TOLERANCE) {
            return new LpSolution(LpSolution.Status.FAILED, null, Double.NaN,
                    "ojAlgo answer breaks a row or bound by " + violation + " (relative)");
        }
        return new LpSolution(LpSolution.Status.OPTIMAL, x, m.objective(x), state.toString());
    }
}
