package org.sgls.dispatch.formulation;

import org.sgls.dispatch.Formulation;
import org.sgls.dispatch.WindowProblem;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Results;
import org.sgls.model.Component;
import org.sgls.model.DispatchableSource;

/** Biomass: output anywhere between 0 and rated power at its marginal cost. */
final class DispatchableSourceFormulation implements Formulation {
    private final DispatchableSource source;
    private int[] p;

    DispatchableSourceFormulation(DispatchableSource source) {
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
        table.add(source.id(), source.kind().label()).set("zone", source.zone()).set("pmax_mw", source.pmaxMw())
                .set("pmin_mw", 0.0).set("marginal_cost_per_mwh", source.marginalCostPerMwh());
    }

    @Override
    public void declare(Results results) {
        results.column(source.id(), "p_mw");
    }

    @Override
    public void build(WindowProblem w) {
        p = new int[w.steps()];
        for (int t = 0; t < w.steps(); t++) {
            p[t] = w.lp().addVariable(source.id(), "p", t, 0, source.pmaxMw(), source.marginalCostPerMwh() * w.dtH());
            w.inject(source.zone(), t, p[t], 1);
        }
    }

    @Override
    public void record(WindowProblem w, double[] x, int t, Results r) {
        r.column(source.id(), "p_mw")[w.step(t)] = Math.max(0, Math.min(source.pmaxMw(), x[p[t]]));
    }
}
