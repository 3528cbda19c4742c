package org.sgls.dispatch.formulation;

import org.sgls.dispatch.Formulation;
import org.sgls.dispatch.WindowProblem;
import org.sgls.dispatch.lp.LinearModel;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Decimals;
import org.sgls.metrics.Results;
import org.sgls.model.Component;
import org.sgls.model.ThermalUnit;
import org.sgls.sim.SystemState;

/**
 * A committable unit (coal, gas, oil, nuclear). Fixed commitment (economic dispatch): output in [pmin(t), pmax]
 * when on, 0 when off, ramp-limited against the previous step while on. Free commitment (exact reference,
 * relaxation): the three-binary formulation on/start/stop with minimum up and down times counted from the initial
 * state (Rajan and Takriti's turn-on/turn-off inequalities, tight in the LP relaxation).
 *
 * <p>Cost of output: one marginal cost when the unit has neither curve nor quadratic term. Otherwise the output is
 * the first breakpoint b0 of {@link ThermalUnit#costBreakpointsMw} plus one variable per piece, each piece costing
 * its chord's slope: p = b0 x on + sum s_k, 0 <= s_k <= width_k, and the cost at b0 rides on being on. The cost
 * being convex, the slopes rise from piece to piece and the LP fills the pieces in order by itself: no binaries.
 * A quadratic term is thereby replaced by its chords, whose error bound is given at
 * {@link ThermalUnit#QUADRATIC_PIECE_FRACTION}; in a relaxation that bound is taken off the cost of being on, so
 * that the relaxation stays a lower bound on the exact cost.
 */
final class ThermalFormulation implements Formulation {
    private final ThermalUnit unit;
    /** breakpoints of the piecewise-linear cost and the cost per hour at each; null for a linear cost */
    private double[] breakMw;
    private double[] breakCostPerH;
    /** where the last build's cost was fine (NaN: coarse everywhere) */
    private double centreMw = Double.NaN;
    private int[] p;
    private int[] on;
    private boolean[] fixedOn;

    ThermalFormulation(ThermalUnit unit) {
        this.unit = unit;
    }

    @Override
    public String id() {
        return unit.id();
    }

    @Override
    public Component component() {
        return unit;
    }

    @Override
    public void describe(ComponentTable table) {
        ComponentTable.Row row = table.add(unit.id(), unit.kind().label()).set("zone", unit.zone())
                .set("pmax_mw", unit.pmaxMw()).set("pmin_mw", unit.lowestPminMw())
                .set("on_initial", unit.onInitial() ? 1 : 0).set("min_up_h", unit.minUpH())
                .set("min_down_h", unit.minDownH()).set("marginal_cost_per_mwh", unit.marginalCostPerMwh())
                .set("noload_cost_per_h", unit.noloadCostPerH()).set("startup_cost", unit.startupCost())
                .set("fuel_tce_per_h", unit.fuelTcePerH()).set("fuel_tce_per_mwh", unit.fuelTcePerMwh())
                .set("co2_t_per_tce", unit.co2TPerTce()).set("min_stable_fraction", unit.minStableFraction());
        if (unit.costC2PerMw2h() != 0) {
            row.set("cost_c2_per_mw2h", unit.costC2PerMw2h());
        }
        if (unit.costCurve() != null) {
            // The contract's cost per hour at each output, as given, when the unit cannot be on at 0 MW: whenever
            // it is on, the curve applies (check-run applies a curve where |p| > 0), also for kinds the checker
            // does not count as committable, which it charges no no-load cost. A unit that may be on at 0 MW has
            // its curve written relative to its first point, whose cost joins the no-load cost.
            double atFirst = unit.lowestPminMw() > 0 ? 0 : unit.costCurve().points().get(0).costPerH();
            StringBuilder curve = new StringBuilder();
            for (var point : unit.costCurve().points()) {
                curve.append(curve.length() == 0 ? "" : ";").append(Decimals.exact(point.mw())).append(':')
                        .append(Decimals.exact(point.costPerH() - atFirst));
            }
            row.set("noload_cost_per_h", unit.noloadCostPerH() + atFirst).set("cost_curve", curve.toString());
        }
        if (unit.mustRun()) {
            row.set("must_run", 1);
        }
        if (Double.isFinite(unit.rampUpMwPerH())) {
            row.set("ramp_up_mw_per_h", unit.rampUpMwPerH());
        }
        if (Double.isFinite(unit.rampDownMwPerH())) {
            row.set("ramp_down_mw_per_h", unit.rampDownMwPerH());
        }
        if (unit.heat() != null) {
            row.set("heat_must_run_fraction", unit.heat().mustRunFraction())
                    .set("heat_decoupled_fraction", unit.heat().decoupledFraction());
        }
    }

