package org.sgls.dispatch.formulation;

import org.sgls.dispatch.Formulation;
import org.sgls.dispatch.WindowProblem;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Results;
import org.sgls.model.Component;
import org.sgls.model.Exchange;
import org.sgls.model.Kind;

/**
 * Import (an injection that costs its price) or export (a withdrawal that earns it), between the firm minimum
 * and the scheduled limit of the step.
 */
final class ExchangeFormulation implements Formulation {
    private final Exchange exchange;
    private final double sign;
    private int[] flow;

    ExchangeFormulation(Exchange exchange) {
        this.exchange = exchange;
        this.sign = exchange.kind() == Kind.IMPORT ? 1.0 : -1.0;
    }

    @Override
    public String id() {
        return exchange.id();
    }

    @Override
    public Component component() {
        return exchange;
    }

    @Override
    public void describe(ComponentTable table) {
        ComponentTable.Row row = table.add(exchange.id(), exchange.kind().label()).set("zone", exchange.zone())
                .set("pmax_mw", exchange.pmaxMw()).set("pmin_mw", 0.0);
        if (exchange.kind() == Kind.IMPORT) {
            row.set("marginal_cost_per_mwh", exchange.pricePerMwh());
        } else {
            row.set("value_per_mwh", exchange.pricePerMwh());
        }
    }

    @Override
    public void declare(Results results) {
        results.column(exchange.id(), "p_mw");
    }

    @Override
    public void build(WindowProblem w) {
        flow = new int[w.steps()];
        for (int t = 0; t < w.steps(); t++) {
            int step = w.step(t);
            flow[t] = w.lp().addVariable(exchange.id(), "mw", t, exchange.minMw(step), exchange.maxMw(step),
                    sign * exchange.pricePerMwh() * w.dtH());
            w.inject(exchange.zone(), t, flow[t], sign);
        }
    }

    @Override
    public void record(WindowProblem w, double[] x, int t, Results r) {
        int step = w.step(t);
        double mw = Math.max(exchange.minMw(step), Math.min(exchange.maxMw(step), x[flow[t]]));
        r.column(exchange.id(), "p_mw")[step] = sign * mw;
    }
}
