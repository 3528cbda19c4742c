package org.sgls.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sgls.model.Electrolyzer;
import org.sgls.model.HydrogenTank;

/** {@code electrolyzer}: an interruptible load making hydrogen, optionally into a tank with a steady demand. */
final class ElectrolyzerFormat implements ComponentFormat<Electrolyzer> {
    /** Alkaline electrolysers: 10-30 % minimum load (domain.md); 20 % is the middle. */
    static final double DEFAULT_MIN_LOAD_FRACTION = 0.2;
    /** Alkaline stacks: about 50-55 kWh per kg at the stack (domain.md); the upper end covers the balance of plant. */
    static final double DEFAULT_KWH_PER_KG = 55;

    @Override
    public Class<Electrolyzer> type() {
        return Electrolyzer.class;
    }

    @Override
    public Electrolyzer read(ComponentInput in) {
        JsonFields f = in.fields();
        double pmaxMw = f.number("pmax_mw", Range.NON_NEGATIVE);
        double minLoad = f.number("min_load_fraction", Range.FRACTION, DEFAULT_MIN_LOAD_FRACTION);
        double kwhPerKg = f.number("kwh_per_kg", Range.POSITIVE, DEFAULT_KWH_PER_KG);
        double h2Value = f.number("h2_value_per_kg", Range.ANY);
        JsonFields t = f.object("tank");
        HydrogenTank tank = t == null ? null : tank(t);
        if (!in.ready()) {
            return null;
        }
        return new Electrolyzer(in.id(), in.zone(), pmaxMw, minLoad, kwhPerKg, h2Value, tank);
    }

    private static HydrogenTank tank(JsonFields t) {
        double capacityKg = t.number("capacity_kg", Range.NON_NEGATIVE);
        double initialKg = t.optionalNumber("initial_kg", Range.NON_NEGATIVE);
        double demandKgPerH = t.number("demand_kg_per_h", Range.NON_NEGATIVE);
        double unservedCost = t.number("unserved_cost_per_kg", Range.NON_NEGATIVE);
        if (!t.has("initial_kg")) {
            initialKg = capacityKg / 2; // half full: a neutral start that neither gifts nor owes hydrogen
        } else if (initialKg > capacityKg) {
            t.report("initial_kg", Num.text(initialKg) + " is out of range", "must be <= capacity_kg = " + Num.text(capacityKg));
        }
        t.finish();
        return t.clean() ? new HydrogenTank(capacityKg, initialKg, demandKgPerH, unservedCost) : null;
    }

    @Override
    public void write(Electrolyzer e, ObjectNode out, SeriesNames names) {
        Json.put(out, "pmax_mw", e.pmaxMw());
        Json.put(out, "min_load_fraction", e.minLoadFraction());
        Json.put(out, "kwh_per_kg", e.kwhPerKg());
        Json.put(out, "h2_value_per_kg", e.h2ValuePerKg());
        if (e.tank() == null) {
            out.putNull("tank");
            return;
        }
        ObjectNode t = out.putObject("tank");
        Json.put(t, "capacity_kg", e.tank().capacityKg());
        Json.put(t, "initial_kg", e.tank().initialKg());
        Json.put(t, "demand_kg_per_h", e.tank().demandKgPerH());
        Json.put(t, "unserved_cost_per_kg", e.tank().unservedCostPerKg());
    }
}
