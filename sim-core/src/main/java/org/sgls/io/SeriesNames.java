package org.sgls.io;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sgls.timeseries.Profile;

/**
 * Names the profiles of components when a scenario is written. A profile keeps its own name when it is a
 * valid series name that no different series took; identical series share one column. Otherwise it is named
 * after its component ({@code load1_demand_mw}). Deterministic, so that writing twice gives the same bytes.
 */
final class SeriesNames {
    private final Map<String, double[]> columns = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();

    /** The series name under which {@code profile} is written. */
    String name(Profile profile, String fallback) {
        double[] values = new double[profile.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = profile.at(i);
        }
        String own = profile.name();
        boolean usable = own != null && ProfilesCsv.SERIES_NAME.matcher(own).matches()
                && !ProfilesSection.RESERVED.contains(own);
        String name = usable ? own : fallback;
        if (takenByOther(name, values)) {
            name = fallback;
            for (int n = 2; takenByOther(name, values); n++) {
                name = fallback + "_" + n;
            }
        }
        columns.putIfAbsent(name, values);
        if (profile.origin() != null) {
            origins.putIfAbsent(name, profile.origin());
        }
        return name;
    }

    private boolean takenByOther(String name, double[] values) {
        double[] existing = columns.get(name);
        return existing != null && !Arrays.equals(existing, values);
    }

    /** Name to values, in order of first use. */
    Map<String, double[]> columns() {
        return Collections.unmodifiableMap(columns);
    }

    /** Column name to the origin of its values (JSON text), for the columns whose origin is known. */
    Map<String, String> origins() {
        return Collections.unmodifiableMap(origins);
    }
}
