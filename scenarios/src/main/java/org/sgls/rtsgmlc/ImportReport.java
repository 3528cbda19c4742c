package org.sgls.rtsgmlc;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sgls.model.Component;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;
import org.sgls.model.VariableSource;

/**
 * What an import made of the data, in numbers: units and capacity by kind, curves that had to be convexified,
 * units left out, the hours dropped, the CSP energy the store could not take, the reserve fit and the lines.
 * {@code sgls import} prints it.
 *
 * @param unitsByKind kind label to {count, MW}
 */
record ImportReport(LocalDateTime dataStart, int dataHours, int yearSteps, int steps, LocalDateTime scenarioStart,
        Map<String, double[]> unitsByKind, double installedMw, List<String> convexified, List<String> skipped,
        double cspInflowMwh, double cspSpilledMwh, List<String> reserves, List<String> lines) {
    ImportReport {
        unitsByKind = Map.copyOf(unitsByKind);
        convexified = List.copyOf(convexified);
        skipped = List.copyOf(skipped);
        reserves = List.copyOf(reserves);
        lines = List.copyOf(lines);
    }

    /** The hours of 29 February. */
    int hoursDropped() {
        return dataHours - yearSteps;
    }

    /** The report as lines of text. */
    List<String> text() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%d hourly steps from %s (data: %d hours from %s%s%s)", steps,
                scenarioStart, dataHours, dataStart,
                hoursDropped() > 0 ? "; 29 February dropped, " + hoursDropped() + " hours" : "",
                steps < yearSteps ? "; only the first " + steps / 24 + " days imported" : ""));
        StringBuilder kinds = new StringBuilder();
        unitsByKind.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> kinds
                .append(kinds.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %d (%,.1f MW)", e.getKey(), (int) e.getValue()[0],
                        e.getValue()[1])));
        out.add("units: " + kinds + String.format(Locale.ROOT, "; installed %,.1f MW", installedMw));
        out.add("heat-rate curves convexified: " + convexified.size()
                + (convexified.isEmpty() ? "" : " (" + String.join(", ", convexified) + ")"));
        if (!skipped.isEmpty()) {
            out.add("left out (no active power): " + String.join(", ", skipped));
        }
        if (cspInflowMwh > 0) {
            out.add(String.format(Locale.ROOT, "CSP: solar-field inflow %,.1f GWh in the data's hours, %,.1f GWh of it spilled by the full store",
                    cspInflowMwh / 1000, cspSpilledMwh / 1000));
        }
        out.addAll(reserves);
        out.addAll(lines);
        return out;
    }

    /** Collects the report while the scenario is built. */
    static final class Builder {
        private final LocalDateTime dataStart;
        private final int dataHours;
        private final int yearSteps;
        private final int steps;
        private final LocalDateTime scenarioStart;
        private final Map<String, double[]> units = new LinkedHashMap<>();
        private double installedMw;
        private final List<String> convexified = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();
        private double cspInflowMwh;
        private double cspSpilledMwh;
        private final List<String> reserves = new ArrayList<>();
        private final List<String> lines = new ArrayList<>();

        Builder(LocalDateTime dataStart, int dataHours, int yearSteps, int steps, LocalDateTime scenarioStart) {
            this.dataStart = dataStart;
            this.dataHours = dataHours;
            this.yearSteps = yearSteps;
            this.steps = steps;
            this.scenarioStart = scenarioStart;
        }

        void imported(Component c) {
            double mw = 0;
            if (c instanceof ThermalUnit u) {
                mw = u.pmaxMw();
            } else if (c instanceof VariableSource v) {
                mw = v.capacityMw();
            } else if (c instanceof Storage s) {
                mw = s.dischargeMaxMw();
            }
            double[] entry = units.computeIfAbsent(c.kind().label(), k -> new double[2]);
            entry[0]++;
            entry[1] += mw;
            installedMw += mw;
        }

        void skipped(RtsData.Generator g) {
            skipped.add(g.id());
            installedMw += g.pmaxMw();
        }

        void convexified(String id) {
            convexified.add(id);
        }

        void csp(double inflowMwh, double spilledMwh) {
            cspInflowMwh += inflowMwh;
            cspSpilledMwh += spilledMwh;
        }

        void reserve(int area, String product, double fraction, double worstMw) {
            reserves.add(product == null ? "area " + area + ": no spinning-reserve series; reserve 0"
                    : String.format(Locale.ROOT, "area %d: spinning reserve %s = %.4f %% of load (largest hourly "
                            + "difference %.3f MW)", area, product, fraction * 100, worstMw));
        }

        void line(String id, double mw, List<String> branches) {
            lines.add(String.format(Locale.ROOT, "line %s: %,.0f MW = %s", id, mw, String.join(" + ", branches)));
        }

        ImportReport build() {
            return new ImportReport(dataStart, dataHours, yearSteps, steps, scenarioStart, units, installedMw, convexified,
                    skipped, cspInflowMwh, cspSpilledMwh, reserves, lines);
        }
    }
}
