package org.sgls.dispatch;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import org.sgls.dispatch.lp.LinearModel;
import org.sgls.dispatch.lp.LpSolution;
import org.sgls.dispatch.lp.LpSolver;

/**
 * Test-scope reference solver: SCIP for models with integer variables (to a 1e-6 relative gap), GLOP for
 * pure LPs. Used to measure the commitment method, never by the engine itself.
 */
public final class OrToolsSolver implements LpSolver {
    static {
        Loader.loadNativeLibraries();
    }

    private final double timeLimitS;

    public OrToolsSolver(double timeLimitS) {
        this.timeLimitS = timeLimitS;
    }

    @Override
    public LpSolution solve(LinearModel m) {
        boolean mip = false;
        for (int j = 0; j < m.variables(); j++) {
            mip |= m.isInteger(j);
        }
        MPSolver solver = MPSolver.createSolver(mip ? "SCIP" : "GLOP");
        solver.setTimeLimit((long) (timeLimitS * 1000));
        MPVariable[] v = new MPVariable[m.variables()];
        double inf = MPSolver.infinity();
        for (int j = 0; j < v.length; j++) {
            double lo = Double.isFinite(m.lower(j)) ? m.lower(j) : -inf;
            double hi = Double.isFinite(m.upper(j)) ? m.upper(j) : inf;
            v[j] = m.isInteger(j) ? solver.makeIntVar(lo, hi, "x" + j) : solver.makeNumVar(lo, hi, "x" + j);
        }
        for (int r = 0; r < m.rows(); r++) {
            double lo = Double.isFinite(m.rowLower(r)) ? m.rowLower(r) : -inf;
            double hi = Double.isFinite(m.rowUpper(r)) ? m.rowUpper(r) : inf;
            MPConstraint c = solver.makeConstraint(lo, hi);
            for (int k = 0; k < m.rowSize(r); k++) {
                MPVariable var = v[m.rowVar(r, k)];
                c.setCoefficient(var, c.getCoefficient(var) + m.rowCoef(r, k));
            }
        }
        MPObjective obj = solver.objective();
        for (int j = 0; j < v.length; j++) {
            obj.setCoefficient(v[j], m.cost(j));
        }
        obj.setMinimization();
        // SCIP stops at a 0.01 % gap by default; the reference must be tighter than the gaps it measures
        MPSolverParameters params = new MPSolverParameters();
        params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-6);
        MPSolver.ResultStatus status = solver.solve(params);
        try {
            if (status == MPSolver.ResultStatus.INFEASIBLE) {
                return new LpSolution(LpSolution.Status.INFEASIBLE, null, Double.NaN, "infeasible");
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return new LpSolution(LpSolution.Status.FAILED, null, Double.NaN, "OR-Tools: " + status);
            }
            double[] x = new double[v.length];
            for (int j = 0; j < x.length; j++) {
                x[j] = v[j].solutionValue();
            }
            return new LpSolution(LpSolution.Status.OPTIMAL, x, m.objective(x), status.toString());
        } finally {
            solver.delete();
        }
    }

    @Override
    public int recoveries() {
        return 0;
    }
}
