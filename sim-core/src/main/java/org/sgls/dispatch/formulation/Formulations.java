package org.sgls.dispatch.formulation;

import java.util.ArrayList;
import java.util.List;
import org.sgls.dispatch.Formulation;
import org.sgls.model.Component;
import org.sgls.model.DispatchableSource;
import org.sgls.model.Electrolyzer;
import org.sgls.model.Exchange;
import org.sgls.model.Line;
import org.sgls.model.Load;
import org.sgls.model.PowerSystem;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;
import org.sgls.model.VariableSource;

/** The registry: one line per component kind. */
public final class Formulations {
    private Formulations() {
    }

    public static Formulation of(Component c) {
        if (c instanceof Load l) {
            return new LoadFormulation(l);
        } else if (c instanceof VariableSource v) {
            return new VariableSourceFormulation(v);
        } else if (c instanceof DispatchableSource d) {
            return new DispatchableSourceFormulation(d);
        } else if (c instanceof ThermalUnit u) {
            return new ThermalFormulation(u);
        } else if (c instanceof Storage s) {
            return new StorageFormulation(s);
        } else if (c instanceof Electrolyzer e) {
            return new ElectrolyzerFormulation(e);
        } else if (c instanceof Exchange x) {
            return new ExchangeFormulation(x);
        }
        throw new IllegalArgumentException("no formulation for " + c.getClass().getSimpleName());
    }

    /** Fresh formulations for every component, then lines, then zones: the column order of hourly.csv. */
    public static List<Formulation> forSystem(PowerSystem system) {
        int count = system.components().size() + system.lines().size() + system.zones().size();
        List<Formulation> all = new ArrayList<>(count);
        for (Component c : system.components()) {
            all.add(of(c));
        }
        for (Line l : system.lines()) {
            all.add(new LineFormulation(l));
        }
        for (int z = 0; z < system.zones().size(); z++) {
            all.add(new ZoneFormulation(system.zones().get(z), z));
        }
        return all;
    }
}
