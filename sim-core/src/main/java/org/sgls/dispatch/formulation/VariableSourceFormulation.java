package org.sgls.dispatch.formulation;

import org.sgls.dispatch.Formulation;
import org.sgls.dispatch.WindowProblem;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Results;
import org.sgls.model.Component;
import org.sgls.model.VariableSource;

/** PV, wind, run-of-river hydro: output between 0 and the available power; the rest is curtailed. */
final class VariableSourceFormulation implements Formulation {
    private final VariableSource source;
    private int[] p;

    VariableSourceFormulation(VariableSource source) {
        this.source = source;
    }

    @Override
    public String id() {
        return source.id();
    }

    @Override
    public Component component() {
        return source;
    }

    @Override
    public void describe(ComponentTable table) {
        table.add(source.id(), source.kind().label()).set("zone", source.zone()).set("pmax_mw", source.capacityMw())
                .set("pmin_mw", 0.0).set("marginal_cost_per_mwh", source.marginalCostPerMwh());
    }

    @Override
    public void declare(Results results) {
        results.column(source.id(), "p_mw");
        results.column(source.id(), "avail_mw");
        results.column(source.id(), "curtail_mw");
    }

    @Override
    public void build(WindowProblem w) {
        p = new int[w.steps()];
        for (int t = 0; t < w.steps(); t++) {
            p[t] = w.lp().addVariable(source.id(), "p", t, 0, source.availableMw(w.step(t)),
                    source.marginalCostPerMwh() * w.dtH());
            w.inject(source.zone(), t, p[t], 1);
        }
    }

    @Override
    public void record(WindowProblem w, double[] x, int t, Results r) {
        int step = w.step(t);
        double availMw = source.availableMw(step);
        double pMw = Math.max(0, Math.min(availMw, x[p[t]]));
        r.column(source.id(), "p_mw")[step] = pMw;
        r.column(source.id(), "avail_mw")[step] = availMw;
        r.column(source.id(), "curtail_mw")[step] = availMw - pMw;
    }
}
