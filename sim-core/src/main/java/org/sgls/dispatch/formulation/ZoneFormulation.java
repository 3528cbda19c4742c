package org.sgls.dispatch.formulation;

import org.sgls.dispatch.Formulation;
import org.sgls.dispatch.WindowProblem;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Results;
import org.sgls.model.Zone;

/**
 * A zone's spinning-reserve requirement, made soft by a shortfall variable priced at the scenario's reserve
 * shortfall cost (a security penalty: reported as shortfall, not as an incurred cost).
 */
final class ZoneFormulation implements Formulation {
    private final Zone zone;
    private final int index;
    private int[] shortfall;

    ZoneFormulation(Zone zone, int index) {
        this.zone = zone;
        this.index = index;
    }

    @Override
    public String id() {
        return zone.id();
    }

    @Override
    public void describe(ComponentTable table) {
        // zones are not components: they have no row of components.csv
    }

    @Override
    public void declare(Results results) {
        results.column(zone.id(), "reserve_req_mw");
        results.column(zone.id(), "reserve_mw");
        results.column(zone.id(), "reserve_shortfall_mw");
    }

    @Override
    public void build(WindowProblem w) {
        shortfall = new int[w.steps()];
        for (int t = 0; t < w.steps(); t++) {
            double reqMw = w.reserveRequirementMw(index, t);
            shortfall[t] = w.lp().addVariable(zone.id(), "reserve_shortfall", t, 0, reqMw,
                    w.reserveShortfallCostPerMwh() * w.dtH());
            w.lp().addTerm(w.reserveRow(index, t), shortfall[t], 1);
        }
    }

    @Override
    public void record(WindowProblem w, double[] x, int t, Results r) {
        int step = w.step(t);
        double reqMw = w.reserveRequirementMw(index, t);
        double shortMw = Math.max(0, Math.min(reqMw, x[shortfall[t]]));
        // the reserve actually held, counted up to the requirement
        r.column(zone.id(), "reserve_req_mw")[step] = reqMw;
        r.column(zone.id(), "reserve_mw")[step] = reqMw - shortMw;
        r.column(zone.id(), "reserve_shortfall_mw")[step] = shortMw;
    }
}
