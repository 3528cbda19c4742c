package org.sgls.matpower;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sgls.io.ScenarioException;
import org.sgls.model.Component;
import org.sgls.model.CostCurve;
import org.sgls.model.DispatchSettings;
import org.sgls.model.Kind;
import org.sgls.model.Line;
import org.sgls.model.Load;
import org.sgls.model.PowerSystem;
import org.sgls.model.Scenario;
import org.sgls.model.ThermalUnit;
import org.sgls.model.Zone;
import org.sgls.timeseries.Profile;
import org.sgls.timeseries.TimeAxis;

/**
 * A MATPOWER case as a scenario: every bus a zone (or one zone for a copper plate) with its load PD + GS (the
 * shunt's MW at 1 p.u., as MATPOWER's DC model counts it), every in-service branch a line limited to RATE_A
 * (0: no limit), every in-service generator a must-run committable unit between PMIN and PMAX, and the loads
 * constant over the steps. An OPF has no commitment, so nothing may be switched off; the generators' costs come
 * from {@code gencost}: a polynomial c2 p² + c1 p + c0 as {@code cost_c2_per_mw2h}, {@code vom_cost_per_mwh}
 * and {@code noload_cost_per_h} (a negative c0 as a flat cost curve), piecewise-linear points as a
 * {@code cost_curve} cut or extended (along its end segments, as MATPOWER's cost variable is) to [PMIN, PMAX].
 * Fuel is priced at 0: the curve is the whole cost.
 *
 * <p>Lines are a transport model (docs/formulation.md): flows obey the limits, not Kirchhoff's voltage law.
 * With no binding limit, as in the cases 9, 14, 30 and 118, the optimum is the DC-OPF's.
 */
public final class MatpowerImport {
    /** The first step of an imported scenario: any date would do, the loads being constant. */
    public static final LocalDateTime START = LocalDateTime.of(2030, 1, 1, 0, 0);
    /** Value of lost load: far above any generator's cost in the published cases, so shedding is a last resort. */
    public static final double SHED_COST_PER_MWH = 100_000;

    // MATPOWER's column numbers (1-based, as its documentation numbers them)
    private static final int BUS_I = 1;
    private static final int BUS_TYPE = 2;
    private static final int PD = 3;
    private static final int GS = 5;
    private static final int ISOLATED = 4;
    private static final int GEN_BUS = 1;
    private static final int PG = 2;
    private static final int GEN_STATUS = 8;
    private static final int PMAX = 9;
    private static final int PMIN = 10;
    private static final int F_BUS = 1;
    private static final int T_BUS = 2;
    private static final int RATE_A = 6;
    private static final int BR_STATUS = 11;
    private static final int MODEL = 1;
    private static final int STARTUP = 2;
    private static final int NCOST = 4;
    private static final int PW_LINEAR = 1;
    private static final int POLYNOMIAL = 2;

    /**
     * @param steps       hours of constant load
     * @param copperPlate one zone and no lines instead of a zone per bus
     * @param kind        the kind of every generator (a case file does not say; costs come from gencost)
     */
    public record Options(int steps, boolean copperPlate, Kind kind) {
        public Options {
            if (steps < 1) {
                throw new IllegalArgumentException("steps must be >= 1, got " + steps);
            }
            if (!kind.committable()) {
                throw new IllegalArgumentException("generators must be of a committable kind, not " + kind.label());
            }
        }
    }

    private final String label;
    private final Options options;
    private final List<String> problems = new ArrayList<>();

    private MatpowerImport(String label, Options options) {
        this.label = label;
        this.options = options;
    }

