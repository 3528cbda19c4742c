package org.sgls.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sgls.timeseries.TimeAxis;

/** The whole simulated system: its time axis, zones, components and lines. */
public record PowerSystem(TimeAxis axis, List<Zone> zones, List<Component> components, List<Line> lines) {
    public PowerSystem {
        zones = List.copyOf(zones);
        components = List.copyOf(components);
        lines = List.copyOf(lines);
        if (zones.isEmpty()) {
            throw new IllegalArgumentException("a system needs at least one zone");
        }
        Set<String> zoneIds = new HashSet<>();
        for (Zone z : zones) {
            if (!zoneIds.add(z.id())) {
                throw new IllegalArgumentException("duplicate zone id '" + z.id() + "'");
            }
        }
        Set<String> ids = new HashSet<>();
        for (Component c : components) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("duplicate component id '" + c.id() + "'");
            }
            if (!zoneIds.contains(c.zone())) {
                throw new IllegalArgumentException(c.id() + ": unknown zone '" + c.zone() + "'");
            }
        }
        for (Line l : lines) {
            if (!ids.add(l.id())) {
                throw new IllegalArgumentException("duplicate id '" + l.id() + "'");
            }
            if (!zoneIds.contains(l.fromZone()) || !zoneIds.contains(l.toZone())) {
                throw new IllegalArgumentException(l.id() + ": joins unknown zone");
            }
        }
        for (Zone z : zones) {
            if (ids.contains(z.id())) {
                throw new IllegalArgumentException("zone id '" + z.id() + "' is also a component or line id");
            }
        }
    }

    public int zoneIndex(String zoneId) {
        for (int i = 0; i < zones.size(); i++) {
            if (zones.get(i).id().equals(zoneId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown zone " + zoneId);
    }

    public <T extends Component> List<T> all(Class<T> type) {
        return components.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
