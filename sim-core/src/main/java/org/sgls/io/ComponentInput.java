package org.sgls.io;

import org.sgls.model.Kind;
import org.sgls.timeseries.TimeAxis;

/**
 * What a {@link ComponentFormat} reads a component from: its common fields, already checked, the JSON object
 * with its remaining fields, and the scenario's series and time axis.
 *
 * @param axis null when the scenario's own time fields were wrong (already reported)
 */
record ComponentInput(String id, String zone, Kind kind, JsonFields fields, SeriesSet series, TimeAxis axis) {
    /** True when the record can be built: nothing was reported for this component and time is known. */
    boolean ready() {
        return fields.clean() && axis != null;
    }

    /** Reports at the component's own path. */
    void report(String key, String what, String rule) {
        fields.report(key, what, rule);
    }
}
