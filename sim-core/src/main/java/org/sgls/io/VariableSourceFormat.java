package org.sgls.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sgls.model.VariableSource;
import org.sgls.timeseries.Profile;

/** {@code pv}, {@code wind}, {@code hydro}, {@code csp}: available power = {@code capacity_mw} x a per-unit series. */
final class VariableSourceFormat implements ComponentFormat<VariableSource> {
    @Override
    public Class<VariableSource> type() {
        return VariableSource.class;
    }

    @Override
    public VariableSource read(ComponentInput in) {
        JsonFields f = in.fields();
        double capacityMw = f.number("capacity_mw", Range.NON_NEGATIVE);
        Profile availability = in.series().require(f, "profile", Range.FRACTION, "per-unit availability of " + in.id());
        double marginalCost = f.number("marginal_cost_per_mwh", Range.ANY, 0);
        if (!in.ready() || availability == null) {
            return null;
        }
        return new VariableSource(in.id(), in.zone(), in.kind(), capacityMw, availability, marginalCost);
    }

    @Override
    public void write(VariableSource source, ObjectNode out, SeriesNames names) {
        Json.put(out, "capacity_mw", source.capacityMw());
        out.put("profile", names.name(source.availabilityPu(), source.id() + "_availability_pu"));
        Json.put(out, "marginal_cost_per_mwh", source.marginalCostPerMwh());
    }
}
