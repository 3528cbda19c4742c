package org.sgls.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sgls.model.Load;
import org.sgls.timeseries.Profile;

/** {@code load}: demand = {@code scale_mw} x the named series; unserved demand costs {@code shed_cost_per_mwh}. */
final class LoadFormat implements ComponentFormat<Load> {
    /** Value of lost load: an order of magnitude above any fuel cost, so shedding is the last resort. */
    static final double DEFAULT_SHED_COST_PER_MWH = 20_000;

    @Override
    public Class<Load> type() {
        return Load.class;
    }

    @Override
    public Load read(ComponentInput in) {
        JsonFields f = in.fields();
        Profile shape = in.series().require(f, "profile", Range.NON_NEGATIVE, "demand of " + in.id());
        double scale = f.number("scale_mw", Range.NON_NEGATIVE, 1);
        double shedCost = f.number("shed_cost_per_mwh", Range.POSITIVE, DEFAULT_SHED_COST_PER_MWH);
        if (!in.ready() || shape == null) {
            return null;
        }
        return new Load(in.id(), in.zone(), shape.scaled(scale), shedCost);
    }

    @Override
    public void write(Load load, ObjectNode out, SeriesNames names) {
        out.put("profile", names.name(load.demandMw(), load.id() + "_demand_mw"));
        Json.put(out, "scale_mw", 1);
        Json.put(out, "shed_cost_per_mwh", load.shedCostPerMwh());
    }
}