    @Override
    public void declare(Results results) {
        results.column(unit.id(), "p_mw");
        results.column(unit.id(), "on");
        results.column(unit.id(), "pmin_mw");
    }

    @Override
    public void build(WindowProblem w) {
        if (!unit.linearCost()) {
            // the one-step dispatch has a fine quadratic cost around an earlier answer of the step if it was asked
            // for one, else around the unit's output in the step before (often the answer again: one solve)
            centreMw = Double.NaN;
            if (w.commitment() == WindowProblem.Commitment.FIXED && w.steps() == 1) {
                SystemState.Unit before = w.initial().unit(unit.id());
                centreMw = w.costCentreMw(unit.id());
                if (Double.isNaN(centreMw) && before.on()) {
                    centreMw = before.pMw();
                }
            }
            breakMw = unit.costBreakpointsMw(centreMw);
            breakCostPerH = new double[breakMw.length];
            for (int k = 0; k < breakMw.length; k++) {
                breakCostPerH[k] = unit.outputCostPerH(breakMw[k]);
            }
        }
        int n = w.steps();
        p = new int[n];
        on = new int[n];
        fixedOn = new boolean[n];
        if (w.commitment() == WindowProblem.Commitment.FIXED) {
            buildFixed(w);
        } else {
            buildFree(w, w.commitment() == WindowProblem.Commitment.INTEGER);
        }
    }

    private void buildFixed(WindowProblem w) {
        LinearModel lp = w.lp();
        SystemState.Unit before = w.initial().unit(unit.id());
        double dtH = w.dtH();
        for (int t = 0; t < w.steps(); t++) {
            boolean isOn = w.committed(unit.id(), t);
            fixedOn[t] = isOn;
            on[t] = -1;
            double lo = isOn ? unit.pminMw(w.time(t)) : 0;
            double hi = isOn ? unit.pmaxMw() : 0;
            boolean wasOn = t == 0 ? before.on() : fixedOn[t - 1];
            if (t == 0 && isOn && wasOn) {
                double[] range = rampRange(lo, hi, before.pMw(), dtH);
                lo = range[0];
                hi = range[1];
            }
            boolean pieces = isOn && breakMw != null;
            p[t] = lp.addVariable(unit.id(), "p", t, lo, hi, pieces ? 0 : unit.marginalCostPerMwh() * dtH);
            if (pieces) {
                addPieces(w, t, -1, dtH);
            }
            w.inject(unit.zone(), t, p[t], 1);
            if (isOn) {
                w.provideReserveConstant(unit.zone(), t, unit.pmaxMw());
                w.provideReserve(unit.zone(), t, p[t], -1);
                if (t > 0 && wasOn) {
                    addRampRows(lp, t, dtH);
                }
            }
        }
    }

    /**
     * The pieces of the cost at step t: p(t) - sum s_k = b0 x on (a constant when {@code onVar} < 0, the unit
     * then being on), each s_k costing its chord's slope. The row's price hint is the zone's, negated (the piece
     * at the margin costs its slope, and p's hinted cost is then zero at that price), so that a solver starts the
     * pieces cheaper than the zone's price full.
     */
    private void addPieces(WindowProblem w, int t, int onVar, double dtH) {
        LinearModel lp = w.lp();
        int link = lp.addRow(unit.id(), "pieces", t, 0, 0);
        lp.priceHint(link, -lp.priceHint(w.balanceRow(w.system().zoneIndex(unit.zone()), t)));
        lp.addTerm(link, p[t], 1);
        if (onVar < 0) {
            lp.addConstant(link, -breakMw[0]);
        } else {
            lp.addTerm(link, onVar, -breakMw[0]);
        }
        for (int k = 1; k < breakMw.length; k++) {
            double widthMw = breakMw[k] - breakMw[k - 1];
            double slope = (breakCostPerH[k] - breakCostPerH[k - 1]) / widthMw;
            int s = lp.addVariable(unit.id(), "piece" + k, t, 0, widthMw, slope * dtH);
            lp.addTerm(link, s, -1);
        }
    }

