package org.sgls.dispatch;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.sgls.dispatch.lp.LinearModel;
import org.sgls.model.Component;
import org.sgls.model.Load;
import org.sgls.model.PowerSystem;
import org.sgls.model.Zone;
import org.sgls.sim.SystemState;

/**
 * One optimisation problem over consecutive steps {@code first .. first + steps - 1}: the shared balance and
 * reserve rows per zone and step, to which each component's {@link Formulation} adds its variables and terms.
 * The per-step economic dispatch is a one-step window with the commitment fixed; the exact reference and its
 * LP relaxation are many-step windows with the commitment free (integer or relaxed).
 */
public final class WindowProblem {
    /** How committable units are treated. */
    public enum Commitment {
        /** given by {@link #committed}: the economic dispatch */
        FIXED,
        /** on/off variables in [0, 1]: the LP relaxation, a lower bound (chords of quadratic costs lowered to stay one) */
        RELAXED,
        /** on/off binary: the exact unit-commitment MIP */
        INTEGER
    }

    /** Which units are committed at an absolute step (FIXED windows). */
    @FunctionalInterface
    public interface CommitmentSource {
        boolean on(String unitId, int step);
    }

    /** Cost-to-go of stores at the end of the window's last step, or null for none. */
    @FunctionalInterface
    public interface TerminalCosts {
        CostToGo of(String storeId);
    }

    private final PowerSystem system;
    private final int first;
    private final int steps;
    private final Commitment commitment;
    private final CommitmentSource committed;
    private final TerminalCosts terminal;
    private final SystemState initial;
    private final double reserveShortfallCostPerMwh;
    private final Map<String, Boolean> choices = new HashMap<>();
    private final Map<String, Double> costCentresMw = new HashMap<>();
    private final LinearModel lp = new LinearModel();
    private final int[][] balance;
    private final int[][] reserve;
    private final double[][] reserveReqMw;
    /** the steps' times, made when first asked for (every unit asks, for its minimum output) */
    private final LocalDateTime[] times;

    public WindowProblem(PowerSystem system, int first, int steps, Commitment commitment, CommitmentSource committed,
            TerminalCosts terminal, SystemState initial, double reserveShortfallCostPerMwh) {
        this.system = system;
        this.first = first;
        this.steps = steps;
        this.commitment = commitment;
        this.committed = committed;
        this.terminal = terminal == null ? id -> null : terminal;
        this.initial = initial;
        this.reserveShortfallCostPerMwh = reserveShortfallCostPerMwh;
        int zones = system.zones().size();
        balance = new int[zones][steps];
        reserve = new int[zones][steps];
        reserveReqMw = new double[zones][steps];
        times = new LocalDateTime[steps];
        for (int z = 0; z < zones; z++) {
            Zone zone = system.zones().get(z);
            for (int t = 0; t < steps; t++) {
                balance[z][t] = lp.addRow(zone.id(), "balance", t, 0, 0);
                double loadMw = 0;
                for (Component c : system.components()) {
                    if (c instanceof Load l && l.zone().equals(zone.id())) {
                        loadMw += l.demandMw().at(first + t);
                    }
                }
                reserveReqMw[z][t] = zone.reserveMw() + zone.reserveFractionOfLoad() * loadMw;
                reserve[z][t] = lp.addRow(zone.id(), "reserve", t, reserveReqMw[z][t], Double.POSITIVE_INFINITY);
            }
        }
    }

    public PowerSystem system() {
        return system;
    }

    public LinearModel lp() {
        return lp;
    }

    /** Absolute index of window step {@code t}. */
    public int step(int t) {
        return first + t;
    }

    public int first() {
        return first;
    }

    public int steps() {
        return steps;
    }

    public double dtH() {
        return system.axis().stepHours();
    }

    public LocalDateTime time(int t) {
        if (times[t] == null) {
            times[t] = system.axis().time(first + t);
        }
        return times[t];
    }

    public Commitment commitment() {
        return commitment;
    }

    /**
     * In RELAXED and INTEGER windows: the commitment imposed on unit {@code unitId} at window step t, or null
     * when it is free (a window built with a commitment source evaluates that commitment exactly).
     */
    public Boolean imposedOn(String unitId, int t) {
        return committed == null ? null : committed.on(unitId, first + t);
    }

    /** FIXED windows only: is the unit committed at window step {@code t}? */
    public boolean committed(String unitId, int t) {
        return committed.on(unitId, first + t);
    }

    public CostToGo terminalCost(String storeId) {
        return terminal.of(storeId);
    }

    public SystemState initial() {
        return initial;
    }

    public double reserveShortfallCostPerMwh() {
        return reserveShortfallCostPerMwh;
    }

    public double reserveRequirementMw(int zone, int t) {
        return reserveReqMw[zone][t];
    }

    /** Adds {@code coef x var} (MW injected into the zone) to the zone's balance at step t. */
    public void inject(String zoneId, int t, int var, double coef) {
        lp.addTerm(balance[system.zoneIndex(zoneId)][t], var, coef);
    }

    /** Adds a constant injection (e.g. a fixed demand, negative) to the zone's balance at step t. */
    public void injectConstant(String zoneId, int t, double mw) {
        lp.addConstant(balance[system.zoneIndex(zoneId)][t], mw);
    }

    /** Adds {@code coef x var} MW of spinning reserve provided in the zone at step t. */
    public void provideReserve(String zoneId, int t, int var, double coef) {
        lp.addTerm(reserve[system.zoneIndex(zoneId)][t], var, coef);
    }

    public void provideReserveConstant(String zoneId, int t, double mw) {
        lp.addConstant(reserve[system.zoneIndex(zoneId)][t], mw);
    }

    public int balanceRow(int zone, int t) {
        return balance[zone][t];
    }

    /**
     * Hints each zone's balance at each step with the plan's expected price ({@link Plan#pricePerMwh}, in the LP's
     * cost units), for the solver to start from ({@link LinearModel#priceHint}); where the plan has none, no hint.
     * Call it before the formulations build: a unit's cost pieces take their hint from the zone's.
     */
    public void hintPrices(Plan plan) {
        for (int z = 0; z < balance.length; z++) {
            String zoneId = system.zones().get(z).id();
            for (int t = 0; t < steps; t++) {
                double perMwh = plan.covers(first + t) ? plan.pricePerMwh(zoneId, first + t) : Double.NaN;
                if (Double.isFinite(perMwh)) {
                    lp.priceHint(balance[z][t], perMwh * dtH());
                }
            }
        }
    }

    public int reserveRow(int zone, int t) {
        return reserve[zone][t];
    }

    /**
     * A yes/no decision the dispatcher has made for a component because the LP alone cannot (see
     * {@link Formulation#needsChoice}): an electrolyzer running (true) or off; a store charging (true) or
     * discharging. Absent: the LP is free.
     */
    public void choose(String id, boolean choice) {
        choices.put(id, choice);
    }

    public Boolean choice(String id) {
        return choices.get(id);
    }

    /**
     * Asks for component {@code id}'s cost to be approximated finely around {@code mw} (a unit's quadratic cost;
     * see {@link Formulation#refineCost}): set by the dispatcher from an earlier solve of the same step.
     */
    public void refineCostAround(String id, double mw) {
        costCentresMw.put(id, mw);
    }

    /** Where {@link #refineCostAround} asked for a fine cost, or NaN. */
    public double costCentreMw(String id) {
        Double mw = costCentresMw.get(id);
        return mw == null ? Double.NaN : mw;
    }
}
