package org.sgls.dispatch.formulation;

import org.sgls.dispatch.Formulation;
import org.sgls.dispatch.WindowProblem;
import org.sgls.dispatch.lp.LinearModel;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Results;
import org.sgls.model.Component;
import org.sgls.model.Storage;
import org.sgls.sim.SystemState;

/**
 * Battery or pumped hydro: charge and discharge power, the state-of-charge balance with one-way efficiencies
 * and self-discharge, and spinning reserve limited both by spare discharge power and by the energy held.
 */
final class StorageFormulation implements Formulation {
    private final Storage storage;
    private int[] charge;
    private int[] discharge;
    private int[] soc;

    StorageFormulation(Storage storage) {
        this.storage = storage;
    }

    @Override
    public String id() {
        return storage.id();
    }

    @Override
    public Component component() {
        return storage;
    }

    @Override
    public void describe(ComponentTable table) {
        table.add(storage.id(), "storage").set("zone", storage.zone()).set("pmax_mw", storage.dischargeMaxMw())
                .set("pmin_mw", 0.0).set("charge_max_mw", storage.chargeMaxMw()).set("energy_mwh", storage.energyMwh())
                .set("soc_min_mwh", storage.socMinMwh()).set("soc_initial_mwh", storage.socInitialMwh())
                .set("eta_charge", storage.etaCharge()).set("eta_discharge", storage.etaDischarge())
                .set("self_discharge_per_h", storage.selfDischargePerH())
                .set("marginal_cost_per_mwh", storage.marginalCostPerMwh()).set("technology", storage.technology());
    }

    @Override
    public void declare(Results results) {
        results.column(storage.id(), "p_mw");
        results.column(storage.id(), "charge_mw");
        results.column(storage.id(), "discharge_mw");
        results.column(storage.id(), "soc_mwh");
    }

    @Override
    public void build(WindowProblem w) {
        LinearModel lp = w.lp();
        int n = w.steps();
        double dtH = w.dtH();
        double decay = Math.pow(1.0 - storage.selfDischargePerH(), dtH);
        charge = new int[n];
        discharge = new int[n];
        soc = new int[n];
        int balance = -1;
        Boolean charging = w.choice(storage.id());
        // the energies reachable by the end of each step, at full charge or discharge throughout
        double reachLow = w.initial().energy(storage.id());
        double reachHigh = reachLow;
        for (int t = 0; t < n; t++) {
            reachLow = Math.max(storage.socMinMwh(), decay * reachLow - storage.dischargeMaxMw() * dtH / storage.etaDischarge());
            reachHigh = Math.min(storage.energyMwh(), decay * reachHigh + storage.chargeMaxMw() * dtH * storage.etaCharge());
            double chargeMaxMw = Boolean.FALSE.equals(charging) ? 0 : storage.chargeMaxMw();
            double dischargeMaxMw = Boolean.TRUE.equals(charging) ? 0 : storage.dischargeMaxMw();
            charge[t] = lp.addVariable(storage.id(), "charge", t, 0, chargeMaxMw, 0);
            discharge[t] = lp.addVariable(storage.id(), "discharge", t, 0, dischargeMaxMw,
                    storage.marginalCostPerMwh() * dtH);
            soc[t] = lp.addVariable(storage.id(), "soc", t, storage.socMinMwh(), storage.energyMwh(), 0);
            w.inject(storage.zone(), t, discharge[t], 1);
            w.inject(storage.zone(), t, charge[t], -1);

            // soc(t) - decay soc(t-1) - eta_c dt charge + dt / eta_d discharge = 0
            balance = lp.addRow(storage.id(), "soc_balance", t, 0, 0);
            lp.addTerm(balance, soc[t], 1);
            lp.addTerm(balance, charge[t], -storage.etaCharge() * dtH);
            lp.addTerm(balance, discharge[t], dtH / storage.etaDischarge());
            if (t == 0) {
                lp.addConstant(balance, -decay * w.initial().energy(storage.id()));
            } else {
                lp.addTerm(balance, soc[t - 1], -decay);
            }

            // reserve <= spare discharge power (a charging store can also stop charging) and <= what it holds
            int reserve = lp.addVariable(storage.id(), "reserve", t, 0, Double.POSITIVE_INFINITY, 0);
            int byPower = lp.addRow(storage.id(), "reserve_power", t, Double.NEGATIVE_INFINITY,
                    storage.dischargeMaxMw());
            lp.addTerm(byPower, reserve, 1);
            lp.addTerm(byPower, discharge[t], 1);
            lp.addTerm(byPower, charge[t], -1);
            int byEnergy = lp.addRow(storage.id(), "reserve_energy", t, Double.NEGATIVE_INFINITY,
                    -storage.socMinMwh() * storage.etaDischarge() / dtH);
            lp.addTerm(byEnergy, reserve, 1);
            lp.addTerm(byEnergy, soc[t], -storage.etaDischarge() / dtH);
            w.provideReserve(storage.zone(), t, reserve, 1);
        }
        TerminalCost.add(lp, storage.id(), soc[n - 1], balance, w.terminalCost(storage.id()), reachLow, reachHigh,
                w.initial().energy(storage.id()));
    }

    /**
     * Charging and discharging at once burns energy through the losses, a way for the LP to dump surplus that
     * a real plant does not offer: then the dispatcher decides between charging and discharging.
     */
    @Override
    public boolean needsChoice(WindowProblem w, double[] x, int t) {
        return x[charge[t]] > 1e-6 && x[discharge[t]] > 1e-6;
    }

    @Override
    public void record(WindowProblem w, double[] x, int t, Results r) {
        int step = w.step(t);
        double chargeMw = Math.max(0, x[charge[t]]);
        double dischargeMw = Math.max(0, x[discharge[t]]);
        r.column(storage.id(), "p_mw")[step] = dischargeMw - chargeMw;
        r.column(storage.id(), "charge_mw")[step] = chargeMw;
        r.column(storage.id(), "discharge_mw")[step] = dischargeMw;
        r.column(storage.id(), "soc_mwh")[step] = x[soc[t]];
    }

    @Override
    public void advance(WindowProblem w, double[] x, int t, SystemState.Builder next) {
        next.energy(storage.id(), x[soc[t]]);
    }
}