    /**
     * The output range reachable from {@code previousMw} within the ramp limits, intersected with [lo, hi]. If
     * the two do not meet (a minimum raised faster than the unit can ramp), the ramp limit wins where it can.
     */
    private double[] rampRange(double lo, double hi, double previousMw, double dtH) {
        double rampLo = previousMw - unit.rampDownMwPerH() * dtH;
        double rampHi = previousMw + unit.rampUpMwPerH() * dtH;
        double newLo = Math.max(lo, rampLo);
        double newHi = Math.min(hi, rampHi);
        if (newLo > newHi) {
            double target = rampHi < lo ? Math.min(hi, lo) : Math.max(lo, rampLo > hi ? hi : rampLo);
            return new double[] {target, target};
        }
        return new double[] {newLo, newHi};
    }

    private void addRampRows(LinearModel lp, int t, double dtH) {
        if (Double.isFinite(unit.rampUpMwPerH())) {
            int up = lp.addRow(unit.id(), "ramp_up", t, Double.NEGATIVE_INFINITY, unit.rampUpMwPerH() * dtH);
            lp.addTerm(up, p[t], 1);
            lp.addTerm(up, p[t - 1], -1);
        }
        if (Double.isFinite(unit.rampDownMwPerH())) {
            int down = lp.addRow(unit.id(), "ramp_down", t, Double.NEGATIVE_INFINITY, unit.rampDownMwPerH() * dtH);
            lp.addTerm(down, p[t - 1], 1);
            lp.addTerm(down, p[t], -1);
        }
    }

    private void buildFree(WindowProblem w, boolean integer) {
        LinearModel lp = w.lp();
        SystemState.Unit before = w.initial().unit(unit.id());
        double dtH = w.dtH();
        int n = w.steps();
        int[] start = new int[n];
        int[] stop = new int[n];
        // steps at the start of the window whose state the initial state already fixes (min up / min down)
        var axis = w.system().axis();
        // a relaxation promises a lower bound: the chords of a quadratic cost lie above it, so give their excess back
        double boundExcessPerH = w.commitment() == WindowProblem.Commitment.RELAXED && breakMw != null
                ? unit.chordExcessPerH(breakMw) : 0;
        int lockedOn = before.on() ? axis.stepsCovering(unit.minUpH() - before.hoursInState()) : 0;
        int lockedOff = before.on() ? 0 : axis.stepsCovering(unit.minDownH() - before.hoursInState());
        int upSteps = Math.max(1, axis.stepsCovering(unit.minUpH()));
        int downSteps = Math.max(1, axis.stepsCovering(unit.minDownH()));
        for (int t = 0; t < n; t++) {
            boolean mustRun = unit.mustRun(w.time(t));
            double onLo = (t < lockedOn || mustRun) ? 1 : 0;
            double onHi = t < lockedOff ? 0 : 1;
            if (onLo > onHi) {
                onLo = onHi; // min down time outranks the heat season's must-run
            }
            Boolean imposed = w.imposedOn(unit.id(), t);
            if (imposed != null) {
                onLo = imposed ? 1 : 0;
                onHi = onLo;
            }
            boolean pieces = breakMw != null;
            on[t] = lp.addVariable(unit.id(), "on", t, onLo, onHi,
                    pieces ? (unit.noloadCostPerH() + breakCostPerH[0] - boundExcessPerH) * dtH
                            : unit.noloadCostPerH() * dtH);
            start[t] = lp.addVariable(unit.id(), "start", t, 0, 1, unit.startupCost());
            stop[t] = lp.addVariable(unit.id(), "stop", t, 0, 1, 0);
            p[t] = lp.addVariable(unit.id(), "p", t, 0, unit.pmaxMw(), pieces ? 0 : unit.marginalCostPerMwh() * dtH);
            if (pieces) {
                addPieces(w, t, on[t], dtH);
            }
            if (integer) {
                lp.markInteger(on[t]);
                lp.markInteger(start[t]);
                lp.markInteger(stop[t]);
            }
            w.inject(unit.zone(), t, p[t], 1);
            w.provideReserve(unit.zone(), t, on[t], unit.pmaxMw());
            w.provideReserve(unit.zone(), t, p[t], -1);

            int lo = lp.addRow(unit.id(), "pmin", t, 0, Double.POSITIVE_INFINITY);
            lp.addTerm(lo, p[t], 1);
            lp.addTerm(lo, on[t], -unit.pminMw(w.time(t)));
            int hi = lp.addRow(unit.id(), "pmax", t, Double.NEGATIVE_INFINITY, 0);
            lp.addTerm(hi, p[t], 1);
            lp.addTerm(hi, on[t], -unit.pmaxMw());

            // on(t) - on(t-1) = start(t) - stop(t)
            int logic = lp.addRow(unit.id(), "logic", t, 0, 0);
            lp.addTerm(logic, on[t], 1);
            lp.addTerm(logic, start[t], -1);
            lp.addTerm(logic, stop[t], 1);
            if (t == 0) {
                lp.addConstant(logic, before.on() ? -1 : 0);
            } else {
                lp.addTerm(logic, on[t - 1], -1);
            }
            // a unit started within the last min_up steps is on; one stopped within min_down steps is off
            int upRow = lp.addRow(unit.id(), "min_up", t, Double.NEGATIVE_INFINITY, 0);
            for (int k = Math.max(0, t - upSteps + 1); k <= t; k++) {
                lp.addTerm(upRow, start[k], 1);
            }
            lp.addTerm(upRow, on[t], -1);
            int downRow = lp.addRow(unit.id(), "min_down", t, Double.NEGATIVE_INFINITY, 1);
            for (int k = Math.max(0, t - downSteps + 1); k <= t; k++) {
                lp.addTerm(downRow, stop[k], 1);
            }
            lp.addTerm(downRow, on[t], 1);

            // ramps bind while on in consecutive steps; a start or stop frees them (check-run's rule)
            double prevP = before.pMw();
            if (Double.isFinite(unit.rampUpMwPerH())) {
                int up = lp.addRow(unit.id(), "ramp_up", t, Double.NEGATIVE_INFINITY, unit.rampUpMwPerH() * dtH);
                lp.addTerm(up, p[t], 1);
                lp.addTerm(up, start[t], -unit.pmaxMw());
                if (t == 0) {
                    lp.addConstant(up, -prevP);
                } else {
                    lp.addTerm(up, p[t - 1], -1);
                }
            }
            if (Double.isFinite(unit.rampDownMwPerH())) {
                int down = lp.addRow(unit.id(), "ramp_down", t, Double.NEGATIVE_INFINITY, unit.rampDownMwPerH() * dtH);
                lp.addTerm(down, p[t], -1);
                lp.addTerm(down, stop[t], -unit.pmaxMw());
                if (t == 0) {
                    lp.addConstant(down, prevP);
                } else {
                    lp.addTerm(down, p[t - 1], 1);
                }
            }
        }
    }

