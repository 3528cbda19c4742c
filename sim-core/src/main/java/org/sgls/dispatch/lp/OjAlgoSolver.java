package org.sgls.dispatch.lp;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.linear.LinearSolver;
import org.ojalgo.structure.Mutate1D;

/**
 * ojAlgo behind {@link LpSolver}. An LP goes first to ojAlgo's low-level {@link LinearSolver} built afresh
 * (about five times cheaper to set up than an {@link ExpressionsBasedModel}, docs/architecture.md); models
 * with integers, and any LP whose first answer is not verified optimal, go to a fresh
 * {@link ExpressionsBasedModel} (dual simplex, then primal). Models are never re-used: ojAlgo's presolve
 * rewrites bounds in place. Every answer is checked against the rows and bounds, since ojAlgo has been seen to
 * report OPTIMAL for points that break rows; what fails every attempt is reported as FAILED, never returned.
 * An LP the low-level solver calls infeasible is confirmed by the modelling layer before it is believed.
 * A solve that outlasts the time limit (all its tries together) is FAILED too, whatever ojAlgo returned when
 * it stopped: a search cut short is no answer.
 *
 * <p>One instance serves one thread (a run's steps): it counts its recoveries and re-uses its options.
 */
public final class OjAlgoSolver implements LpSolver {
    /** Relative residual accepted on a row or bound. */
    public static final double TOLERANCE = 1e-7;

    private final long timeLimitMs;
    private final boolean lowLevelFirst;
    /**
     * The low-level path's options, made once: {@code new Optimisation.Options()} builds number formats, a
     * fifteenth of a 40-unit step's time. Only {@code time_abort} changes between solves.
     */
    private final Optimisation.Options lowLevelOptions = new Optimisation.Options();
    private int recoveries;

    public OjAlgoSolver() {
        this(60_000);
    }

    /** @param timeLimitMs wall time allowed for one {@link #solve} (all its tries together) */
    public OjAlgoSolver(long timeLimitMs) {
        this(timeLimitMs, true);
    }

    private OjAlgoSolver(long timeLimitMs, boolean lowLevelFirst) {
        if (timeLimitMs < 0) {
            throw new IllegalArgumentException("time limit must be >= 0 ms, got " + timeLimitMs);
        }
        this.timeLimitMs = timeLimitMs;
        this.lowLevelFirst = lowLevelFirst;
        // ojAlgo picks its sparse revised simplex when columns outnumber rows 11 to 1, which an hour's LP always
        // does (a 40-unit zone: 43 columns, 2 rows); on LPs this small the dense tableau is faster, about a third
        // on the 40-unit step and a tenth on a year's hours (docs/benchmarks.md)
        lowLevelOptions.sparse = Boolean.FALSE;
    }

    /** Only the modelling layer ({@link ExpressionsBasedModel}): the reference in differential tests. */
    public static OjAlgoSolver modellingLayer() {
        return new OjAlgoSolver(60_000, false);
    }

    @Override
    public LpSolution solve(LinearModel model) {
        long start = System.nanoTime();
        boolean integer = false;
        for (int j = 0; j < model.variables() && !integer; j++) {
            integer = model.isInteger(j);
        }
        if (!integer && lowLevelFirst) {
            LpSolution direct = solveLowLevel(model, timeLimitMs);
            if (overtime(start)) {
                return timedOut(direct);
            }
            if (direct.optimal()) {
                return direct;
            }
            if (direct.status() != LpSolution.Status.INFEASIBLE) {
                recoveries++;
            }
        }
        LpSolution first = solveOnce(model, false, leftMs(start));
        if (overtime(start)) {
            return timedOut(first);
        }
        if (first.optimal() || first.status() == LpSolution.Status.INFEASIBLE) {
            return first;
        }
        recoveries++;
        LpSolution second = solveOnce(model, true, leftMs(start));
        if (overtime(start)) {
            return timedOut(second);
        }
        return second.optimal() ? second : first;
    }

    private boolean overtime(long startNanos) {
        return System.nanoTime() - startNanos > timeLimitMs * 1_000_000L;
    }

    /** What is left of the time limit, at least 1 ms (ojAlgo's time_abort). */
    private long leftMs(long startNanos) {
        return Math.max(1, timeLimitMs - (System.nanoTime() - startNanos) / 1_000_000);
    }

    private LpSolution timedOut(LpSolution got) {
        return new LpSolution(LpSolution.Status.FAILED, null, Double.NaN, "ojAlgo: time limit of "
                + timeLimitMs / 1000.0 + " s reached (" + got.detail() + ")");
    }

