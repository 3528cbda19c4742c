package org.sgls.dispatch.formulation;

import org.sgls.dispatch.Formulation;
import org.sgls.dispatch.WindowProblem;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Results;
import org.sgls.model.Line;

/** A transport-model corridor: a flow in [-capacity, capacity] leaving one zone and entering the other. */
final class LineFormulation implements Formulation {
    private final Line line;
    private int[] flow;

    LineFormulation(Line line) {
        this.line = line;
    }

    @Override
    public String id() {
        return line.id();
    }

    @Override
    public void describe(ComponentTable table) {
        table.add(line.id(), "line").set("from_zone", line.fromZone()).set("to_zone", line.toZone())
                .set("pmax_mw", line.capacityMw());
    }

    @Override
    public void declare(Results results) {
        results.column(line.id(), "flow_mw");
    }

    @Override
    public void build(WindowProblem w) {
        flow = new int[w.steps()];
        for (int t = 0; t < w.steps(); t++) {
            flow[t] = w.lp().addVariable(line.id(), "flow", t, -line.capacityMw(), line.capacityMw(), 0);
            w.inject(line.fromZone(), t, flow[t], -1);
            w.inject(line.toZone(), t, flow[t], 1);
        }
    }

    @Override
    public void record(WindowProblem w, double[] x, int t, Results r) {
        r.column(line.id(), "flow_mw")[w.step(t)] = Math.max(-line.capacityMw(), Math.min(line.capacityMw(), x[flow[t]]));
    }
}
