package org.sgls.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Decimals;
import org.sgls.sweep.SweepSpec.AnnualCost;

/**
 * The cells of one sweep.csv row computed from a finished run: every {@code summary.json} key, nested objects
 * flattened with dots ({@code generation_mwh.pv}, {@code targets.curtailment_rate.met}), numbers written as in
 * summary.json; then, when the sweep prices investment, {@code capital_cost} and {@code system_cost}. Wall
 * times ({@code wall_seconds}, {@code phase_seconds}) are not results: they differ from run to run and go to
 * times.csv, so that sweep.csv depends only on the scenario and its variants.
 */
final class Columns {
    static final String VARIANT = "variant";
    static final String CAPITAL_COST = "capital_cost";
    static final String SYSTEM_COST = "system_cost";
    static final String PARETO = "pareto";
    private static final List<String> TIMING = List.of("wall_seconds", "phase_seconds");
    private static final double HOURS_PER_YEAR = 8760;

    private Columns() {
    }

    static LinkedHashMap<String, String> of(Map<String, Object> summary, ComponentTable components,
            List<AnnualCost> costs, double runHours) {
        LinkedHashMap<String, String> cells = new LinkedHashMap<>();
        summary.forEach((key, value) -> {
            if (!TIMING.contains(key)) {
                flatten(key, value, cells);
            }
        });
        if (!costs.isEmpty()) {
            double capital = capitalCost(components, costs) * runHours / HOURS_PER_YEAR;
            double total = ((Number) summary.get("total_cost")).doubleValue();
            cells.put(CAPITAL_COST, Decimals.plain(capital));
            cells.put(SYSTEM_COST, Decimals.plain(total + capital));
        }
        return cells;
    }

    /** A year's investment cost of the priced components, from their resolved ratings. */
    static double capitalCost(ComponentTable components, List<AnnualCost> costs) {
        double sum = 0;
        for (AnnualCost c : costs) {
            ComponentTable.Row row = components.rows().stream().filter(r -> c.component().equals(r.text("id")))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no component " + c.component()));
            sum += c.perMw() * row.number("pmax_mw", 0) + c.perMwh() * row.number("energy_mwh", 0);
        }
        return sum;
    }

    /** Wall seconds of the run and of each of its phases, for times.csv. */
    static LinkedHashMap<String, Double> timing(Map<String, Object> summary) {
        LinkedHashMap<String, Double> t = new LinkedHashMap<>();
        t.put("wall_seconds", ((Number) summary.get("wall_seconds")).doubleValue());
        if (summary.get("phase_seconds") instanceof Map<?, ?> phases) {
            phases.forEach((k, v) -> t.put("phase_seconds." + k, ((Number) v).doubleValue()));
        }
        return t;
    }

    private static void flatten(String key, Object value, Map<String, String> cells) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(key + "." + k, v, cells));
        } else if (value instanceof Double d) {
            cells.put(key, Decimals.plain(d));
        } else {
            cells.put(key, String.valueOf(value)); // integers, booleans, the scenario's name
        }
    }
}
