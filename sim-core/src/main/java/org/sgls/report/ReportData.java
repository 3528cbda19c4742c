package org.sgls.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Decimals;
import org.sgls.metrics.Results;
import org.sgls.metrics.Summary;
import org.sgls.sim.RunResult;
import org.sgls.timeseries.TimeAxis;

/**
 * What {@code report.html} shows, computed from the run's own columns as written to {@code hourly.csv}
 * ({@link Decimals#round6}) and its summary, so every number on the page is derivable from the run folder and
 * consistent with {@code summary.json}.
 *
 * <p>Compact by design (a year-long run of the largest bundled scenario stays near 2 MB with the library): the
 * hourly series are per-kind sums (one array per dispatch-stack layer, rounded to 0.1 MW, layers that are zero
 * all year left out), from which the page cuts the week it shows; monthly aggregates, duration curves (at most
 * {@link #DURATION_POINTS} points) and per-unit coal figures are computed here.
 */
public final class ReportData {
    /** Steps in a week of the dispatch chart (hourly steps; scaled by the step length). */
    public static final double WEEK_HOURS = 168;
    /** Points kept of each duration curve (sorted, so sampling loses nothing visible). */
    public static final int DURATION_POINTS = 1000;
    /** A coal unit is "at minimum stable output" when committed and within this of the step's {@code pmin_mw}. */
    public static final double AT_MIN_MW = 1e-3;
    /** Indicator targets where the scenario sets none of its own (its {@code targets} section). */
    public static final double CURTAILMENT_TARGET = 0.05; // the 95 % utilisation floor for new energy in China
    public static final double COAL_GCE_TARGET = 300;     // gce/kWh, the benchmark for efficient coal units

    private static final Set<String> VARIABLE = Set.of("pv", "wind", "hydro");
    /** Dispatch-stack layers in stacking order: injections (>= 0), then withdrawals (<= 0). */
    public static final List<String> LAYERS = List.of("coal", "gas", "pv", "wind", "hydro", "biomass", "other",
            "discharge", "import", "charge", "electrolysis", "export", "curtailment");

    private ReportData() {
    }

    /** The page's data, a JSON-ready tree of maps, lists, numbers and text. */
    public static Map<String, Object> of(RunResult run, Map<String, Object> summary, String lang) {
        Results results = run.results();
        TimeAxis axis = results.axis();
        int steps = axis.steps();
        double dtH = axis.stepHours();

        Map<String, double[]> layers = new LinkedHashMap<>();
        for (String layer : LAYERS) {
            layers.put(layer, new double[steps]);
        }
        double[] demand = new double[steps];
        double[] available = new double[steps];
        double[] h2Kg = new double[steps];
        List<Map<String, Object>> stores = new ArrayList<>();
        List<Map<String, Object>> coal = new ArrayList<>();
        double h2TargetKg = 0;

        for (ComponentTable.Row row : run.components().rows()) {
            String id = row.text("id");
            String kind = row.text("kind");
            if (kind.equals("line")) {
                continue;
            }
            double[] p = col(results, id, "p_mw");
            switch (kind) {
                case "load" -> add(demand, col(results, id, "demand_mw"), 1);
                case "pv", "wind", "hydro", "biomass", "coal", "gas" -> add(layers.get(kind), p, 1);
                case "storage" -> {
                    add(layers.get("discharge"), col(results, id, "discharge_mw"), 1);
                    add(layers.get("charge"), col(results, id, "charge_mw"), -1);
                    stores.add(store(row, results, dtH));
                }
                case "electrolyzer" -> {
                    add(layers.get("electrolysis"), p, 1);
                    add(h2Kg, col(results, id, "h2_kg"), 1);
                    h2TargetKg += row.number("h2_demand_kg_per_h", 0) * steps * dtH;
                }
                case "import" -> add(layers.get("import"), p, 1);
                case "export" -> add(layers.get("export"), p, 1);
                default -> {
                    if (Summary.GENERATOR_KINDS.contains(kind)) {
                        add(layers.get("other"), p, 1);
                    }
                }
            }
            if (VARIABLE.contains(kind)) {
                add(available, col(results, id, "avail_mw"), 1);
                add(layers.get("curtailment"), col(results, id, "curtail_mw"), -1);
            }
            if (kind.equals("coal")) {
                coal.add(coalUnit(row, results, dtH));
            }
        }

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lang", lang);
        data.put("scenario", Map.of("name", run.scenario().name(),
                "description", run.scenario().description() == null ? "" : run.scenario().description(),
                "currency", run.scenario().currency() == null ? "" : run.scenario().currency()));
        data.put("start", axis.label(0));
        data.put("step_hours", dtH);
        data.put("steps", steps);
        data.put("summary", summary);
        double h2TargetT = h2TargetKg / 1000.0;
        data.put("indicators", indicators(summary, h2TargetT));
        data.put("hourly", hourly(layers, demand));
        data.put("weeks", weeks(layers.get("curtailment"), axis));
        data.put("monthly", monthly(axis, layers, available, h2Kg));
        double[] coalTotal = layers.get("coal");
        double[] netLoad = new double[steps];
        for (int t = 0; t < steps; t++) {
            netLoad[t] = demand[t] - available[t];
        }
        Map<String, Object> duration = new LinkedHashMap<>();
        duration.put("load", durationCurve(demand));
        duration.put("net_load", durationCurve(netLoad));
        duration.put("coal", durationCurve(coalTotal));
        data.put("duration", duration);
        data.put("storage", stores);
        data.put("coal_units", coal);
        return data;
    }

