package org.sgls.rtsgmlc;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sgls.model.Component;
import org.sgls.model.DispatchSettings;
import org.sgls.model.Kind;
import org.sgls.model.Load;
import org.sgls.model.PowerSystem;
import org.sgls.model.Scenario;
import org.sgls.model.VariableSource;
import org.sgls.model.Zone;
import org.sgls.rtsgmlc.RtsData.Generator;
import org.sgls.timeseries.Profile;
import org.sgls.timeseries.TimeAxis;

/**
 * The peak-load case that RTS-GMLC publishes as a MATPOWER file ({@code reference_results/matpower/RTS_GMLC.m}),
 * as one step: every bus at its {@code MW Load} of bus.csv (8,550 MW in all), the units that file has on line
 * (all thermal units and the 20 hydro units at their full 50 MW, at no cost) held on, renewables, the CSP plant
 * and the battery off, one zone (a copper plate: no line binds in the published DC OPF). Its economic dispatch is
 * the published {@code rundcopf} objective, 225,806.07 $/h, when the units' cost curves are those of the file.
 */
final class PeakSnapshot {
    static final String ZONE = "system";

    private PeakSnapshot() {
    }

    static Scenario build(RtsData data) {
        TimeAxis axis = new TimeAxis(LocalDateTime.of(RtsScenario.COMMON_YEAR, 1, 1, 0, 0), 1, 1);
        List<Component> components = new ArrayList<>();
        for (RtsData.Bus b : data.buses()) {
            if (b.peakLoadMw() > 0) {
                String id = "load_" + b.id();
                components.add(new Load(id, ZONE, Profile.of(id, new double[] {b.peakLoadMw()}),
                        RtsScenario.SHED_COST_PER_MWH));
            }
        }
        for (Generator g : data.generators()) {
            RtsScenario.Role role = RtsScenario.Role.of(g);
            if (role == RtsScenario.Role.THERMAL) {
                components.add(RtsScenario.thermal(g, ZONE, RtsScenario.Commitment.HELD_ON, null));
            } else if (role == RtsScenario.Role.VARIABLE && RtsScenario.kind(g) == Kind.HYDRO) {
                components.add(new VariableSource(g.id(), ZONE, Kind.HYDRO, g.pmaxMw(),
                        Profile.of(g.id(), new double[] {1}), g.vomPerMwh()));
            }
        }
        PowerSystem system = new PowerSystem(axis, List.of(new Zone(ZONE, 0, 0)), components, List.of());
        return new Scenario("rts-gmlc-peak", "RTS-GMLC's MATPOWER peak-load case (RTS_GMLC.m) as one step: "
                + "units on line held on, a copper plate", List.of("RTS-GMLC reference_results/matpower"), "USD", 1,
                system, new DispatchSettings(1, 1, DispatchSettings.DEFAULT.reserveShortfallCostPerMwh()));
    }
}
