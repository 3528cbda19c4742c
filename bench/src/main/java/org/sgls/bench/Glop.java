package org.sgls.bench;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.sgls.dispatch.lp.LinearModel;
import org.sgls.dispatch.lp.LpSolution;
import org.sgls.dispatch.lp.LpSolver;

/**
 * OR-Tools' GLOP behind the engine's solver interface, for the horizon LPs of the perfect-foresight reference
 * (ojAlgo does not solve them in reasonable time, docs/architecture.md). Dual simplex: on these LPs (thousands
 * of time-coupled steps, every step feasible on its own) it was 5-10x faster than GLOP's default primal
 * simplex. Every answer is checked against the model's rows and bounds, as the engine checks ojAlgo's.
 */
final class Glop implements LpSolver {
    /**
     * A verified optimum with the rows' duals: {@code duals[r]} is the rate at which the optimal cost changes
     * with row r's bounds (negative where more room would save cost).
     */
    record Solved(LpSolution solution, double[] duals) {
    }

    /** Largest row or bound violation, relative to the row's magnitude, accepted from GLOP. */
    static final double TOLERANCE = 1e-6;

    static {
        Loader.loadNativeLibraries();
    }

    @Override
    public LpSolution solve(LinearModel m) {
        return solveWithDuals(m).solution();
    }

    Solved solveWithDuals(LinearModel m) {
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            if (!solver.setSolverSpecificParametersAsString("use_dual_simplex: true")) {
                throw new IllegalStateException("GLOP rejected its parameters");
            }
            MPVariable[] v = new MPVariable[m.variables()];
            MPConstraint[] rows = new MPConstraint[m.rows()];
            for (int j = 0; j < v.length; j++) {
                v[j] = solver.makeNumVar(finite(m.lower(j)), finite(m.upper(j)), "");
            }
            for (int r = 0; r < m.rows(); r++) {
                MPConstraint c = solver.makeConstraint(finite(m.rowLower(r)), finite(m.rowUpper(r)));
                rows[r] = c;
                for (int k = 0; k < m.rowSize(r); k++) {
                    MPVariable var = v[m.rowVar(r, k)];
                    // a row may name a variable twice; the terms add up
                    c.setCoefficient(var, c.getCoefficient(var) + m.rowCoef(r, k));
                }
            }
            MPObjective objective = solver.objective();
            for (int j = 0; j < v.length; j++) {
                if (m.cost(j) != 0) {
                    objective.setCoefficient(v[j], m.cost(j));
                }
            }
            objective.setMinimization();
            MPSolver.ResultStatus status = solver.solve();
            if (status == MPSolver.ResultStatus.INFEASIBLE) {
                return failed(LpSolution.Status.INFEASIBLE, "GLOP: infeasible");
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return failed(LpSolution.Status.FAILED, "GLOP: " + status);
            }
            double[] x = new double[v.length];
            for (int j = 0; j < x.length; j++) {
                x[j] = v[j].solutionValue();
            }
            double violation = m.maxViolation(x);
            if (!(violation <= TOLERANCE)) {
                return failed(LpSolution.Status.FAILED, "GLOP's answer breaks a row or bound by " + violation
                        + " (relative)");
            }
            double[] duals = new double[rows.length];
            for (int r = 0; r < rows.length; r++) {
                duals[r] = rows[r].dualValue();
            }
            return new Solved(new LpSolution(LpSolution.Status.OPTIMAL, x, m.objective(x), "GLOP: optimal"), duals);
        } finally {
            solver.delete();
        }
    }

    private static Solved failed(LpSolution.Status status, String detail) {
        return new Solved(new LpSolution(status, null, Double.NaN, detail), null);
    }

    private static double finite(double bound) {
        return Double.isFinite(bound) ? bound : Math.copySign(MPSolver.infinity(), bound);
    }

    @Override
    public int recoveries() {
        return 0;
    }
}
