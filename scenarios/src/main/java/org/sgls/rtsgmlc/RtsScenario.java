package org.sgls.rtsgmlc;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sgls.model.Component;
import org.sgls.model.CostCurve;
import org.sgls.model.DispatchSettings;
import org.sgls.model.Kind;
import org.sgls.model.Line;
import org.sgls.model.Load;
import org.sgls.model.PowerSystem;
import org.sgls.model.Scenario;
import org.sgls.model.Storage;
import org.sgls.model.ThermalUnit;
import org.sgls.model.VariableSource;
import org.sgls.model.Zone;
import org.sgls.rtsgmlc.RtsData.Generator;
import org.sgls.timeseries.Profile;
import org.sgls.timeseries.TimeAxis;

/**
 * RTS-GMLC as an SGLS scenario: its three areas as zones, the branches between areas as lines, every generator
 * as a component of the kind its fuel and type say, the DAY_AHEAD hourly series as profiles. The choices are
 * explained in docs/rts-gmlc.md; the numbers each choice affects are in the {@link ImportReport}.
 */
final class RtsScenario {
    /** A leap year's series are laid on this common year's calendar (it starts on a Wednesday, as 2020 does). */
    static final int COMMON_YEAR = 2025;
    /** 1 tce = 29.3076 GJ; 1 MMBtu = 1.055056 GJ. */
    static final double MMBTU_PER_TCE = 29.3076 / 1.055056;
    static final double T_PER_LB = 0.45359237e-3;
    static final String CURRENCY = "USD";
    /** Hours a unit is taken to have been off (or, for must-run units, on) before the first step: not binding. */
    static final int HOURS_IN_STATE = 1000;
    /** Value of lost load: the scenario format's default (docs/scenario-format.md). */
    static final double SHED_COST_PER_MWH = 20_000;

    private RtsScenario() {
    }

    /** The scenario and what the import did to the data. */
    record Imported(Scenario scenario, ImportReport report) {
    }

    /** How a thermal unit is committed. */
    enum Commitment {
        /** as the look-ahead decides; nuclear held on (must-run) */
        BY_DISPATCH,
        /** held on at every step, ramps free: a snapshot of units on line */
        HELD_ON
    }

    static Imported build(RtsData data) {
        return build(data, Integer.MAX_VALUE);
    }

    /** The first {@code days} days of the year (29 February not counted), or the whole year. */
    static Imported build(RtsData data, int days) {
        int[] all = keptHours(data);
        int[] kept = Arrays.copyOf(all, (int) Math.min(all.length, 24L * days));
        LocalDateTime start = clock(data.start());
        TimeAxis axis = new TimeAxis(start, 1, kept.length);
        ImportReport.Builder report = new ImportReport.Builder(data.start(), data.hours(), all.length, kept.length,
                start);

        List<Zone> zones = new ArrayList<>();
        for (int area : areas(data)) {
            double fraction = reserveFraction(data, area, kept, report);
            zones.add(new Zone(zoneId(area), 0, fraction));
        }
        List<Component> components = new ArrayList<>();
        components.addAll(loads(data, kept));
        for (Generator g : data.generators()) {
            String zone = zoneId(area(data, g.bus()));
            Component c = switch (Role.of(g)) {
                case THERMAL -> thermal(g, zone, Commitment.BY_DISPATCH, report);
                case VARIABLE -> variable(g, zone, data, kept);
                case CSP -> csp(g, zone, data, kept, report);
                case STORAGE -> storage(g, zone, data);
                case NONE -> null;
            };
            if (c == null) {
                report.skipped(g);
            } else {
                components.add(c);
                report.imported(c);
            }
        }
        List<Line> lines = lines(data, report);
        PowerSystem system = new PowerSystem(axis, zones, components, lines);
        ImportReport r = report.build();
        Scenario scenario = new Scenario("rts-gmlc", description(r), sources(), CURRENCY, 1, system,
                DispatchSettings.DEFAULT);
        return new Imported(scenario, r);
    }

    /** What a generator becomes. */
    enum Role {
        THERMAL, VARIABLE, CSP, STORAGE, NONE;

        static Role of(Generator g) {
            return switch (g.fuel()) {
                case "Coal", "NG", "Oil", "Nuclear" -> THERMAL;
                case "Hydro", "Wind" -> VARIABLE;
                case "Solar" -> g.unitType().equals("CSP") ? CSP : VARIABLE;
                case "Storage" -> STORAGE;
                case "Sync_Cond" -> NONE; // synchronous condensers: no active power
                default -> throw new IllegalArgumentException(g.id() + ": unknown fuel " + g.fuel());
            };
        }
    }

