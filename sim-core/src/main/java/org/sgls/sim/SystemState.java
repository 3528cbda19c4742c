package org.sgls.sim;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.sgls.model.Component;
import org.sgls.model.Electrolyzer;
import org.sgls.model.PowerSystem;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;

/**
 * What carries from one step (and window) to the next, explicitly: commitment, hours in that state and last
 * output of each committable unit; the energy held by each store (storage MWh, hydrogen tank kg).
 */
public final class SystemState {
    /** A committable unit's state at the end of a step; hours in state are hours, not steps. */
    public record Unit(boolean on, double hoursInState, double pMw) {
        /** The state one step later, given this step's commitment and output. */
        public Unit next(boolean nowOn, double nowPMw, double dtH) {
            return new Unit(nowOn, nowOn == on ? hoursInState + dtH : dtH, nowOn ? nowPMw : 0.0);
        }
    }

    private final Map<String, Unit> units;
    private final Map<String, Double> energy;

    private SystemState(Map<String, Unit> units, Map<String, Double> energy) {
        this.units = Map.copyOf(units);
        this.energy = Map.copyOf(energy);
    }

    /** The state before the first step, from the components' initial values. */
    public static SystemState initial(PowerSystem system) {
        Builder b = new Builder();
        for (Component c : system.components()) {
            if (c instanceof ThermalUnit u) {
                b.unit(u.id(), new Unit(u.onInitial(), u.hoursInStateInitial(), u.pInitialMw()));
            } else if (c instanceof Storage s) {
                b.energy(s.id(), s.socInitialMwh());
            } else if (c instanceof Electrolyzer e && e.tank() != null) {
                b.energy(e.id(), e.tank().initialKg());
            }
        }
        return b.build();
    }

    public Unit unit(String id) {
        Unit u = units.get(id);
        if (u == null) {
            throw new IllegalArgumentException("no unit state for " + id);
        }
        return u;
    }

    /** Energy held by store {@code id} (MWh for storage, kg for a hydrogen tank). */
    public double energy(String id) {
        Double e = energy.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no energy state for " + id);
        }
        return e;
    }

    /** Every committable unit's state, by id in sorted order (for dumps). */
    public Map<String, Unit> units() {
        return Collections.unmodifiableMap(new TreeMap<>(units));
    }

    /** Every store's energy (MWh for storage, kg for a hydrogen tank), by id in sorted order (for dumps). */
    public Map<String, Double> energies() {
        return Collections.unmodifiableMap(new TreeMap<>(energy));
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.units.putAll(units);
        b.energy.putAll(energy);
        return b;
    }

    /** Collects the next state. */
    public static final class Builder {
        private final Map<String, Unit> units = new HashMap<>();
        private final Map<String, Double> energy = new HashMap<>();

        public Builder unit(String id, Unit state) {
            units.put(id, state);
            return this;
        }

        public Builder energy(String id, double value) {
            energy.put(id, value);
            return this;
        }

        public SystemState build() {
            return new SystemState(units, energy);
        }
    }
}