    /** Headline indicators: key of summary.json, value, target and whether it is met (null: no target). */
    static List<Map<String, Object>> indicators(Map<String, Object> s, double h2TargetT) {
        List<Map<String, Object>> list = new ArrayList<>();
        double curtailment = num(s.get("curtailment_rate"));
        list.add(indicator("curtailment_rate", curtailment, "<=", CURTAILMENT_TARGET,
                curtailment <= CURTAILMENT_TARGET));
        list.add(indicator("renewable_share", num(s.get("renewable_share")), null, null, null));
        double gce = num(s.get("coal_gce_per_kwh"));
        boolean hasCoal = num(s.get("coal_generation_mwh")) > 0;
        list.add(indicator("coal_gce_per_kwh", gce, hasCoal ? "<=" : null, hasCoal ? COAL_GCE_TARGET : null,
                hasCoal ? gce <= COAL_GCE_TARGET : null));
        double h2 = num(s.get("hydrogen_t"));
        if (h2TargetT > 0) {
            // the downstream demand the tanks serve; 0.1 % slack for the tank ending fuller or emptier
            list.add(indicator("hydrogen_t", h2, ">=", h2TargetT, h2 >= h2TargetT * 0.999));
        } else if (h2 > 0) {
            list.add(indicator("hydrogen_t", h2, null, null, null));
        }
        list.add(indicator("co2_t", num(s.get("co2_t")), null, null, null));
        double shed = num(s.get("shed_mwh"));
        list.add(indicator("shed_mwh", shed, "<=", 0.0, num(s.get("shed_hours")) == 0));
        double reserve = num(s.get("reserve_shortfall_mwh"));
        list.add(indicator("reserve_shortfall_mwh", reserve, "<=", 0.0, reserve <= 0));
        list.add(indicator("total_cost", num(s.get("total_cost")), null, null, null));
        // the scenario's own targets (summary.json "targets") take the place of the defaults above
        if (s.get("targets") instanceof Map<?, ?> own) {
            for (Map<String, Object> indicator : list) {
                if (own.get(indicator.get("key")) instanceof Map<?, ?> t) {
                    boolean atMost = t.containsKey("max");
                    indicator.put("op", atMost ? "<=" : ">=");
                    indicator.put("target", num(t.get(atMost ? "max" : "min")));
                    indicator.put("met", t.get("met"));
                }
            }
        }
        return list;
    }

