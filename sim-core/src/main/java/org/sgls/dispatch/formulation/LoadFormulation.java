package org.sgls.dispatch.formulation;

import org.sgls.dispatch.Formulation;
import org.sgls.dispatch.WindowProblem;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Results;
import org.sgls.model.Component;
import org.sgls.model.Load;

/** Demand as a constant withdrawal; shedding as a variable injection priced at the value of lost load. */
final class LoadFormulation implements Formulation {
    private final Load load;
    private int[] shed;

    LoadFormulation(Load load) {
        this.load = load;
    }

    @Override
    public String id() {
        return load.id();
    }

    @Override
    public Component component() {
        return load;
    }

    @Override
    public void describe(ComponentTable table) {
        table.add(load.id(), "load").set("zone", load.zone()).set("pmax_mw", load.demandMw().max())
                .set("pmin_mw", 0.0).set("shed_cost_per_mwh", load.shedCostPerMwh());
    }

    @Override
    public void declare(Results results) {
        results.column(load.id(), "p_mw");
        results.column(load.id(), "demand_mw");
        results.column(load.id(), "shed_mw");
    }

    @Override
    public void build(WindowProblem w) {
        shed = new int[w.steps()];
        for (int t = 0; t < w.steps(); t++) {
            double demandMw = load.demandMw().at(w.step(t));
            shed[t] = w.lp().addVariable(load.id(), "shed", t, 0, demandMw, load.shedCostPerMwh() * w.dtH());
            w.injectConstant(load.zone(), t, -demandMw);
            w.inject(load.zone(), t, shed[t], 1);
        }
    }

    @Override
    public void record(WindowProblem w, double[] x, int t, Results r) {
        int step = w.step(t);
        double demandMw = load.demandMw().at(step);
        double shedMw = Math.max(0, Math.min(demandMw, x[shed[t]]));
        r.column(load.id(), "p_mw")[step] = -(demandMw - shedMw);
        r.column(load.id(), "demand_mw")[step] = demandMw;
        r.column(load.id(), "shed_mw")[step] = shedMw;
    }
}