    static Kind kind(Generator g) {
        return switch (g.fuel()) {
            case "Coal" -> Kind.COAL;
            case "NG" -> Kind.GAS;
            case "Oil" -> Kind.OIL;
            case "Nuclear" -> Kind.NUCLEAR;
            case "Hydro" -> Kind.HYDRO;
            case "Wind" -> Kind.WIND;
            case "Solar" -> g.unitType().equals("CSP") ? Kind.CSP : Kind.PV;
            case "Storage" -> Kind.STORAGE;
            default -> throw new IllegalArgumentException(g.id() + ": no kind for fuel " + g.fuel());
        };
    }

    /**
     * A committable unit. Its cost curve is the fuel curve times the fuel price (so the fuel price in the file is
     * 0); its fuel line is the curve's chord, for the fuel and CO2 columns.
     */
    static ThermalUnit thermal(Generator g, String zone, Commitment commitment, ImportReport.Builder report) {
        HeatRateCurve fuel = HeatRateCurve.of(g);
        if (report != null && fuel.convexified()) {
            report.convexified(g.id());
        }
        List<CostCurve.Point> points = new ArrayList<>();
        for (int k = 0; k < fuel.mw().length; k++) {
            points.add(new CostCurve.Point(fuel.mw()[k], fuel.mmbtuPerH()[k] * g.fuelPricePerMmbtu()));
        }
        double[] chord = fuel.chord();
        double ramp = g.rampMwPerMin() > 0 ? g.rampMwPerMin() * 60 : Double.POSITIVE_INFINITY;
        boolean held = commitment == Commitment.HELD_ON;
        boolean mustRun = held || kind(g) == Kind.NUCLEAR;
        double minStable = g.pminMw() / g.pmaxMw();
        return new ThermalUnit(g.id(), zone, kind(g), g.pmaxMw(), minStable, null,
                held ? Double.POSITIVE_INFINITY : ramp, held ? Double.POSITIVE_INFINITY : ramp,
                wholeHours(g.minUpH()), wholeHours(g.minDownH()),
                g.startHeatColdMmbtu() * g.fuelPricePerMmbtu() + g.nonFuelStartCost(), 0,
                chord[0] / MMBTU_PER_TCE, chord[1] / MMBTU_PER_TCE, g.vomPerMwh(),
                g.co2LbsPerMmbtu() * MMBTU_PER_TCE * T_PER_LB, mustRun, HOURS_IN_STATE,
                mustRun ? (held ? minStable * g.pmaxMw() : g.pmaxMw()) : 0, 0, 0, new CostCurve(points), mustRun);
    }

    /** Minimum up and down times in whole hours, rounded up so that the unit's own minimum is honoured. */
    static int wholeHours(double hours) {
        return Math.max(1, (int) Math.ceil(hours - 1e-9));
    }

