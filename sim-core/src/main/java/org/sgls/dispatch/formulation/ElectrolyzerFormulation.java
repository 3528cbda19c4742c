package org.sgls.dispatch.formulation;

import org.sgls.dispatch.Formulation;
import org.sgls.dispatch.WindowProblem;
import org.sgls.dispatch.lp.LinearModel;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Results;
import org.sgls.model.Component;
import org.sgls.model.Electrolyzer;
import org.sgls.model.HydrogenTank;
import org.sgls.sim.SystemState;

/**
 * Electrolysis as an interruptible load: consumption earns the hydrogen's value and counts in full as spinning
 * reserve. The minimum load while running needs an on/off choice: a binary in the exact window, and in the
 * economic dispatch a choice the dispatcher makes by branching ({@link WindowProblem#choose}). With a
 * tank, the hydrogen balance tank(t) = tank(t-1) + made - (demand - unserved) must hold.
 */
final class ElectrolyzerFormulation implements Formulation {
    private final Electrolyzer ely;
    private int[] use;
    private int[] running;
    private int[] tank;
    private int[] unserved;

    ElectrolyzerFormulation(Electrolyzer ely) {
        this.ely = ely;
    }

    @Override
    public String id() {
        return ely.id();
    }

    @Override
    public Component component() {
        return ely;
    }

    @Override
    public void describe(ComponentTable table) {
        ComponentTable.Row row = table.add(ely.id(), "electrolyzer").set("zone", ely.zone()).set("pmax_mw", ely.pmaxMw())
                .set("pmin_mw", ely.pminMw()).set("kwh_per_kg", ely.kwhPerKg()).set("h2_value_per_kg", ely.h2ValuePerKg());
        HydrogenTank t = ely.tank();
        if (t != null) {
            row.set("h2_unserved_cost_per_kg", t.unservedCostPerKg()).set("tank_capacity_kg", t.capacityKg())
                    .set("tank_initial_kg", t.initialKg()).set("h2_demand_kg_per_h", t.demandKgPerH());
        }
    }

    @Override
    public void declare(Results results) {
        results.column(ely.id(), "p_mw");
        results.column(ely.id(), "h2_kg");
        if (ely.tank() != null) {
            results.column(ely.id(), "tank_kg");
            results.column(ely.id(), "h2_unserved_kg");
        }
    }

    @Override
    public void build(WindowProblem w) {
        LinearModel lp = w.lp();
        int n = w.steps();
        double dtH = w.dtH();
        double kgPerMw = ely.kgFromMwh(dtH); // kg made by 1 MW over one step
        use = new int[n];
        running = new int[n];
        tank = new int[n];
        unserved = new int[n];
        int balance = -1;
        Boolean forced = w.choice(ely.id());
        // the tank levels reachable by the end of each step: nothing made, or full output throughout
        double reachLow = ely.tank() == null ? 0 : w.initial().energy(ely.id());
        double reachHigh = reachLow;
        for (int t = 0; t < n; t++) {
            if (ely.tank() != null) {
                reachLow = Math.max(0, reachLow - ely.tank().demandKgPerH() * dtH);
                reachHigh = Math.min(ely.tank().capacityKg(), reachHigh + kgPerMw * ely.pmaxMw());
            }
            double lo = Boolean.TRUE.equals(forced) ? ely.pminMw() : 0;
            double hi = Boolean.FALSE.equals(forced) ? 0 : ely.pmaxMw();
            use[t] = lp.addVariable(ely.id(), "use", t, lo, hi, -ely.h2ValuePerKg() * kgPerMw);
            running[t] = -1;
            if (w.commitment() != WindowProblem.Commitment.FIXED && ely.pminMw() > 0) {
                running[t] = lp.addVariable(ely.id(), "running", t, 0, 1, 0);
                if (w.commitment() == WindowProblem.Commitment.INTEGER) {
                    lp.markInteger(running[t]);
                }
                int min = lp.addRow(ely.id(), "min_load", t, 0, Double.POSITIVE_INFINITY);
                lp.addTerm(min, use[t], 1);
                lp.addTerm(min, running[t], -ely.pminMw());
                int max = lp.addRow(ely.id(), "max_load", t, Double.NEGATIVE_INFINITY, 0);
                lp.addTerm(max, use[t], 1);
                lp.addTerm(max, running[t], -ely.pmaxMw());
            }
            w.inject(ely.zone(), t, use[t], -1);
            w.provideReserve(ely.zone(), t, use[t], 1);

            HydrogenTank tk = ely.tank();
            if (tk != null) {
                double demandKg = tk.demandKgPerH() * dtH;
                tank[t] = lp.addVariable(ely.id(), "tank", t, 0, tk.capacityKg(), 0);
                unserved[t] = lp.addVariable(ely.id(), "unserved", t, 0, demandKg, tk.unservedCostPerKg());
                // tank(t) - tank(t-1) - kg/MW use - unserved = -demand
                balance = lp.addRow(ely.id(), "tank_balance", t, -demandKg, -demandKg);
                lp.addTerm(balance, tank[t], 1);
                lp.addTerm(balance, use[t], -kgPerMw);
                lp.addTerm(balance, unserved[t], -1);
                if (t == 0) {
                    lp.addConstant(balance, -w.initial().energy(ely.id()));
                } else {
                    lp.addTerm(balance, tank[t - 1], -1);
                }
            }
        }
        if (ely.tank() != null) {
            TerminalCost.add(lp, ely.id(), tank[n - 1], balance, w.terminalCost(ely.id()), reachLow, reachHigh,
                    w.initial().energy(ely.id()));
        }
    }

    /** Consumption in the solution at window step t, MW. */
    double useMw(double[] x, int t) {
        return Math.max(0, Math.min(ely.pmaxMw(), x[use[t]]));
    }

    /** Running below the minimum load is not possible: off, or at least at the minimum. */
    @Override
    public boolean needsChoice(WindowProblem w, double[] x, int t) {
        double mw = useMw(x, t);
        return running[t] < 0 && mw > 1e-6 && mw < ely.pminMw() - 1e-6;
    }

    @Override
    public void record(WindowProblem w, double[] x, int t, Results r) {
        int step = w.step(t);
        double mw = useMw(x, t);
        r.column(ely.id(), "p_mw")[step] = -mw;
        r.column(ely.id(), "h2_kg")[step] = ely.kgFromMwh(mw * w.dtH());
        if (ely.tank() != null) {
            r.column(ely.id(), "tank_kg")[step] = x[tank[t]];
            r.column(ely.id(), "h2_unserved_kg")[step] = Math.max(0, x[unserved[t]]);
        }
    }

    @Override
    public void advance(WindowProblem w, double[] x, int t, SystemState.Builder next) {
        if (ely.tank() != null) {
            next.energy(ely.id(), x[tank[t]]);
        }
    }

    Electrolyzer electrolyzer() {
        return ely;
    }
}
