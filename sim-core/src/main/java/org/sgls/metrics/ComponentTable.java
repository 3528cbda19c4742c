package org.sgls.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@code components.csv}: one per component and line, after all defaults are resolved, keyed by
 * the contract's column names. Values are numbers or text; absent = blank.
 */
public final class ComponentTable {
    /** The contract's columns, in file order. Extra columns a kind adds are appended after these. */
    public static final List<String> CONTRACT_COLUMNS = List.of("id", "kind", "zone", "from_zone", "to_zone",
            "pmax_mw", "pmin_mw", "charge_max_mw", "energy_mwh", "soc_min_mwh", "soc_initial_mwh", "eta_charge",
            "eta_discharge", "self_discharge_per_h", "ramp_up_mw_per_h", "ramp_down_mw_per_h", "kwh_per_kg",
            "on_initial", "min_up_h", "min_down_h", "marginal_cost_per_mwh", "noload_cost_per_h", "startup_cost",
            "cost_c2_per_mw2h", "cost_curve", "value_per_mwh", "shed_cost_per_mwh", "h2_value_per_kg",
            "fuel_tce_per_h", "fuel_tce_per_mwh", "co2_t_per_tce");

    /** One component's row. */
    public static final class Row {
        private final Map<String, Object> cells = new LinkedHashMap<>();

        public Row set(String column, Object value) {
            cells.put(column, value);
            return this;
        }

        public Object get(String column) {
            return cells.get(column);
        }

        /** The numeric value of a cell, or {@code fallback} when blank. */
        public double number(String column, double fallback) {
            Object v = cells.get(column);
            return v instanceof Number n ? n.doubleValue() : fallback;
        }

        public String text(String column) {
            Object v = cells.get(column);
            return v == null ? "" : v.toString();
        }

        public Map<String, Object> cells() {
            return Collections.unmodifiableMap(cells);
        }
    }

    private final List<Row> rows = new ArrayList<>();

    public Row add(String id, String kind) {
        Row row = new Row().set("id", id).set("kind", kind);
        rows.add(row);
        return row;
    }

    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** Contract columns first, then any extra columns in first-seen order. */
    public List<String> header() {
        List<String> header = new ArrayList<>(CONTRACT_COLUMNS);
        for (Row r : rows) {
            for (String c : r.cells.keySet()) {
                if (!header.contains(c)) {
                    header.add(c);
                }
            }
        }
        return header;
    }
}
