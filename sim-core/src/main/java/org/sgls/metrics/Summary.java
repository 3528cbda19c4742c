package org.sgls.metrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sgls.model.Targets;
import org.sgls.sim.RunStats;

/**
 * The content of {@code summary.json}, computed from the component rows and the per-step columns alone, by the
 * same formulas as {@code check-run} (see {@code docs/output.md}), so that every number can be re-derived from
 * {@code components.csv} and {@code hourly.csv}. It is generic over kinds: it reads the contract's columns, not
 * the model, so a new component kind needs no change here unless it adds a term to the cost.
 *
 * <p>Per-step values are taken as written to {@code hourly.csv} ({@link Decimals#round6}), so the summary and a
 * re-derivation from the file differ only by summation order.
 */
public final class Summary {
    /** Kinds counted in {@code generation_mwh}; storage discharge and imports are not generation. */
    public static final List<String> GENERATOR_KINDS = List.of("pv", "wind", "hydro", "biomass", "csp", "coal",
            "gas", "oil", "nuclear");
    /** Always present in {@code generation_mwh} (0 when absent), so scripts can compare scenarios by key. */
    private static final List<String> ALWAYS_REPORTED = List.of("pv", "wind", "hydro", "biomass", "coal", "gas");
    private static final Set<String> RENEWABLE = Set.of("pv", "wind", "hydro", "biomass", "csp");
    private static final Set<String> VARIABLE = Set.of("pv", "wind", "hydro");
    /**
     * Kinds with an {@code on} column: their no-load and start-up costs, start-ups, fuel and CO2 count. (check-run
     * of contract v1 knows only coal and gas as committable; for oil and nuclear it adds none of these.)
     */
    private static final Set<String> COMMITTABLE = Set.of("coal", "gas", "oil", "nuclear");
    /**
     * Below this a flow is solver noise: a step counts in {@code shed_hours} only above it, and a
     * {@code cost_curve} applies only when |p| exceeds it. It is check-run's default tolerance; a smaller one
     * would count steps check-run does not.
     */
    public static final double NOISE_MW = 1e-3;

    private Summary() {
    }

    /**
     * The summary with, last, {@code targets}: for each target the scenario sets, its bound, the run's value
     * (the summary key of the same name) and whether it is met.
     */
    public static Map<String, Object> of(String scenarioName, ComponentTable components, Results results,
            RunStats stats, Targets targets) {
        Map<String, Object> s = of(scenarioName, components, results, stats);
        if (!targets.list().isEmpty()) {
            Map<String, Object> judged = new LinkedHashMap<>();
            for (Targets.Target t : targets.list()) {
                Map<String, Object> one = new LinkedHashMap<>();
                double value = ((Number) s.get(t.summaryKey())).doubleValue();
                one.put(t.atMost() ? "max" : "min", t.bound());
                one.put("value", value);
                one.put("met", t.met(value));
                judged.put(t.summaryKey(), one);
            }
            s.put("targets", judged);
        }
        return s;
    }

    /** The summary of one run, keys in a fixed order (contract keys first, then this project's additions). */
    public static Map<String, Object> of(String scenarioName, ComponentTable components, Results results,
            RunStats stats) {
        int steps = results.axis().steps();
        double dtH = results.axis().stepHours();
        Totals t = new Totals(steps);
        for (ComponentTable.Row row : components.rows()) {
            t.add(row, results, dtH);
        }
        double reserveShortfallMwh = 0;
        for (Results.Column column : results.columns()) {
            if (column.quantity().equals("reserve_shortfall_mw")) {
                reserveShortfallMwh += sum(rounded(column.values())) * dtH;
            }
        }

        Map<String, Double> generation = new LinkedHashMap<>();
        for (String kind : GENERATOR_KINDS) {
            Double mwh = t.generationMwh.get(kind);
            if (mwh != null || ALWAYS_REPORTED.contains(kind)) {
                generation.put(kind, clean(mwh == null ? 0 : mwh));
            }
        }
        double totalGenerationMwh = 0;
        double renewableGenerationMwh = 0;
        for (Map.Entry<String, Double> e : t.generationMwh.entrySet()) {
            totalGenerationMwh += e.getValue();
            if (RENEWABLE.contains(e.getKey())) {
                renewableGenerationMwh += e.getValue();
            }
        }
        double coalMwh = t.generationMwh.getOrDefault("coal", 0.0);
        double coalTce = t.fuelTce.getOrDefault("coal", 0.0);
        double totalCost = 0;
        Map<String, Double> costByKind = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : t.costByKind.entrySet()) {
            totalCost += e.getValue();
            costByKind.put(e.getKey(), clean(e.getValue()));
        }

