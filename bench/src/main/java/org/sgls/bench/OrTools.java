package org.sgls.bench;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import org.sgls.dispatch.lp.LinearModel;

/**
 * OR-Tools for the perfect-foresight reference, whose horizon LPs ojAlgo does not solve in reasonable time
 * (docs/architecture.md): GLOP for LPs, with every answer checked against the model's rows and bounds as the
 * engine checks ojAlgo's; SCIP for a MIP's proven lower bound.
 */
final class OrTools {
    /** Largest row or bound violation, relative to the row's magnitude, accepted from GLOP. */
    static final double TOLERANCE = 1e-6;

    static {
        Loader.loadNativeLibraries();
    }

    /**
     * A verified LP optimum with the rows' duals: {@code duals[r]} is the rate at which the optimal cost changes
     * with row r's bounds (negative where more room would save cost).
     */
    record Solved(double objective, double[] x, double[] duals) {
    }

    private OrTools() {
    }

    /**
     * The LP's optimum by GLOP's dual simplex (on these LPs, thousands of time-coupled steps each feasible on its
     * own, 5-10x faster than its default primal simplex).
     *
     * @throws IllegalStateException when GLOP finds no optimum or its answer fails the check
     */
    static Solved lp(LinearModel m) {
        MPSolver solver = load(m, "GLOP", false);
        try {
            if (!solver.setSolverSpecificParametersAsString("use_dual_simplex: true")) {
                throw new IllegalStateException("GLOP rejected its parameters");
            }
            MPSolver.ResultStatus status = solver.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException(m.name() + ": GLOP: " + status);
            }
            MPVariable[] v = solver.variables();
            double[] x = new double[v.length];
            for (int j = 0; j < x.length; j++) {
                x[j] = v[j].solutionValue();
            }
            double violation = m.maxViolation(x);
            if (!(violation <= TOLERANCE)) {
                throw new IllegalStateException(m.name() + ": GLOP's answer breaks a row or bound by " + violation
                        + " (relative)");
            }
            MPConstraint[] rows = solver.constraints();
            double[] duals = new double[rows.length];
            for (int r = 0; r < rows.length; r++) {
                duals[r] = rows[r].dualValue();
            }
            return new Solved(m.objective(x), x, duals);
        } finally {
            solver.delete();
        }
    }

    /**
     * SCIP's proven lower bound on the MIP's optimum after at most {@code seconds} (the optimum itself when it
     * closes the gap to 1e-6 in time).
     *
     * @throws IllegalStateException when SCIP proves nothing (infeasible, or no bound)
     */
    static double mipBound(LinearModel m, double seconds) {
        MPSolver solver = load(m, "SCIP", true);
        try {
            solver.setTimeLimit((long) (seconds * 1000));
            MPSolverParameters params = new MPSolverParameters();
            params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-6);
            MPSolver.ResultStatus status = solver.solve(params);
            double bound = solver.objective().bestBound();
            if ((status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE)
                    || !Double.isFinite(bound)) {
                throw new IllegalStateException(m.name() + ": SCIP: " + status + ", bound " + bound);
            }
            return bound;
        } finally {
            solver.delete();
        }
    }

    private static MPSolver load(LinearModel m, String solverId, boolean integers) {
        MPSolver solver = MPSolver.createSolver(solverId);
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no solver " + solverId);
        }
        MPVariable[] v = new MPVariable[m.variables()];
        for (int j = 0; j < v.length; j++) {
            v[j] = integers && m.isInteger(j) ? solver.makeIntVar(finite(m.lower(j)), finite(m.upper(j)), "")
                    : solver.makeNumVar(finite(m.lower(j)), finite(m.upper(j)), "");
        }
        for (int r = 0; r < m.rows(); r++) {
            MPConstraint c = solver.makeConstraint(finite(m.rowLower(r)), finite(m.rowUpper(r)));
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
        return solver;
    }

    private static double finite(double bound) {
        return Double.isFinite(bound) ? bound : Math.copySign(MPSolver.infinity(), bound);
    }
}
