package org.sgls.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sgls.model.Exchange;
import org.sgls.timeseries.Profile;

/**
 * {@code import}, {@code export}: up to {@code pmax_mw} x a per-unit limit series (constant 1 when no
 * {@code profile} is named), at least {@code min_fraction} of that limit, priced at {@code price_per_mwh}.
 */
final class ExchangeFormat implements ComponentFormat<Exchange> {
    @Override
    public Class<Exchange> type() {
        return Exchange.class;
    }

    @Override
    public Exchange read(ComponentInput in) {
        JsonFields f = in.fields();
        double pmaxMw = f.number("pmax_mw", Range.NON_NEGATIVE);
        boolean named = f.has("profile");
        Profile limit = in.series().optional(f, "profile", Range.FRACTION, "per-unit limit of " + in.id());
        double minFraction = f.number("min_fraction", Range.FRACTION, 0);
        double price = f.number("price_per_mwh", Range.ANY);
        if (!in.ready() || (named && limit == null)) {
            return null;
        }
        if (!named) {
            limit = Profile.constant(in.id() + "_limit_pu", 1.0, in.axis().steps());
        }
        return new Exchange(in.id(), in.zone(), in.kind(), pmaxMw, limit, minFraction, price);
    }

    @Override
    public void write(Exchange exchange, ObjectNode out, SeriesNames names) {
        Json.put(out, "pmax_mw", exchange.pmaxMw());
        out.put("profile", names.name(exchange.limitPu(), exchange.id() + "_limit_pu"));
        Json.put(out, "min_fraction", exchange.minPu());
        Json.put(out, "price_per_mwh", exchange.pricePerMwh());
    }
}