    /**
     * A quadratic cost is solved on coarse chords, then again on fine ones around the answer, until the answer
     * lies inside its fine part (or on a bound of the output): the fine and coarse chords then agree near it, so
     * it is also the optimum of chords fine everywhere, within {@link ThermalUnit#QUADRATIC_PIECE_FRACTION}'s
     * bound of the exact one (convexity: a local optimum is global).
     */
    @Override
    public boolean refineCost(WindowProblem w, double[] x, java.util.Map<String, Double> centres) {
        if (unit.costC2PerMw2h() == 0 || w.commitment() != WindowProblem.Commitment.FIXED || w.steps() != 1
                || !fixedOn[0]) {
            return false;
        }
        double answerMw = x[p[0]];
        if (!Double.isNaN(centreMw)) {
            double[] fine = unit.fineCostRangeMw(centreMw);
            double edgeMw = 1e-6 * unit.pmaxMw();
            boolean clearOfLow = answerMw > fine[0] + edgeMw || fine[0] <= unit.lowestPminMw();
            boolean clearOfHigh = answerMw < fine[1] - edgeMw || fine[1] >= unit.pmaxMw();
            if (clearOfLow && clearOfHigh) {
                centres.put(unit.id(), centreMw);
                return false;
            }
        }
        centres.put(unit.id(), answerMw);
        return true;
    }

    /** Committed at window step t in the solution (rounded for the relaxation's fractional values). */
    boolean isOn(double[] x, int t) {
        return on[t] < 0 ? fixedOn[t] : x[on[t]] > 0.5;
    }

    @Override
    public void record(WindowProblem w, double[] x, int t, Results r) {
        int step = w.step(t);
        double onValue = on[t] < 0 ? (fixedOn[t] ? 1 : 0) : x[on[t]];
        r.column(unit.id(), "p_mw")[step] = Math.max(0, x[p[t]]);
        r.column(unit.id(), "on")[step] = onValue;
        r.column(unit.id(), "pmin_mw")[step] = unit.pminMw(w.time(t));
    }

    @Override
    public void advance(WindowProblem w, double[] x, int t, SystemState.Builder next) {
        SystemState.Unit state = w.initial().unit(unit.id());
        for (int k = 0; k <= t; k++) {
            state = state.next(isOn(x, k), Math.max(0, x[p[k]]), w.dtH());
        }
        next.unit(unit.id(), state);
    }
}