    /**
     * The LP straight into ojAlgo's simplex: bounds as bounds, each row as an equality or one or two inequalities.
     * Variables fixed by their bounds (units off, exhausted resources: often half of an hourly LP) are not
     * handed over: their terms move into the row bounds, which is exact and keeps ojAlgo's dense tableau small.
     *
     * <p>An equality row's price hint ({@link LinearModel#priceHint}) is taken off its variables' costs
     * (c - price x a): the same optimum, since the row's expression is fixed, but ojAlgo's dual simplex starts
     * with each variable at the bound its cost sign points to, so the units cheaper than the price now start at
     * full output and the others at their minimum, near the merit order's answer. With the look-ahead's price an
     * hour of 40 units takes about 2.5 times fewer pivots' time (docs/benchmarks.md). The answer's cost is computed
     * from the model's own costs.
     */
    private LpSolution solveLowLevel(LinearModel m, long limitMs) {
        int n = m.variables();
        int[] column = new int[n];
        int free = 0;
        for (int j = 0; j < n; j++) {
            column[j] = m.lower(j) == m.upper(j) ? -1 : free++;
        }
        double[] cost = new double[free];
        double[] lower = new double[free];
        double[] upper = new double[free];
        for (int j = 0; j < n; j++) {
            if (column[j] >= 0) {
                cost[column[j]] = m.cost(j);
                lower[column[j]] = m.lower(j);
                upper[column[j]] = m.upper(j);
            }
        }
        for (int r = 0; r < m.rows(); r++) {
            double price = m.priceHint(r);
            if (price != 0 && m.rowLower(r) == m.rowUpper(r)) {
                for (int k = 0; k < m.rowSize(r); k++) {
                    int var = m.rowVar(r, k);
                    if (column[var] >= 0) {
                        cost[column[var]] -= price * m.rowCoef(r, k);
                    }
                }
            }
        }
        LinearSolver.Builder b = LinearSolver.newBuilder();
        b.objective(cost);
        b.lower(lower);
        b.upper(upper);
        if (free == 0) {
            double[] x = new double[n];
            for (int j = 0; j < n; j++) {
                x[j] = m.lower(j);
            }
            return m.maxViolation(x) <= TOLERANCE ? verified(m, x, Optimisation.State.OPTIMAL)
                    : new LpSolution(LpSolution.Status.INFEASIBLE, null, Double.NaN, "every variable fixed, a row broken");
        }
        double[] scratch = new double[free];
        for (int r = 0; r < m.rows(); r++) {
            double fixedPart = 0;
            boolean anyFree = false;
            for (int k = 0; k < m.rowSize(r); k++) {
                int var = m.rowVar(r, k);
                if (column[var] < 0) {
                    fixedPart += m.rowCoef(r, k) * m.lower(var);
                } else {
                    anyFree = true;
                }
            }
            if (!anyFree) {
                continue; // nothing left to choose: the answer's verification judges the row
            }
            double lo = m.rowLower(r) - fixedPart;
            double hi = m.rowUpper(r) - fixedPart;
            if (m.rowLower(r) == m.rowUpper(r)) {
                fill(b.equality(hi), m, r, 1, column, scratch);
                continue;
            }
            if (Double.isFinite(hi)) {
                fill(b.inequality(hi), m, r, 1, column, scratch);
            }
            if (Double.isFinite(lo)) {
                fill(b.inequality(-lo), m, r, -1, column, scratch);
            }
        }
        lowLevelOptions.time_abort = limitMs;
        Optimisation.Result result = b.build(lowLevelOptions).solve();
        Optimisation.State state = result.getState();
        if (state == Optimisation.State.INFEASIBLE || state == Optimisation.State.UNBOUNDED) {
            return new LpSolution(LpSolution.Status.INFEASIBLE, null, Double.NaN, "ojAlgo (low-level): " + state);
        }
        if (!state.isFeasible()) {
            return new LpSolution(LpSolution.Status.FAILED, null, Double.NaN, "ojAlgo (low-level): " + state);
        }
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = column[j] < 0 ? m.lower(j) : result.doubleValue(column[j]);
        }
        return verified(m, x, state);
    }

    /**
     * Row r's terms into {@code row}, variable j as column {@code column[j]} (fixed ones, -1, left out). A variable
     * may appear more than once in a row: its coefficients add up in {@code scratch} (all zero before and after),
     * and the columns go in ascending order, which ojAlgo's sparse row appends instead of inserting.
     */
    private static void fill(Mutate1D row, LinearModel m, int r, double sign, int[] column, double[] scratch) {
        int size = m.rowSize(r);
        int lowest = scratch.length;
        int highest = -1;
        for (int k = 0; k < size; k++) {
            int c = column[m.rowVar(r, k)];
            if (c >= 0) {
                scratch[c] += m.rowCoef(r, k);
                lowest = Math.min(lowest, c);
                highest = Math.max(highest, c);
            }
        }
        for (int c = lowest; c <= highest; c++) {
            if (scratch[c] != 0) {
                row.set(c, sign * scratch[c]);
                scratch[c] = 0;
            }
        }
    }

    @Override
    public int recoveries() {
        return recoveries;
    }

    private LpSolution solveOnce(LinearModel m, boolean alternative, long limitMs) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        model.options.time_abort = limitMs;
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
        return verified(m, result, state);
    }

    private static LpSolution verified(LinearModel m, Optimisation.Result result, Optimisation.State state) {
        double[] x = new double[m.variables()];
        for (int j = 0; j < x.length; j++) {
            x[j] = result.doubleValue(j);
        }
        return verified(m, x, state);
    }

    private static LpSolution verified(LinearModel m, double[] x, Optimisation.State state) {
        double violation = m.maxViolation(x);
        if (violation > TOLERANCE) {
            return new LpSolution(LpSolution.Status.FAILED, null, Double.NaN,
                    "ojAlgo answer breaks a row or bound by " + violation + " (relative)");
        }
        return new LpSolution(LpSolution.Status.OPTIMAL, x, m.objective(x), state.toString());
    }
}