        Map<String, Object> s = new LinkedHashMap<>();
        s.put("scenario", scenarioName);
        s.put("steps", steps);
        s.put("step_hours", dtH);
        s.put("wall_seconds", clean(stats.wallSeconds()));
        s.put("demand_mwh", clean(t.demandMwh));
        s.put("shed_mwh", clean(t.shedMwh));
        s.put("shed_hours", count(t.shedStep));
        s.put("generation_mwh", generation);
        s.put("import_mwh", clean(t.importMwh));
        s.put("export_mwh", clean(t.exportMwh));
        s.put("renewable_available_mwh", clean(t.availableMwh));
        s.put("renewable_curtailed_mwh", clean(t.curtailedMwh));
        s.put("curtailment_rate", ratio(t.curtailedMwh, t.availableMwh));
        s.put("renewable_share", ratio(renewableGenerationMwh, totalGenerationMwh));
        s.put("coal_generation_mwh", clean(coalMwh));
        s.put("coal_tce", clean(coalTce));
        // tce -> g is x 1e6, MWh -> kWh is x 1e3
        s.put("coal_gce_per_kwh", ratio(coalTce * 1e6, coalMwh * 1e3));
        s.put("co2_t", clean(t.co2T));
        s.put("gas_tce", clean(t.fuelTce.getOrDefault("gas", 0.0)));
        s.put("hydrogen_t", clean(t.h2Kg / 1000.0));
        s.put("electrolyzer_mwh", clean(t.electrolyzerMwh));
        s.put("storage_discharge_mwh", clean(t.dischargeMwh));
        s.put("storage_equivalent_cycles", ratio(t.dischargeMwh, t.storageEnergyMwh));
        s.put("startups", t.startups);
        s.put("total_cost", clean(totalCost));
        s.put("cost_by_kind", costByKind);
        s.put("reserve_shortfall_mwh", clean(reserveShortfallMwh));
        s.put("h2_unserved_t", clean(t.h2UnservedKg / 1000.0));
        s.put("h2_unserved_cost", clean(t.h2UnservedCost));
        s.put("windows", stats.windows());
        s.put("fallback_steps", stats.fallbackSteps());
        s.put("fallback_windows", stats.fallbackWindows());
        s.put("solver_recoveries", stats.solverRecoveries());
        Map<String, Double> phases = new TreeMap<>();
        stats.phaseSeconds().forEach((phase, seconds) -> phases.put(phase, clean(seconds)));
        s.put("phase_seconds", phases);
        return s;
    }

    /** Accumulators over all components; one pass per component, column by column (no object per step). */
    private static final class Totals {
        final boolean[] shedStep;
        double demandMwh;
        double shedMwh;
        double availableMwh;
        double curtailedMwh;
        double importMwh;
        double exportMwh;
        double co2T;
        double h2Kg;
        double h2UnservedKg;
        double h2UnservedCost;
        double electrolyzerMwh;
        double dischargeMwh;
        double storageEnergyMwh;
        int startups;
        final Map<String, Double> generationMwh = new LinkedHashMap<>();
        final Map<String, Double> fuelTce = new LinkedHashMap<>();
        final Map<String, Double> costByKind = new LinkedHashMap<>();

        Totals(int steps) {
            shedStep = new boolean[steps];
        }

        void add(ComponentTable.Row row, Results results, double dtH) {
            String id = row.text("id");
            String kind = row.text("kind");
            if (kind.equals("line")) {
                return; // flows carry no cost and no energy total
            }
            double[] p = column(results, id, kind, "p_mw");
            int steps = p.length;
            double cost = 0;

            // The contract's cost terms that apply to any component, read from whichever columns it fills.
            double marginal = number(row, "marginal_cost_per_mwh");
            double c2 = number(row, "cost_c2_per_mw2h");
            double value = number(row, "value_per_mwh");
            PiecewiseCost curve = PiecewiseCost.parse(row.text("cost_curve"));
            for (int t = 0; t < steps; t++) {
                double pMw = p[t];
                cost += marginal * Math.max(pMw, 0) * dtH + c2 * pMw * pMw * dtH - value * Math.max(-pMw, 0) * dtH;
                if (curve != null && Math.abs(pMw) > NOISE_MW) {
                    cost += curve.costPerH(pMw) * dtH;
                }
            }

            if (kind.equals("load")) {
                double[] demand = column(results, id, kind, "demand_mw");
                double[] shed = column(results, id, kind, "shed_mw");
                demandMwh += sum(demand) * dtH;
                double shedSum = sum(shed);
                shedMwh += shedSum * dtH;
                cost += number(row, "shed_cost_per_mwh") * shedSum * dtH;
                for (int t = 0; t < steps; t++) {
                    shedStep[t] |= shed[t] > NOISE_MW;
                }
            } else if (VARIABLE.contains(kind)) {
                availableMwh += sum(column(results, id, kind, "avail_mw")) * dtH;
                curtailedMwh += sum(column(results, id, kind, "curtail_mw")) * dtH;
                generationMwh.merge(kind, sum(p) * dtH, Double::sum);
            } else if (COMMITTABLE.contains(kind)) {
                double[] on = column(results, id, kind, "on");
                double onSum = sum(on);
                double pSum = sum(p);
                generationMwh.merge(kind, pSum * dtH, Double::sum);
                cost += number(row, "noload_cost_per_h") * onSum * dtH;
                double fuel = (number(row, "fuel_tce_per_h") * onSum + number(row, "fuel_tce_per_mwh") * pSum) * dtH;
                fuelTce.merge(kind, fuel, Double::sum);
                co2T += fuel * number(row, "co2_t_per_tce");
                // A start is off -> on; before the first step the unit is as on_initial says (blank: unknown,
                // so the first step cannot count as a start).
                Object initial = row.get("on_initial");
                boolean known = initial instanceof Number || initial instanceof Boolean;
                boolean wasOn = known && number(row, "on_initial") > 0.5;
                int starts = 0;
                for (int t = 0; t < steps; t++) {
                    boolean isOn = on[t] > 0.5;
                    if (known && !wasOn && isOn) {
                        starts++;
                    }
                    wasOn = isOn;
                    known = true;
                }
                startups += starts;
                cost += number(row, "startup_cost") * starts;
            } else if (kind.equals("storage")) {
                dischargeMwh += sum(column(results, id, kind, "discharge_mw")) * dtH;
                storageEnergyMwh += number(row, "energy_mwh");
            } else if (kind.equals("electrolyzer")) {
                double[] h2 = column(results, id, kind, "h2_kg");
                double h2Sum = sum(h2);
                electrolyzerMwh -= sum(p) * dtH;
                h2Kg += h2Sum;
                cost -= number(row, "h2_value_per_kg") * h2Sum;
                double[] unserved = results.find(id, "h2_unserved_kg");
                if (unserved != null) {
                    double unservedSum = sum(rounded(unserved));
                    h2UnservedKg += unservedSum;
                    h2UnservedCost += number(row, "h2_unserved_cost_per_kg") * unservedSum;
                }
            } else if (GENERATOR_KINDS.contains(kind)) {
                generationMwh.merge(kind, sum(p) * dtH, Double::sum);
            } else if (kind.equals("import")) {
                importMwh += sum(p) * dtH;
            } else if (kind.equals("export")) {
                exportMwh -= sum(p) * dtH;
            }
            costByKind.merge(kind, cost, Double::sum);
        }
    }

    /** A column as written to the file; a missing one is an engine bug, named here rather than as a NPE. */
    private static double[] column(Results results, String id, String kind, String quantity) {
        double[] values = results.find(id, quantity);
        if (values == null) {
            throw new IllegalArgumentException(id + " (" + kind + ") has no column " + id + "." + quantity);
        }
        return rounded(values);
    }

    private static double[] rounded(double[] values) {
        double[] out = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            out[t] = Decimals.round6(values[t]);
        }
        return out;
    }

    /** A cell as a number, blank as 0 (the contract's rule for the cost formula). */
    private static double number(ComponentTable.Row row, String column) {
        Object v = row.get(column);
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        double x = row.number(column, 0.0);
        return Double.isFinite(x) ? x : 0.0;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    /** 0 when there is nothing to divide by (no renewables, no coal, no storage): scripts want a number. */
    private static double ratio(double numerator, double denominator) {
        return denominator > 0 ? clean(numerator / denominator) : 0.0;
    }

    /** No "-0.0" in the file. */
    private static double clean(double value) {
        return value + 0.0;
    }

    /** A {@code cost_curve}: convex piecewise-linear cost per hour, breakpoints {@code mw:cost_per_h;...}. */
    private record PiecewiseCost(double[] mw, double[] costPerH) {
        static PiecewiseCost parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String[] parts = text.split(";");
            double[][] points = new double[parts.length][];
            for (int i = 0; i < parts.length; i++) {
                String[] xy = parts[i].split(":");
                if (xy.length != 2) {
                    throw new IllegalArgumentException("cost_curve '" + text + "': expected mw:cost_per_h pairs");
                }
                points[i] = new double[] {Double.parseDouble(xy[0].trim()), Double.parseDouble(xy[1].trim())};
            }
            Arrays.sort(points, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0])
                    : Double.compare(a[1], b[1]));
            double[] x = new double[points.length];
            double[] y = new double[points.length];
            for (int i = 0; i < points.length; i++) {
                x[i] = points[i][0];
                y[i] = points[i][1];
            }
            return new PiecewiseCost(x, y);
        }

        /** Interpolated; flat beyond the end points (as check-run). */
        double costPerH(double p) {
            if (p <= mw[0]) {
                return costPerH[0];
            }
            for (int i = 1; i < mw.length; i++) {
                if (p <= mw[i]) {
                    double span = mw[i] - mw[i - 1];
                    return span > 0 ? costPerH[i - 1] + (costPerH[i] - costPerH[i - 1]) * (p - mw[i - 1]) / span
                            : costPerH[i];
                }
            }
            return costPerH[costPerH.length - 1];
        }
    }
}
