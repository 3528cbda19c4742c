package org.sgls.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sgls.timeseries.TimeAxis;

/**
 * Columnar per-step results: one {@code double[steps]} per (component id, quantity), in the order they were
 * declared, which is the column order of {@code hourly.csv}. No object per step.
 */
public final class Results {
    /** One column of {@code hourly.csv}: {@code <id>.<quantity>}. */
    public record Column(String id, String quantity, double[] values) {
        public String header() {
            return id + "." + quantity;
        }
    }

    private final TimeAxis axis;
    private final Map<String, Column> columns = new LinkedHashMap<>();

    public Results(TimeAxis axis) {
        this.axis = axis;
    }

    public TimeAxis axis() {
        return axis;
    }

    /** Declares (first call) or returns the column {@code id.quantity}. */
    public double[] column(String id, String quantity) {
        return columns.computeIfAbsent(id + "." + quantity, k -> new Column(id, quantity, new double[axis.steps()]))
                .values();
    }

    /** The column if declared, else null. */
    public double[] find(String id, String quantity) {
        Column c = columns.get(id + "." + quantity);
        return c == null ? null : c.values();
    }

    public List<Column> columns() {
        return Collections.unmodifiableList(new ArrayList<>(columns.values()));
    }
}
