package org.sgls.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sgls.model.DispatchableSource;

/** {@code biomass}: dispatchable between 0 and {@code pmax_mw} at its fuel cost. */
final class BiomassFormat implements ComponentFormat<DispatchableSource> {
    @Override
    public Class<DispatchableSource> type() {
        return DispatchableSource.class;
    }

    @Override
    public DispatchableSource read(ComponentInput in) {
        JsonFields f = in.fields();
        double pmaxMw = f.number("pmax_mw", Range.NON_NEGATIVE);
        double marginalCost = f.number("marginal_cost_per_mwh", Range.ANY);
        if (!in.ready()) {
            return null;
        }
        return new DispatchableSource(in.id(), in.zone(), in.kind(), pmaxMw, marginalCost);
    }

    @Override
    public void write(DispatchableSource source, ObjectNode out, SeriesNames names) {
        Json.put(out, "pmax_mw", source.pmaxMw());
        Json.put(out, "marginal_cost_per_mwh", source.marginalCostPerMwh());
    }
}
