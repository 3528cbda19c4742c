package org.sgls.model;

import java.time.LocalDateTime;

/**
 * A committable unit: coal, gas, oil or nuclear. While committed its output lies in [pmin, pmax], with pmin = the
 * minimum stable fraction x rating (0.30 for flexibility-retrofitted coal units, 0.35 for new ones), raised for a
 * CHP unit in the heating season (see {@link HeatRule}). Fuel: {@code fuelTcePerH} x on + {@code fuelTcePerMwh} x
 * output per hour, so the specific consumption (gce/kWh) rises at part load.
 *
 * <p>Cost per hour while on: the fuel's (fuel price x fuel) + {@code vomCostPerMwh} x p, plus, additive to it,
 * {@code extraNoloadCostPerH}, {@code costC2PerMw2h} x p² and the {@code costCurve} at p (published cost data:
 * MATPOWER's polynomials and piecewise-linear curves, RTS-GMLC's heat-rate curves). A scenario whose curve is
 * the whole cost sets the fuel price to 0 and keeps the fuel fields for fuel and CO2 accounting.
 *
 * @param rampUpMwPerH        +infinity when unlimited
 * @param hoursInStateInitial how long the unit has been on (or off) before the first step
 * @param extraNoloadCostPerH cost per hour while committed besides the no-load fuel ({@code noload_cost_per_h})
 * @param costCurve           null for none; else from the lowest minimum stable output to pmax
 * @param mustRun             committed at every step (nuclear, a unit a study holds on)
 */