    /**
     * Reads a case file into a scenario named after the file.
     *
     * @throws ScenarioException listing every problem found, each as {@code <file>: line N: what (rule)}
     */
    public static Scenario read(Path caseFile, Options options) {
        String label = caseFile.toString();
        String text;
        try {
            text = Files.readString(caseFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(label + ": not found (the MATPOWER case file must exist)");
        } catch (IOException e) {
            throw new ScenarioException(label + ": cannot be read: " + e.getMessage());
        }
        String name = caseFile.getFileName().toString().replaceFirst("\\.m$", "");
        return new MatpowerImport(label, options).convert(name, text);
    }

    /** As {@link #read}, from the text of a case file; {@code label} names it in messages. */
    public static Scenario parse(String label, String name, String text, Options options) {
        return new MatpowerImport(label, options).convert(name, text);
    }

    private Scenario convert(String name, String text) {
        MatpowerFile file = MatpowerFile.parse(text);
        file.problems.forEach(p -> problems.add(label + ": " + p));
        MatpowerFile.Matrix bus = required(file, "bus", "the buses");
        MatpowerFile.Matrix gen = required(file, "gen", "the generators");
        MatpowerFile.Matrix branch = required(file, "branch", "the branches");
        MatpowerFile.Matrix gencost = required(file, "gencost", "the generators' costs");
        throwIfAny();

        TimeAxis axis = new TimeAxis(START, 1, options.steps());
        Map<Long, String> zoneOfBus = new LinkedHashMap<>();
        List<Zone> zones = new ArrayList<>();
        List<Component> components = new ArrayList<>();
        if (options.copperPlate()) {
            zones.add(new Zone("main", 0, 0));
        }
        double loadMw = 0;
        for (MatpowerFile.Row r : columns(bus, 5, "BUS_I, BUS_TYPE, PD, QD, GS")) {
            Long id = busNumber(r, BUS_I, "BUS_I");
            if (id == null) {
                continue;
            }
            if (zoneOfBus.containsKey(id)) {
                problem(r, "bus " + id + " is listed twice", "bus numbers must be unique");
                continue;
            }
            if (col(r, BUS_TYPE) == ISOLATED) {
                zoneOfBus.put(id, null); // MATPOWER leaves isolated buses out; nothing may connect to one
                continue;
            }
            String zone = options.copperPlate() ? "main" : "bus" + id;
            zoneOfBus.put(id, zone);
            if (!options.copperPlate()) {
                zones.add(new Zone(zone, 0, 0));
            }
            double demandMw = col(r, PD) + col(r, GS);
            if (!(demandMw >= 0 && Double.isFinite(demandMw))) {
                problem(r, "bus " + id + " draws PD + GS = " + number(demandMw) + " MW",
                        "a negative or infinite load is not supported");
            } else if (demandMw > 0) {
                components.add(new Load("load" + id, zone, Profile.constant("load" + id, demandMw, axis.steps()),
                        SHED_COST_PER_MWH));
                loadMw += demandMw;
            }
        }

        List<MatpowerFile.Row> costRows = columns(gencost, 4, "MODEL, STARTUP, SHUTDOWN, NCOST");
        List<MatpowerFile.Row> genRows = columns(gen, 10, "GEN_BUS, PG, QG, QMAX, QMIN, VG, MBASE, GEN_STATUS, PMAX, PMIN");
        if (costRows.size() < genRows.size()) {
            problems.add(label + ": line " + gencost.line() + ": gencost has " + costRows.size() + " rows for "
                    + genRows.size() + " generators (one row per generator, in the order of gen)");
            throwIfAny();
        }
        double capacityMw = 0;
        for (int g = 0; g < genRows.size(); g++) {
            MatpowerFile.Row r = genRows.get(g);
            if (col(r, GEN_STATUS) <= 0) {
                continue;
            }
            String zone = connected(r, busNumber(r, GEN_BUS, "GEN_BUS"), zoneOfBus, "generator " + (g + 1));
            ThermalUnit u = unit(g + 1, zone, r, costRows.get(g));
            if (u != null) {
                components.add(u);
                capacityMw += u.pmaxMw();
            }
        }

        List<Line> lines = new ArrayList<>();
        // RATE_A 0 means no limit; no flow can exceed all generation and load together, so that much never binds
        double unlimitedMw = Math.ceil(capacityMw + loadMw);
        List<MatpowerFile.Row> branchRows = columns(branch, 11, "F_BUS, T_BUS, BR_R, BR_X, BR_B, RATE_A, RATE_B, "
                + "RATE_C, TAP, SHIFT, BR_STATUS");
        int unlimited = 0;
        for (int b = 0; b < branchRows.size(); b++) {
            MatpowerFile.Row r = branchRows.get(b);
            if (col(r, BR_STATUS) <= 0) {
                continue;
            }
            String from = connected(r, busNumber(r, F_BUS, "F_BUS"), zoneOfBus, "branch " + (b + 1));
            String to = connected(r, busNumber(r, T_BUS, "T_BUS"), zoneOfBus, "branch " + (b + 1));
            double rateA = col(r, RATE_A);
            if (!(rateA >= 0)) {
                problem(r, "RATE_A " + number(rateA) + " of branch " + (b + 1), "must be >= 0; 0 means unlimited");
            } else if (from != null && to != null && from.equals(to) && !options.copperPlate()) {
                problem(r, "branch " + (b + 1) + " joins bus " + number(col(r, F_BUS)) + " to itself",
                        "a branch must join two buses");
            } else if (from != null && to != null && !options.copperPlate()) {
                lines.add(new Line("branch" + (b + 1), from, to, rateA > 0 ? rateA : unlimitedMw));
                unlimited += rateA > 0 ? 0 : 1;
            }
        }
        throwIfAny();

        String description = String.format(Locale.ROOT, "MATPOWER case %s imported by 'sgls import matpower': %d "
                        + "buses as %s, %d in-service generators as must-run %s units (an OPF has no commitment), "
                        + "%s, %.1f MW of constant load over %d h. Costs from gencost (docs/matpower.md). Lines are "
                        + "a transport model: with no binding limit the optimum equals the DC-OPF's.", name,
                zoneOfBus.size(), options.copperPlate() ? "one zone (copper plate)" : "zones",
                components.stream().filter(c -> c instanceof ThermalUnit).count(), options.kind().label(),
                options.copperPlate() ? "no lines" : lines.size() + " in-service branches as lines" + (unlimited == 0
                        ? "" : " (RATE_A 0, no limit, as " + number(unlimitedMw) + " MW: more than all generation and "
                        + "load)"), loadMw, options.steps());
        List<String> sources = List.of("MATPOWER case file " + Path.of(label).getFileName() + " (its header names "
                + "where the data come from); MATPOWER: R. D. Zimmerman, C. E. Murillo-Sanchez, R. J. Thomas, "
                + "IEEE Trans. Power Systems 26(1):12-19, 2011");
        try {
            PowerSystem system = new PowerSystem(axis, zones, components, lines);
            return new Scenario(name, description, sources, "USD", 1, system, DispatchSettings.DEFAULT);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(label + ": " + e.getMessage() + " (model check)");
        }
    }

    /**
     * Generator {@code number} (its row in gen, from 1) with its gencost row; null when reported. A unit whose
     * PMIN equals PMAX is fixed at that output: its whole cost is then a no-load cost.
     */
    private ThermalUnit unit(int number, String zone, MatpowerFile.Row g, MatpowerFile.Row cost) {
        double pmax = col(g, PMAX);
        double pmin = col(g, PMIN);
        String what = "generator " + number;
        if (!(pmax > 0) || Double.isInfinite(pmax)) {
            problem(g, what + " has PMAX " + number(pmax), "an in-service generator must have a finite PMAX > 0");
            return null;
        }
        if (!(pmin >= 0 && pmin <= pmax)) {
            problem(g, what + " has PMIN " + number(pmin) + " and PMAX " + number(pmax),
                    "PMIN must be in [0, PMAX]; a dispatchable load (PMIN < 0) is not supported");
            return null;
        }
        double startup = col(cost, STARTUP);
        if (!(startup >= 0) || Double.isInfinite(startup)) {
            problem(cost, what + " has start-up cost " + number(startup), "must be a finite number >= 0");
            return null;
        }
        double minStable = pmin / pmax;
        double pminMw = minStable * pmax; // the model's own minimum, which a curve must start at
        Costs c = costs(what, cost, pminMw, pmax);
        if (c == null || zone == null) {
            return null;
        }
        double pInitial = Math.max(pminMw, Math.min(pmax, Double.isFinite(col(g, PG)) ? col(g, PG) : pminMw));
        return new ThermalUnit("gen" + number, zone, options.kind(), pmax, minStable, null, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, 1, 1, startup, 0, 0, 0, c.linearPerMwh, 0, true, 1000, pInitial, c.noloadPerH,
                c.c2PerMw2h, c.curve, true);
    }

    /** A generator's cost in the model's terms. */
    private record Costs(double noloadPerH, double linearPerMwh, double c2PerMw2h, CostCurve curve) {
    }

    private Costs costs(String what, MatpowerFile.Row r, double pminMw, double pmaxMw) {
        double model = col(r, MODEL);
        double n = col(r, NCOST);
        int have = r.values().length - NCOST;
        if (!(n >= 1 && n == Math.rint(n))) {
            problem(r, "NCOST " + number(n) + " for " + what, "must be a whole number >= 1");
            return null;
        }
        int count = (int) n;
        if (model == POLYNOMIAL) {
            if (count > have) {
                problem(r, what + ": NCOST " + count + " but only " + have + " coefficients", "the row is too short");
                return null;
            }
            double[] c = new double[3]; // c[k]: coefficient of p^k
            for (int k = 0; k < count; k++) {
                double coef = col(r, NCOST + count - k);
                if (k > 2 && coef != 0) {
                    problem(r, what + " has a cost polynomial of degree " + (count - 1),
                            "only degree <= 2 is supported: c2 p² + c1 p + c0");
                    return null;
                }
                if (k <= 2) {
                    c[k] = coef;
                }
            }
            if (!(c[2] >= 0)) {
                problem(r, what + " has c2 = " + number(c[2]), "must be >= 0: a concave cost cannot be dispatched by "
                        + "merit order");
                return null;
            }
            // a negative constant cannot be a no-load cost (>= 0); a flat curve carries it exactly
            CostCurve flat = c[0] < 0 && pmaxMw > pminMw ? new CostCurve(List.of(
                    new CostCurve.Point(pminMw, c[0]), new CostCurve.Point(pmaxMw, c[0]))) : null;
            if (c[0] < 0 && flat == null) {
                return new Costs(0, c[1] + c[0] / pmaxMw, c[2], null); // fixed output: the constant per MWh
            }
            return new Costs(flat == null ? c[0] : 0, c[1], c[2], flat);
        }
        if (model == PW_LINEAR) {
            if (2 * count > have) {
                problem(r, what + ": NCOST " + count + " points but only " + have + " numbers", "the row is too short");
                return null;
            }
            if (count < 2) {
                problem(r, what + " has a piecewise-linear cost of " + count + " point", "it needs at least 2");
                return null;
            }
            double[] x = new double[count];
            double[] y = new double[count];
            for (int k = 0; k < count; k++) {
                x[k] = col(r, NCOST + 1 + 2 * k);
                y[k] = col(r, NCOST + 2 + 2 * k);
                if (k > 0 && !(x[k] > x[k - 1])) {
                    problem(r, what + ": point " + (k + 1) + " at " + number(x[k]) + " MW follows " + number(x[k - 1])
                            + " MW", "the MW of a piecewise-linear cost must increase");
                    return null;
                }
                if (k > 1 && slope(x, y, k) < slope(x, y, k - 1) - 1e-9 * Math.max(1, Math.abs(slope(x, y, k - 1)))) {
                    problem(r, what + ": the slope into point " + (k + 1) + " (" + number(slope(x, y, k))
                            + " per MWh) is below the one before (" + number(slope(x, y, k - 1)) + ")",
                            "the cost must be convex");
                    return null;
                }
            }
            if (pmaxMw == pminMw) {
                return new Costs(0, pwl(x, y, pmaxMw) / pmaxMw, 0, null); // fixed output
            }
            List<CostCurve.Point> points = new ArrayList<>();
            points.add(new CostCurve.Point(pminMw, pwl(x, y, pminMw)));
            for (int k = 0; k < count; k++) {
                if (x[k] > pminMw && x[k] < pmaxMw) {
                    points.add(new CostCurve.Point(x[k], y[k]));
                }
            }
            points.add(new CostCurve.Point(pmaxMw, pwl(x, y, pmaxMw)));
            return new Costs(0, 0, 0, new CostCurve(points));
        }
        problem(r, "MODEL " + number(model) + " for " + what, "must be 1, piecewise linear, or 2, polynomial");
        return null;
    }

    private static double slope(double[] x, double[] y, int k) {
        return (y[k] - y[k - 1]) / (x[k] - x[k - 1]);
    }

    /** The piecewise-linear cost at p, its first and last segments extended beyond the end points. */
    private static double pwl(double[] x, double[] y, double p) {
        int k = 1;
        while (k < x.length - 1 && p > x[k]) {
            k++;
        }
        return y[k - 1] + slope(x, y, k) * (p - x[k - 1]);
    }

    private MatpowerFile.Matrix required(MatpowerFile file, String name, String what) {
        MatpowerFile.Matrix m = file.matrices.get(name);
        if (m == null) {
            problems.add(label + ": mpc." + name + ": missing (a case file must give " + what + ")");
        }
        return m;
    }

    /** The rows of a matrix that have at least {@code min} columns; the others are reported. */
    private List<MatpowerFile.Row> columns(MatpowerFile.Matrix m, int min, String names) {
        List<MatpowerFile.Row> ok = new ArrayList<>();
        for (MatpowerFile.Row r : m.rows()) {
            if (r.values().length < min) {
                problem(r, "a row of " + m.name() + " with " + r.values().length + " values",
                        "needs at least " + min + ": " + names);
            } else {
                ok.add(r);
            }
        }
        return ok;
    }

    /** A bus number in column {@code column}: a whole number >= 1, else reported and null. */
    private Long busNumber(MatpowerFile.Row r, int column, String name) {
        double v = col(r, column);
        if (!(v >= 1 && v == Math.rint(v) && v < 1e15)) {
            problem(r, name + " " + number(v) + " is not a bus number", "must be a whole number >= 1");
            return null;
        }
        return (long) v;
    }

    /** The zone of bus {@code bus}, reported and null when it is unknown or isolated. */
    private String connected(MatpowerFile.Row r, Long bus, Map<Long, String> zoneOfBus, String what) {
        if (bus == null) {
            return null;
        }
        if (!zoneOfBus.containsKey(bus)) {
            problem(r, what + " is at bus " + bus + ", which is not in mpc.bus", "every bus referred to must be listed");
            return null;
        }
        String zone = zoneOfBus.get(bus);
        if (zone == null) {
            problem(r, what + " is in service at bus " + bus + ", which is isolated (BUS_TYPE 4)",
                    "nothing in service may connect to an isolated bus");
        }
        return zone;
    }

    private static double col(MatpowerFile.Row r, int oneBased) {
        return oneBased <= r.values().length ? r.values()[oneBased - 1] : Double.NaN;
    }

    private void problem(MatpowerFile.Row r, String what, String rule) {
        problems.add(label + ": line " + r.line() + ": " + what + " (" + rule + ")");
    }

    private void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
