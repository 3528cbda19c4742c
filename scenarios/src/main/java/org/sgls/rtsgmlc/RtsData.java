package org.sgls.rtsgmlc;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The RTS-GMLC tables an import needs, as read from RTS-GMLC's {@code RTS_Data} folder: buses, inter-bus
 * branches, generators with their unit-commitment and heat-rate data, storage volumes, and the DAY_AHEAD hourly
 * series that {@code timeseries_pointers.csv} assigns to generators, area loads and reserve products. Values
 * are in the data's units (MW, MMBtu, BTU/kWh, $); the conversion to a scenario is {@link RtsScenario}'s.
 *
 * @param series DAY_AHEAD series by the object they belong to: a GEN UID, an area's load (its area number, as
 *               the pointers name it) or a reserve product
 */
record RtsData(List<Bus> buses, List<Branch> branches, List<Generator> generators, List<StorageVolume> volumes,
        List<Reserve> reserves, LocalDateTime start, int hours, Map<String, double[]> series) {
    static final String SOURCE = "SourceData/";
    static final String POINTERS = SOURCE + "timeseries_pointers.csv";
    /** The simulation whose series are imported (the other, REAL_TIME, is 5-minute). */
    static final String DAY_AHEAD = "DAY_AHEAD";
    /** The name of the per-area spinning-reserve products. */
    static final String SPIN_UP = "Spin_Up";
    /** gen.csv's fuels; the first four are committable units. */
    static final List<String> FUELS = List.of("Coal", "NG", "Oil", "Nuclear", "Hydro", "Wind", "Solar", "Storage",
            "Sync_Cond");

    RtsData {
        buses = List.copyOf(buses);
        branches = List.copyOf(branches);
        generators = List.copyOf(generators);
        volumes = List.copyOf(volumes);
        reserves = List.copyOf(reserves);
        series = new LinkedHashMap<>(series);
    }

    /** A bus: its area and its share of the area's load ({@code MW Load} at the 8,550 MW system peak). */
    record Bus(int id, int area, double peakLoadMw) {
    }

    /** An AC or DC connection between two buses with its continuous rating (DC: its power setting). */
    record Branch(String id, int fromBus, int toBus, double ratingMw, boolean dc) {
    }

    /**
     * A row of gen.csv, the columns an import uses. Heat-rate curve: breakpoints {@code outputFraction[k]} x
     * PMax (point 0 = PMin), average heat rate at point 0, incremental heat rate on segment k (k = 1..3).
     */
    record Generator(String id, int bus, String unitType, String category, String fuel, double pmaxMw,
            double pminMw, double minUpH, double minDownH, double rampMwPerMin, double startHeatColdMmbtu,
            double nonFuelStartCost, double fuelPricePerMmbtu, double[] outputFraction, double hrAvg0BtuPerKwh,
            double[] hrIncrBtuPerKwh, double vomPerMwh, double co2LbsPerMmbtu, double pumpLoadMw,
            double roundTripEfficiency) {
        /** This generator with other incremental heat rates (segments 1..3). */
        Generator withIncrementalHeatRates(double... btuPerKwh) {
            return new Generator(id, bus, unitType, category, fuel, pmaxMw, pminMw, minUpH, minDownH, rampMwPerMin,
                    startHeatColdMmbtu, nonFuelStartCost, fuelPricePerMmbtu, outputFraction, hrAvg0BtuPerKwh,
                    btuPerKwh.clone(), vomPerMwh, co2LbsPerMmbtu, pumpLoadMw, roundTripEfficiency);
        }
    }

    /** A storage volume of storage.csv: the head (upper) or tail store of a generator. */
    record StorageVolume(String generator, String name, String position, double maxGwh, double initialGwh) {
    }

    /** A reserve product of reserves.csv: its name, the areas it covers and its direction. */
    record Reserve(String name, List<Integer> areas, String direction) {
    }

    static RtsData read(Path dir) {
        List<Bus> buses = buses(CsvTable.read(dir, SOURCE + "bus.csv"));
        List<Branch> branches = new ArrayList<>(branches(CsvTable.read(dir, SOURCE + "branch.csv"), "Cont Rating",
                false));
        branches.addAll(branches(CsvTable.read(dir, SOURCE + "dc_branch.csv"), "MW Load", true));
        List<Generator> generators = generators(CsvTable.read(dir, SOURCE + "gen.csv"));
        List<StorageVolume> volumes = volumes(CsvTable.read(dir, SOURCE + "storage.csv"));
        List<Reserve> reserves = reserves(CsvTable.read(dir, SOURCE + "reserves.csv"));
        Series s = series(dir, CsvTable.read(dir, POINTERS));
        return new RtsData(buses, branches, generators, volumes, reserves, s.start, s.hours, s.byObject);
    }

    /** This data with {@code change} applied to the generator {@code id}. */
    RtsData withGenerator(String id, UnaryOperator<Generator> change) {
        List<Generator> changed = generators.stream().map(g -> g.id().equals(id) ? change.apply(g) : g).toList();
        return new RtsData(buses, branches, changed, volumes, reserves, start, hours, series);
    }

    /** The series of an object, or null if the pointers give it none. */
    double[] series(String object) {
        return series.get(object);
    }

    private static List<Bus> buses(CsvTable t) {
        List<Bus> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            double load = t.number(r, "MW Load");
            if (load < 0) {
                throw t.problem(r, "MW Load", load + " is negative", "a bus load must be >= 0");
            }
            out.add(new Bus(t.integer(r, "Bus ID"), t.integer(r, "Area"), load));
        }
        return out;
    }

    private static List<Branch> branches(CsvTable t, String rating, boolean dc) {
        List<Branch> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            double mw = t.number(r, rating);
            if (mw < 0) {
                throw t.problem(r, rating, mw + " is negative", "a rating must be >= 0");
            }
            out.add(new Branch(t.text(r, "UID"), t.integer(r, "From Bus"), t.integer(r, "To Bus"), mw, dc));
        }
        return out;
    }

    private static List<Generator> generators(CsvTable t) {
        List<Generator> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            double[] fraction = new double[4];
            for (int k = 0; k < 4; k++) {
                fraction[k] = t.number(r, "Output_pct_" + k);
            }
            double[] incr = new double[3];
            for (int k = 0; k < 3; k++) {
                incr[k] = t.number(r, "HR_incr_" + (k + 1));
            }
            String fuel = t.text(r, "Fuel");
            if (!FUELS.contains(fuel)) {
                throw t.problem(r, "Fuel", "unknown fuel '" + fuel + "'", "must be one of " + String.join(", ", FUELS));
            }
            double pmax = t.number(r, "PMax MW");
            double pmin = t.number(r, "PMin MW");
            if (pmax < 0) {
                throw t.problem(r, "PMax MW", pmax + " is negative", "must be >= 0");
            }
            if (pmin < 0 || pmin > pmax) {
                throw t.problem(r, "PMin MW", pmin + " is out of range", "must be in [0, PMax MW = " + pmax + "]");
            }
            if (FUELS.indexOf(fuel) < 4) {
                checkHeatRate(t, r, pmax, pmin, fraction, incr);
            }
            out.add(new Generator(t.text(r, "GEN UID"), t.integer(r, "Bus ID"), t.text(r, "Unit Type"),
                    t.text(r, "Category"), fuel, pmax, pmin,
                    t.number(r, "Min Up Time Hr"), t.number(r, "Min Down Time Hr"), t.number(r, "Ramp Rate MW/Min"),
                    t.number(r, "Start Heat Cold MBTU"), t.number(r, "Non Fuel Start Cost $"),
                    t.number(r, "Fuel Price $/MMBTU"), fraction, t.number(r, "HR_avg_0"), incr, t.number(r, "VOM"),
                    t.number(r, "Emissions CO2 Lbs/MMBTU"), t.number(r, "Pump Load MW"),
                    t.number(r, "Storage Roundtrip Efficiency")));
        }
        return out;
    }

    /** A committable unit's heat-rate curve must make a fuel input that grows with output. */
    private static void checkHeatRate(CsvTable t, int r, double pmax, double pmin, double[] fraction, double[] incr) {
        if (pmax <= 0) {
            throw t.problem(r, "PMax MW", pmax + " is out of range", "a " + t.text(r, "Fuel") + " unit must have PMax > 0");
        }
        for (int k = 1; k < 4; k++) {
            if (fraction[k] < fraction[k - 1] || fraction[k] > 1 + 1e-9) {
                throw t.problem(r, "Output_pct_" + k, fraction[k] + " is out of range",
                        "heat-rate breakpoints must not decrease and must be fractions of PMax, at most 1");
            }
            if (incr[k - 1] < 0) {
                throw t.problem(r, "HR_incr_" + k, incr[k - 1] + " is negative", "a heat rate must be >= 0");
            }
        }
        for (String column : List.of("HR_avg_0", "Fuel Price $/MMBTU", "Start Heat Cold MBTU")) {
            if (t.number(r, column) < 0) {
                throw t.problem(r, column, t.number(r, column) + " is negative", "must be >= 0");
            }
        }
    }

    private static List<StorageVolume> volumes(CsvTable t) {
        List<StorageVolume> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            out.add(new StorageVolume(t.text(r, "GEN UID"), t.text(r, "Storage"), t.text(r, "position"), t.number(r, "Max Volume GWh"),
                    t.number(r, "Initial Volume GWh")));
        }
        return out;
    }

    private static List<Reserve> reserves(CsvTable t) {
        List<Reserve> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            String regions = t.text(r, "Eligible Regions").replace("(", "").replace(")", "");
            List<Integer> areas = new ArrayList<>();
            for (String a : regions.split(",")) {
                try {
                    areas.add(Integer.parseInt(a.trim()));
                } catch (NumberFormatException e) {
                    throw t.problem(r, "Eligible Regions", "'" + a.trim() + "' is not an area number",
                            "must list area numbers, e.g. (1,2,3)");
                }
            }
            out.add(new Reserve(t.text(r, "Reserve Product"), areas, t.text(r, "Direction")));
        }
        return out;
    }

    private record Series(LocalDateTime start, int hours, Map<String, double[]> byObject) {
    }

    /**
     * The DAY_AHEAD series the pointers name, each file read once. Every file must cover the same hours. The
     * series of an object is the file's column named after the object (a GEN UID, an area number, a reserve
     * product), or the file's only column (the CSP inflow file names the plant, its pointer the plant's store);
     * a generator has two pointers (PMax and PMin) when its output is fixed.
     */
    private static Series series(Path dir, CsvTable pointers) {
        Map<String, HourlyTable> files = new HashMap<>();
        Map<String, double[]> byObject = new LinkedHashMap<>();
        HourlyTable first = null;
        for (int r = 0; r < pointers.size(); r++) {
            String object = pointers.text(r, "Object");
            if (!pointers.text(r, "Simulation").equals(DAY_AHEAD) || !used(pointers.text(r, "Category"), object)) {
                continue;
            }
            String file = pointers.text(r, "Data File");
            String relative = relativeToData(file);
            if (relative == null) {
                throw pointers.problem(r, "Data File", "'" + file + "' is outside the data folder",
                        "must be a path under timeseries_data_files/");
            }
            HourlyTable table = files.computeIfAbsent(relative, f -> HourlyTable.read(dir, f));
            if (first == null) {
                first = table;
            } else if (!table.start().equals(first.start()) || table.hours() != first.hours()) {
                throw new ImportException(table.label() + ": " + table.hours() + " hours from " + table.start()
                        + " (must cover the same hours as " + first.label() + ": " + first.hours() + " from "
                        + first.start() + ")");
            }
            String column = table.columns().containsKey(object) ? object
                    : table.columns().size() == 1 ? table.columns().keySet().iterator().next() : null;
            if (column == null) {
                throw pointers.problem(r, "Object", "'" + object + "' is not a column of " + table.label(),
                        "the series of an object is the column named after it, or a file's only column");
            }
            byObject.putIfAbsent(object, table.column(column));
        }
        if (first == null) {
            throw new ImportException(POINTERS + ": no " + DAY_AHEAD + " rows (the import reads the day-ahead series)");
        }
        return new Series(first.start(), first.hours(), byObject);
    }

    /**
     * Whether an import uses the series of this pointer: generators' and areas', and the hourly spinning
     * reserves (the system-wide Reg and Flex products, in daily files of another layout, are not modelled).
     */
    private static boolean used(String category, String object) {
        return !category.equals("Reserve") || object.startsWith(SPIN_UP);
    }

    /** A pointer's path ({@code ../timeseries_data_files/PV/x.csv}, relative to SourceData) under the data folder. */
    private static String relativeToData(String file) {
        String f = file.replace('\\', '/');
        if (f.startsWith("../")) {
            f = f.substring(3);
        } else {
            f = SOURCE + f;
        }
        return f.contains("../") || f.startsWith("/") ? null : f;
    }
}