    private static Map<String, Object> indicator(String key, double value, String op, Double target, Boolean met) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("value", value);
        m.put("op", op);
        m.put("target", target);
        m.put("met", met);
        return m;
    }

    /** Per-layer hourly MW, 0.1 MW, layers that are zero all year left out; the load line. */
    private static Map<String, Object> hourly(Map<String, double[]> layers, double[] demand) {
        Map<String, Object> h = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : layers.entrySet()) {
            if (Arrays.stream(e.getValue()).anyMatch(v -> Math.abs(v) >= 0.05)) {
                h.put(e.getKey(), tenths(e.getValue()));
            }
        }
        h.put("load", tenths(demand));
        return h;
    }

    /** Curtailed MWh per week (weeks of {@link #WEEK_HOURS} from the start) and the week with the most. */
    static Map<String, Object> weeks(double[] curtailmentNegative, TimeAxis axis) {
        int perWeek = Math.max(1, (int) Math.round(WEEK_HOURS / axis.stepHours()));
        int n = (axis.steps() + perWeek - 1) / perWeek;
        double[] mwh = new double[n];
        List<String> starts = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            starts.add(axis.label(w * perWeek));
            for (int t = w * perWeek; t < Math.min(axis.steps(), (w + 1) * perWeek); t++) {
                mwh[w] -= curtailmentNegative[t] * axis.stepHours();
            }
        }
        int best = 0;
        for (int w = 1; w < n; w++) {
            if (mwh[w] > mwh[best]) {
                best = w;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("steps_per_week", perWeek);
        m.put("start", starts);
        m.put("curtailed_mwh", round(mwh, 3));
        m.put("default", best);
        return m;
    }

    /** Month by month: energy by layer (MWh), demand, curtailment and its rate, hydrogen (t). */
    static Map<String, Object> monthly(TimeAxis axis, Map<String, double[]> layers, double[] available,
            double[] h2Kg) {
        Map<YearMonth, Integer> index = new LinkedHashMap<>();
        int[] month = new int[axis.steps()];
        for (int t = 0; t < axis.steps(); t++) {
            month[t] = index.computeIfAbsent(YearMonth.from(axis.time(t)), k -> index.size());
        }
        int n = index.size();
        double dtH = axis.stepHours();
        Map<String, Object> energy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : layers.entrySet()) {
            double[] sums = monthSums(e.getValue(), month, n, dtH);
            if (Arrays.stream(sums).anyMatch(v -> v != 0)) {
                energy.put(e.getKey(), round(sums, 3));
            }
        }
        double[] curtailed = monthSums(layers.get("curtailment"), month, n, -dtH);
        double[] avail = monthSums(available, month, n, dtH);
        double[] rate = new double[n];
        for (int m = 0; m < n; m++) {
            rate[m] = avail[m] > 0 ? curtailed[m] / avail[m] : 0;
        }
        double[] h2 = monthSums(h2Kg, month, n, 1e-3);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("month", index.keySet().stream().map(YearMonth::toString).toList());
        m.put("energy_mwh", energy);
        m.put("curtailed_mwh", round(curtailed, 3));
        m.put("available_mwh", round(avail, 3));
        m.put("curtailment_rate", round(rate, 6));
        m.put("hydrogen_t", round(h2, 3));
        return m;
    }

    private static double[] monthSums(double[] values, int[] month, int n, double factor) {
        double[] sums = new double[n];
        for (int t = 0; t < values.length; t++) {
            sums[month[t]] += values[t];
        }
        for (int m = 0; m < n; m++) {
            sums[m] = sums[m] * factor + 0.0;
        }
        return sums;
    }

    /** Sorted from highest to lowest, at most {@link #DURATION_POINTS} points (first and last always kept). */
    static double[] durationCurve(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        int points = Math.min(n, DURATION_POINTS);
        double[] out = new double[points];
        for (int i = 0; i < points; i++) {
            int k = points == 1 ? 0 : (int) Math.round((double) i * (n - 1) / (points - 1));
            out[i] = sorted[n - 1 - k];
        }
        return tenths(out);
    }

    private static Map<String, Object> store(ComponentTable.Row row, Results results, double dtH) {
        String id = row.text("id");
        double energy = row.number("energy_mwh", 0);
        double[] soc = col(results, id, "soc_mwh");
        double discharge = sum(col(results, id, "discharge_mw")) * dtH;
        double[] pct = new double[soc.length];
        for (int t = 0; t < soc.length; t++) {
            pct[t] = energy > 0 ? Math.round(soc[t] / energy * 1000) / 10.0 : 0;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("technology", row.text("technology"));
        m.put("energy_mwh", energy);
        m.put("discharge_mwh", discharge);
        m.put("equivalent_cycles", energy > 0 ? discharge / energy : 0.0);
        m.put("soc_pct", pct);
        return m;
    }

    /** One coal unit: hours on and at minimum stable output, start-ups, generation, fuel, gce/kWh. */
    static Map<String, Object> coalUnit(ComponentTable.Row row, Results results, double dtH) {
        String id = row.text("id");
        double[] p = col(results, id, "p_mw");
        double[] on = col(results, id, "on");
        double[] pminColumn = results.find(id, "pmin_mw");
        double pminFixed = row.number("pmin_mw", 0);
        double onSteps = 0;
        int atMinSteps = 0;
        Object initial = row.get("on_initial");
        boolean known = initial instanceof Number || initial instanceof Boolean;
        boolean wasOn = known && (initial instanceof Boolean b ? b : ((Number) initial).doubleValue() > 0.5);
        int starts = 0;
        for (int t = 0; t < p.length; t++) {
            boolean isOn = on[t] > 0.5;
            onSteps += on[t];
            double pmin = pminColumn != null ? Decimals.round6(pminColumn[t]) : pminFixed;
            if (isOn && Math.abs(p[t] - pmin) <= AT_MIN_MW) {
                atMinSteps++;
            }
            if (known && !wasOn && isOn) {
                starts++;
            }
            wasOn = isOn;
            known = true;
        }
        double mwh = sum(p) * dtH;
        double tce = (row.number("fuel_tce_per_h", 0) * onSteps + row.number("fuel_tce_per_mwh", 0) * sum(p)) * dtH;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("zone", row.text("zone"));
        m.put("pmax_mw", row.number("pmax_mw", 0));
        m.put("on_hours", onSteps * dtH);
        m.put("min_stable_hours", atMinSteps * dtH);
        m.put("startups", starts);
        m.put("generation_mwh", mwh);
        m.put("tce", tce);
        m.put("gce_per_kwh", mwh > 0 ? tce * 1e6 / (mwh * 1e3) : 0.0);
        return m;
    }

    private static double[] col(Results results, String id, String quantity) {
        double[] values = results.find(id, quantity);
        if (values == null) {
            throw new IllegalArgumentException(id + " has no column " + id + "." + quantity);
        }
        double[] out = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            out[t] = Decimals.round6(values[t]);
        }
        return out;
    }

    private static void add(double[] into, double[] values, double sign) {
        for (int t = 0; t < into.length; t++) {
            into[t] += sign * values[t];
        }
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static double num(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0.0;
    }

    private static double[] tenths(double[] values) {
        return round(values, 1);
    }

    private static double[] round(double[] values, int decimals) {
        double scale = Math.pow(10, decimals);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.round(values[i] * scale) / scale + 0.0;
        }
        return out;
    }
}
