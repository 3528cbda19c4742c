package org.sgls.sim;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sgls.model.Component;
import org.sgls.model.DispatchSettings;
import org.sgls.model.Electrolyzer;
import org.sgls.model.Exchange;
import org.sgls.model.HydrogenTank;
import org.sgls.model.Kind;
import org.sgls.model.Line;
import org.sgls.model.Load;
import org.sgls.model.PowerSystem;
import org.sgls.model.Scenario;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;
import org.sgls.model.VariableSource;
import org.sgls.model.Zone;
import org.sgls.timeseries.Profile;
import org.sgls.timeseries.TimeAxis;

/** Builders for small hand-checkable systems (PowSyBl's network-factory idea). */
public final class TestSystems {
    public static final LocalDateTime START = LocalDateTime.of(2030, 1, 1, 0, 0);
    public static final double VOLL = 10_000;

    private final int steps;
    private final List<Zone> zones = new ArrayList<>();
    private final List<Component> components = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private DispatchSettings dispatch = DispatchSettings.DEFAULT;
    private double stepHours = 1.0;

    public TestSystems(int steps) {
        this.steps = steps;
    }

    public static Profile series(double... values) {
        return Profile.of("test", values);
    }

    public Profile constant(double v) {
        return Profile.constant("const", v, steps);
    }

    public TestSystems zone(String id, double reserveMw) {
        zones.add(new Zone(id, reserveMw, 0));
        return this;
    }

    public TestSystems load(String id, String zone, Profile demandMw) {
        components.add(new Load(id, zone, demandMw, VOLL));
        return this;
    }

    public TestSystems pv(String id, String zone, double capacityMw, Profile pu) {
        components.add(new VariableSource(id, zone, Kind.PV, capacityMw, pu, 0));
        return this;
    }

    /**
     * A coal unit whose marginal cost is {@code mcPerMwh} (fuel price 1 per tce, so fuel_tce_per_mwh = mc),
     * no-load cost {@code noloadPerH}, start-up {@code startup}, minimum stable fraction {@code minFrac}.
     */
    public TestSystems coal(String id, String zone, double pmaxMw, double minFrac, double mcPerMwh, double noloadPerH,
            double startup, int minUpH, int minDownH, boolean onInitial) {
        components.add(new ThermalUnit(id, zone, Kind.COAL, pmaxMw, minFrac, null, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, minUpH, minDownH, startup, 1.0, noloadPerH, mcPerMwh, 0, 2.66, onInitial,
                onInitial ? minUpH : minDownH, onInitial ? minFrac * pmaxMw : 0));
        return this;
    }

    public TestSystems unit(ThermalUnit u) {
        components.add(u);
        return this;
    }

    /** Any component built by hand (a load with its own shed cost, an exchange with a firm minimum...). */
    public TestSystems add(Component c) {
        components.add(c);
        return this;
    }

    public TestSystems storage(String id, String zone, double powerMw, double energyMwh, double eta, double socInitialMwh,
            double wearPerMwh) {
        components.add(new Storage(id, zone, "battery", powerMw, powerMw, energyMwh, eta, eta, 0, 0, socInitialMwh, wearPerMwh));
        return this;
    }

    public TestSystems electrolyzer(String id, String zone, double pmaxMw, double minLoadFraction, double kwhPerKg,
            double valuePerKg, HydrogenTank tank) {
        components.add(new Electrolyzer(id, zone, pmaxMw, minLoadFraction, kwhPerKg, valuePerKg, tank));
        return this;
    }

    public TestSystems exchange(String id, String zone, Kind kind, double pmaxMw, double pricePerMwh) {
        components.add(new Exchange(id, zone, kind, pmaxMw, constant(1), 0, pricePerMwh));
        return this;
    }

    public TestSystems line(String id, String from, String to, double capacityMw) {
        lines.add(new Line(id, from, to, capacityMw));
        return this;
    }

    /** Length of a step (1 h unless set); profiles stay one value per step. */
    public TestSystems stepHours(double hours) {
        this.stepHours = hours;
        return this;
    }

    public TestSystems dispatch(DispatchSettings settings) {
        this.dispatch = settings;
        return this;
    }

    public Scenario scenario() {
        if (zones.isEmpty()) {
            zone("main", 0);
        }
        PowerSystem system = new PowerSystem(new TimeAxis(START, stepHours, steps), zones, components, lines);
        return new Scenario("test", "hand-built test system", List.of(), "CNY", 1, system, dispatch);
    }
}