    /** PV, rooftop PV, wind, hydro: the series in MW over PMax. */
    private static VariableSource variable(Generator g, String zone, RtsData data, int[] kept) {
        double[] mw = requireSeries(data, g);
        double[] pu = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            double v = mw[kept[i]];
            if (v < 0 || v > g.pmaxMw() * (1 + 1e-9)) {
                throw new ImportException(RtsData.POINTERS + ": the DAY_AHEAD series of " + g.id() + " is " + v
                        + " MW at " + data.start().plusHours(kept[i]) + " (must be in [0, PMax MW = " + g.pmaxMw()
                        + "] of gen.csv)");
            }
            pu[i] = Math.min(1, v / g.pmaxMw());
        }
        return new VariableSource(g.id(), zone, kind(g), g.pmaxMw(), Profile.of(g.id(), pu), g.vomPerMwh());
    }

    /** The CSP plant, following its heat through its store ({@link CspSchedule}). */
    private static VariableSource csp(Generator g, String zone, RtsData data, int[] kept,
            ImportReport.Builder report) {
        RtsData.StorageVolume store = head(data, g);
        // the inflow is the store's series (its pointer names the store), or the plant's
        double[] inflow = data.series(store.name()) != null ? data.series(store.name()) : requireSeries(data, g);
        CspSchedule schedule = CspSchedule.follow(inflow, g.pmaxMw(), store.maxGwh() * 1000, store.initialGwh() * 1000);
        double[] pu = new double[kept.length];
        double inflowMwh = 0;
        for (double mw : inflow) {
            inflowMwh += mw;
        }
        for (int i = 0; i < kept.length; i++) {
            pu[i] = Math.min(1, schedule.outputMw()[kept[i]] / g.pmaxMw());
        }
        report.csp(inflowMwh, schedule.spilledMwh());
        return new VariableSource(g.id(), zone, Kind.CSP, g.pmaxMw(), Profile.of(g.id(), pu), g.vomPerMwh());
    }

    /** The battery: its head volume is its energy; the round-trip efficiency (in percent) split evenly. */
    private static Storage storage(Generator g, String zone, RtsData data) {
        RtsData.StorageVolume head = head(data, g);
        double rte = g.roundTripEfficiency() / 100;
        if (!(rte > 0 && rte <= 1)) {
            throw new ImportException(RtsData.SOURCE + "gen.csv: " + g.id() + ": Storage Roundtrip Efficiency "
                    + g.roundTripEfficiency() + " is out of range (must be a percentage in (0, 100])");
        }
        double eta = Math.sqrt(rte);
        double energyMwh = head.maxGwh() * 1000;
        double chargeMw = g.pumpLoadMw() > 0 ? g.pumpLoadMw() : g.pmaxMw();
        return new Storage(g.id(), zone, "battery", g.pmaxMw(), chargeMw, energyMwh, eta, eta, 0, 0,
                head.initialGwh() * 1000, g.vomPerMwh());
    }

    private static RtsData.StorageVolume head(RtsData data, Generator g) {
        return data.volumes().stream().filter(v -> v.generator().equals(g.id()) && v.position().equals("head"))
                .findFirst().orElseThrow(() -> new ImportException(RtsData.SOURCE + "storage.csv: no head storage "
                        + "for " + g.id() + " (a " + g.unitType() + " unit needs its store's volume)"));
    }

    private static double[] requireSeries(RtsData data, Generator g) {
        double[] s = data.series(g.id());
        if (s == null) {
            throw new ImportException(RtsData.POINTERS + ": no " + RtsData.DAY_AHEAD + " series for " + g.id()
                    + " (every " + g.category() + " unit needs one)");
        }
        return s;
    }

    /** One load per bus that has load: its area's series times its share of the area's peak (bus.csv). */
    private static List<Load> loads(RtsData data, int[] kept) {
        Map<Integer, Double> areaPeak = new TreeMap<>();
        for (RtsData.Bus b : data.buses()) {
            areaPeak.merge(b.area(), b.peakLoadMw(), Double::sum);
        }
        List<Load> loads = new ArrayList<>();
        for (RtsData.Bus b : data.buses()) {
            if (b.peakLoadMw() == 0) {
                continue;
            }
            double[] area = areaLoad(data, b.area());
            double share = b.peakLoadMw() / areaPeak.get(b.area());
            double[] mw = new double[kept.length];
            for (int i = 0; i < kept.length; i++) {
                mw[i] = area[kept[i]] * share;
                if (mw[i] < 0) {
                    throw new ImportException(RtsData.POINTERS + ": the load of area " + b.area() + " is negative at "
                            + data.start().plusHours(kept[i]) + " (must be >= 0)");
                }
            }
            String id = "load_" + b.id();
            loads.add(new Load(id, zoneId(b.area()), Profile.of(id, mw), SHED_COST_PER_MWH));
        }
        return loads;
    }

    static double[] areaLoad(RtsData data, int area) {
        double[] s = data.series(Integer.toString(area));
        if (s == null) {
            throw new ImportException(RtsData.POINTERS + ": no " + RtsData.DAY_AHEAD + " load series for area " + area
                    + " (every area with buses needs one)");
        }
        return s;
    }

    /**
     * The area's spinning-reserve requirement as a fraction of its load, the form a zone takes: RTS-GMLC's
     * Spin_Up_R series are 3 % of the area load to within 0.001 % every hour. The largest hourly gap between
     * the series and the fraction is reported.
     */
    private static double reserveFraction(RtsData data, int area, int[] kept, ImportReport.Builder report) {
        RtsData.Reserve product = data.reserves().stream()
                .filter(r -> r.name().startsWith(RtsData.SPIN_UP) && r.areas().equals(List.of(area))
                        && r.direction().equals("Up"))
                .findFirst().orElse(null);
        if (product == null || data.series(product.name()) == null) {
            report.reserve(area, null, 0, 0);
            return 0;
        }
        double[] req = data.series(product.name());
        double[] load = areaLoad(data, area);
        double reqSum = 0;
        double loadSum = 0;
        for (int h : kept) {
            reqSum += req[h];
            loadSum += load[h];
        }
        double fraction = loadSum > 0 ? Math.min(1, reqSum / loadSum) : 0;
        double worst = 0;
        for (int h : kept) {
            worst = Math.max(worst, Math.abs(req[h] - fraction * load[h]));
        }
        report.reserve(area, product.name(), fraction, worst);
        return fraction;
    }

    /** The branches between two areas (AC and DC) as one line each way with their ratings summed. */
    private static List<Line> lines(RtsData data, ImportReport.Builder report) {
        Map<String, double[]> capacity = new TreeMap<>();
        Map<String, List<String>> members = new TreeMap<>();
        for (RtsData.Branch b : data.branches()) {
            int a = area(data, b.fromBus());
            int z = area(data, b.toBus());
            if (a == z) {
                continue;
            }
            String id = zoneId(Math.min(a, z)) + "-" + zoneId(Math.max(a, z));
            capacity.computeIfAbsent(id, k -> new double[1])[0] += b.ratingMw();
            members.computeIfAbsent(id, k -> new ArrayList<>()).add(b.id() + (b.dc() ? " (DC)" : ""));
        }
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, double[]> e : capacity.entrySet()) {
            String[] ends = e.getKey().split("-");
            lines.add(new Line(e.getKey(), ends[0], ends[1], e.getValue()[0]));
            report.line(e.getKey(), e.getValue()[0], members.get(e.getKey()));
        }
        return lines;
    }

    static List<Integer> areas(RtsData data) {
        return data.buses().stream().map(RtsData.Bus::area).distinct().sorted().toList();
    }

    static int area(RtsData data, int bus) {
        return data.buses().stream().filter(b -> b.id() == bus).findFirst()
                .orElseThrow(() -> new ImportException(RtsData.SOURCE + "bus.csv: no bus " + bus
                        + " (named by a generator or branch)"))
                .area();
    }

    static String zoneId(int area) {
        return "area" + area;
    }

    /** The hours kept: all but those of 29 February (a year of 8,760 steps). */
    static int[] keptHours(RtsData data) {
        List<Integer> kept = new ArrayList<>();
        for (int h = 0; h < data.hours(); h++) {
            LocalDateTime t = data.start().plusHours(h);
            if (!(t.getMonth() == Month.FEBRUARY && t.getDayOfMonth() == 29)) {
                kept.add(h);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The scenario's clock: a leap year's data keep month, day and hour on {@link #COMMON_YEAR}'s calendar. */
    static LocalDateTime clock(LocalDateTime dataStart) {
        return Year.isLeap(dataStart.getYear()) ? dataStart.withYear(COMMON_YEAR) : dataStart;
    }

    private static List<String> sources() {
        return List.of("RTS-GMLC, the Reliability Test System of the DOE Grid Modernization Laboratory Consortium: "
                        + "https://github.com/GridMod/RTS-GMLC (RTS_Data/SourceData and the DAY_AHEAD series of "
                        + "RTS_Data/timeseries_data_files); data use disclaimer in its README",
                "C. Barrows et al., 'The IEEE Reliability Test System: A Proposed 2019 Update', IEEE Trans. Power "
                        + "Systems 35(1):119-127, 2020");
    }

    private static String description(ImportReport r) {
        return "RTS-GMLC imported by 'sgls import rts-gmlc' (docs/rts-gmlc.md): its 3 areas as zones joined by "
                + "their summed inter-area branch ratings (a zonal model: no flows within an area); units with "
                + "RTS-GMLC's PMin, ramp rates, minimum up/down times (rounded up to whole hours), cold-start "
                + "costs and heat-rate curves times fuel prices as convex cost curves; nuclear must-run; hydro "
                + "and rooftop PV follow their fixed day-ahead schedules but may be curtailed; the CSP plant "
                + "runs its turbine on its solar field and 1.2 GWh store; spinning reserve as the areas' "
                + "Spin_Up requirement (a fraction of load). The day-ahead series of " + r.dataStart().getYear()
                + (r.hoursDropped() > 0 ? " without 29 February (" + r.hoursDropped() + " hours dropped), laid on "
                        + "the calendar of " + r.scenarioStart().getYear() : "")
                + (r.steps() < r.yearSteps() ? "; only its first " + r.steps() / 24 + " days" : "")
                + ". Reg/Flex reserves, hydro reservoirs and forced outages are not modelled.";
    }
}