public record ThermalUnit(String id, String zone, Kind kind, double pmaxMw, double minStableFraction,
        HeatRule heat, double rampUpMwPerH, double rampDownMwPerH, int minUpH, int minDownH, double startupCost,
        double fuelPricePerTce, double fuelTcePerH, double fuelTcePerMwh, double vomCostPerMwh, double co2TPerTce,
        boolean onInitial, int hoursInStateInitial, double pInitialMw, double extraNoloadCostPerH,
        double costC2PerMw2h, CostCurve costCurve, boolean mustRun) implements Component {
    /**
     * The quadratic term c2 p² is replaced by its chords. The chord over a piece of width w lies at most
     * c2 w² / 4 above the parabola (at the piece's middle), and a dispatch that minimises the chords, costed
     * exactly, costs at most that much more per unit and hour than the exact optimum (exact(p~) <= chords(p~)
     * <= chords(p*) <= exact(p*) + sum c2 w² / 4, w the width of the piece around p*). Pieces are
     * {@value #QUADRATIC_PIECE_FRACTION} x pmax wide (25 of them: the look-ahead's pricing, a first solve); the
     * hourly dispatch solves with the two pieces around each unit's answer (or previous output) split
     * {@value #QUADRATIC_FINE_SPLIT} ways (see {@link #costBreakpointsMw(double)} and
     * ThermalFormulation#refineCost), so the excess is at most c2 (0.002 pmax)² / 4 = a millionth of the unit's
     * quadratic cost at full output: at most 0.024 $/h (4.5e-6 of the objective) on MATPOWER's case9, 0.006
     * measured. A uniform fine grid would be 500 pieces per unit, an LP too big for ojAlgo to solve reliably
     * within the step time limit on case118 (54 units).
     */
    public static final double QUADRATIC_PIECE_FRACTION = 0.04;
    public static final int QUADRATIC_FINE_SPLIT = 20;
    /** A cost curve's end points may differ from [pmin, pmax] by this much times max(1, pmax) (rounding). */
    public static final double END_TOLERANCE = 1e-9;

    /** A unit with only the fuel-based cost, committed as the look-ahead decides. */
    public ThermalUnit(String id, String zone, Kind kind, double pmaxMw, double minStableFraction, HeatRule heat,
            double rampUpMwPerH, double rampDownMwPerH, int minUpH, int minDownH, double startupCost,
            double fuelPricePerTce, double fuelTcePerH, double fuelTcePerMwh, double vomCostPerMwh, double co2TPerTce,
            boolean onInitial, int hoursInStateInitial, double pInitialMw) {
        this(id, zone, kind, pmaxMw, minStableFraction, heat, rampUpMwPerH, rampDownMwPerH, minUpH, minDownH,
                startupCost, fuelPricePerTce, fuelTcePerH, fuelTcePerMwh, vomCostPerMwh, co2TPerTce, onInitial,
                hoursInStateInitial, pInitialMw, 0, 0, null, false);
    }

    public ThermalUnit {
        Checks.id(id);
        if (!kind.committable()) {
            throw new IllegalArgumentException(id + ": kind " + kind.label() + " is not committable");
        }
        Checks.positive(id, "pmax_mw", pmaxMw);
        Checks.fraction(id, "min_stable_fraction", minStableFraction);
        Checks.positiveOrUnlimited(id, "ramp_up_mw_per_h", rampUpMwPerH);
        Checks.positiveOrUnlimited(id, "ramp_down_mw_per_h", rampDownMwPerH);
        if (minUpH < 1 || minDownH < 1) {
            throw new IllegalArgumentException(id + ": min_up_h and min_down_h must be >= 1 hour");
        }
        Checks.nonNegative(id, "startup_cost", startupCost);
        Checks.nonNegative(id, "fuel_price_per_tce", fuelPricePerTce);
        Checks.nonNegative(id, "fuel_tce_per_h", fuelTcePerH);
        Checks.nonNegative(id, "fuel_tce_per_mwh", fuelTcePerMwh);
        Checks.finite(id, "vom_cost_per_mwh", vomCostPerMwh);
        Checks.nonNegative(id, "co2_t_per_tce", co2TPerTce);
        Checks.nonNegative(id, "noload_cost_per_h", extraNoloadCostPerH);
        Checks.nonNegative(id, "cost_c2_per_mw2h", costC2PerMw2h);
        if (costCurve != null) {
            double pmin = minStableFraction * pmaxMw;
            double tolerance = END_TOLERANCE * Math.max(1, pmaxMw);
            if (Math.abs(costCurve.firstMw() - pmin) > tolerance || Math.abs(costCurve.lastMw() - pmaxMw) > tolerance) {
                throw new IllegalArgumentException(id + ": cost_curve must run from the minimum stable output " + pmin
                        + " MW to pmax_mw " + pmaxMw + " MW, not from " + costCurve.firstMw() + " to "
                        + costCurve.lastMw());
            }
        }
        if (hoursInStateInitial < 0) {
            throw new IllegalArgumentException(id + ": hours_in_state_initial must be >= 0");
        }
        if (onInitial) {
            if (pInitialMw < minStableFraction * pmaxMw - 1e-9 || pInitialMw > pmaxMw + 1e-9) {
                throw new IllegalArgumentException(id + ": p_initial_mw " + pInitialMw + " must lie in [pmin, pmax] = ["
                        + minStableFraction * pmaxMw + ", " + pmaxMw + "] for a unit that is on");
            }
        } else if (pInitialMw != 0) {
            throw new IllegalArgumentException(id + ": p_initial_mw must be 0 for a unit that is off");
        }
    }

    /** Cost per MWh of the fuel-based part (fuel x incremental fuel + VOM); curves and c2 come on top. */
    public double marginalCostPerMwh() {
        return fuelPricePerTce * fuelTcePerMwh + vomCostPerMwh;
    }

    /** Cost per hour of being committed, whatever the output: no-load fuel plus {@code extraNoloadCostPerH}. */
    public double noloadCostPerH() {
        return fuelPricePerTce * fuelTcePerH + extraNoloadCostPerH;
    }

    /** True when the cost of output is the one marginal cost: no quadratic term and no curve. */
    public boolean linearCost() {
        return costC2PerMw2h == 0 && costCurve == null;
    }

    /** Cost per hour of producing {@code pMw} while on, beyond {@link #noloadCostPerH}: exact, quadratic included. */
    public double outputCostPerH(double pMw) {
        double cost = marginalCostPerMwh() * pMw + costC2PerMw2h * pMw * pMw;
        return costCurve == null ? cost : cost + costCurve.costPerH(pMw);
    }

    /**
     * Breakpoints of the convex piecewise-linear form of {@link #outputCostPerH} that the dispatch works with,
     * from the lowest minimum stable output to pmax: the curve's own points and, with a quadratic term, a grid
     * of pieces {@link #QUADRATIC_PIECE_FRACTION} x pmax wide. Linear between them, exact at them.
     */
    public double[] costBreakpointsMw() {
        return costBreakpointsMw(Double.NaN);
    }

    /**
     * As {@link #costBreakpointsMw()}, with the two quadratic pieces around {@code centreMw} (NaN: none) split
     * {@link #QUADRATIC_FINE_SPLIT} ways: fine where the answer is, coarse elsewhere. Chords of a convex function
     * over any partition are convex, so this is still a convex cost.
     */
    public double[] costBreakpointsMw(double centreMw) {
        double lo = lowestPminMw();
        if (!(pmaxMw > lo)) {
            return new double[] {pmaxMw};
        }
        java.util.TreeSet<Double> points = new java.util.TreeSet<>();
        if (costCurve != null) {
            for (CostCurve.Point p : costCurve.points()) {
                points.add(p.mw());
            }
        }
        if (costC2PerMw2h > 0) {
            // one formula for coarse and fine points alike, so that a coarse point is not met twice by rounding
            int pieces = quadraticPieces();
            long fine = (long) pieces * QUADRATIC_FINE_SPLIT;
            java.util.function.LongFunction<Double> at = k -> lo + (pmaxMw - lo) * k / fine;
            for (int j = 1; j < pieces; j++) {
                points.add(at.apply((long) j * QUADRATIC_FINE_SPLIT));
            }
            if (!Double.isNaN(centreMw)) {
                long[] range = fineRange(centreMw);
                for (long k = range[0] * QUADRATIC_FINE_SPLIT; k < range[1] * QUADRATIC_FINE_SPLIT; k++) {
                    points.add(at.apply(k));
                }
            }
        }
        // the ends exactly; nothing closer than a micro-MW to them or to each other (a sliver would have a slope
        // made of rounding errors)
        double minGapMw = 1e-6;
        double[] out = new double[points.size() + 2];
        int n = 0;
        out[n++] = lo;
        for (double p : points) {
            if (p > out[n - 1] + minGapMw && p < pmaxMw - minGapMw) {
                out[n++] = p;
            }
        }
        out[n++] = pmaxMw;
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * The most the chords over {@code breakMw} lie above the exact cost: c2 w² / 4 for the widest piece, 0 without a
     * quadratic term (a cost curve's pieces are exact). Taken off a relaxation's cost, it keeps it a lower bound.
     */
    public double chordExcessPerH(double[] breakMw) {
        double widestMw = 0;
        for (int k = 1; k < breakMw.length; k++) {
            widestMw = Math.max(widestMw, breakMw[k] - breakMw[k - 1]);
        }
        return costC2PerMw2h * widestMw * widestMw / 4;
    }

    private int quadraticPieces() {
        return (int) Math.ceil((pmaxMw - lowestPminMw()) / (QUADRATIC_PIECE_FRACTION * pmaxMw) - 1e-9);
    }

    /** The coarse pieces [from, to) split finely around {@code centreMw}: the two next to its nearest coarse point. */
    private long[] fineRange(double centreMw) {
        int pieces = quadraticPieces();
        double widthMw = (pmaxMw - lowestPminMw()) / pieces;
        long nearest = Math.max(0, Math.min(pieces, Math.round((centreMw - lowestPminMw()) / widthMw)));
        return new long[] {Math.max(0, nearest - 1), Math.min(pieces, nearest + 1)};
    }

    /**
     * The fine part of {@link #costBreakpointsMw(double)} around {@code centreMw}: [from, to] MW, each end either
     * a bound of the output (lowest minimum, pmax) or the edge of the fine part.
     */
    public double[] fineCostRangeMw(double centreMw) {
        long[] range = fineRange(centreMw);
        int pieces = quadraticPieces();
        double lo = lowestPminMw();
        return new double[] {lo + (pmaxMw - lo) * range[0] / pieces,
                range[1] == pieces ? pmaxMw : lo + (pmaxMw - lo) * range[1] / pieces};
    }

    /** Cost per MWh of the last MW at full output: the order in which units are released when short of room. */
    public double marginalCostAtPmaxPerMwh() {
        if (linearCost()) {
            return marginalCostPerMwh();
        }
        double[] b = costBreakpointsMw();
        if (b.length < 2) {
            return marginalCostPerMwh() + 2 * costC2PerMw2h * pmaxMw;
        }
        double before = b[b.length - 2];
        return (outputCostPerH(pmaxMw) - outputCostPerH(before)) / (pmaxMw - before);
    }

    /** Average cost per MWh at full output, no-load included: the look-ahead's order of units. */
    public double fullLoadCostPerMwh() {
        if (linearCost()) {
            return marginalCostPerMwh() + noloadCostPerH() / pmaxMw;
        }
        return (noloadCostPerH() + outputCostPerH(pmaxMw)) / pmaxMw;
    }

    /** Minimum stable output in force at {@code time} when committed. */
    public double pminMw(LocalDateTime time) {
        if (heat != null && heat.inSeason(time)) {
            double fraction = heat.inDecoupledWindow(time) ? heat.decoupledFraction() : heat.mustRunFraction();
            return Math.max(minStableFraction, fraction) * pmaxMw;
        }
        return minStableFraction * pmaxMw;
    }

    /** Committed at {@code time}: a must-run unit always, a CHP unit through its heating season (it supplies heat). */
    public boolean mustRun(LocalDateTime time) {
        return mustRun || heat != null && heat.inSeason(time);
    }

    /** The lowest minimum that can be in force; written to {@code components.csv} as {@code pmin_mw}. */
    public double lowestPminMw() {
        return minStableFraction * pmaxMw;
    }
}
