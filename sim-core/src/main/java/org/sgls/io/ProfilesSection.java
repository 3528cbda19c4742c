package org.sgls.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sgls.timeseries.TimeAxis;
import org.sgls.timeseries.UtcHourlyYear;
import org.sgls.timeseries.weather.Calibration;
import org.sgls.timeseries.weather.Generated;

/**
 * The {@code profiles} object of a scenario: an optional {@code file} (a CSV beside the scenario), any number of
 * inline series (name -> array of numbers), series to {@code generate} from weather and demand models, series to
 * {@code import} from PVGIS or renewables.ninja exports, and the {@code provenance} a written scenario records.
 * Reads them into a {@link SeriesSet} and settles the number of steps: the given {@code steps}, or else the length
 * of the file's and inline profiles, which must all agree with it. Generated and imported series are made for the
 * steps once they are known ({@link #make}).
 */
final class ProfilesSection {
    static final String FILE_KEY = "file";
    static final String GENERATE_KEY = "generate";
    static final String IMPORT_KEY = "import";
    static final String PROVENANCE_KEY = "provenance";
    /** Keys of the profiles object that are not series names, and so no series may be called. */
    static final Set<String> RESERVED = Set.of(ProfilesCsv.TIME, FILE_KEY, GENERATE_KEY, IMPORT_KEY, PROVENANCE_KEY);
    private static final String RESERVED_TEXT = "time, file, generate, import, provenance";
    /** What calibration reached is recorded to 1e-4 (h or load factor): for reading, not for reproducing. */
    private static final double REACHED_DECIMALS = 1e4;

    private final SeriesSet set;
    private String csvLabel;
    private int csvRows = -1;
    private final List<Series> inline = new ArrayList<>();
    private final Problems problems;
    private final String label;
    private final long scenarioSeed;
    /** Generators by series name, with the JSON path of each. */
    private final Map<String, GeneratorSpec> generators = new LinkedHashMap<>();
    private final Map<String, String> generatorPaths = new LinkedHashMap<>();
    private final List<MeasuredImport> imports = new ArrayList<>();
    /** Whether anything is generated or imported, usable or not. */
    private boolean makesSeries;

    private ProfilesSection(Problems problems, String label, long scenarioSeed) {
        this.problems = problems;
        this.label = label;
        this.scenarioSeed = scenarioSeed;
        this.set = new SeriesSet(problems);
    }

    /**
     * @param fields       the {@code profiles} object, or null when there is none
     * @param start        the scenario's start, or null when it was wrong
     * @param scenarioSeed the scenario's seed: the generators' default
     */
    static ProfilesSection read(JsonFields fields, Path scenarioFile, LocalDateTime start, double stepHours,
            long scenarioSeed, Problems problems) {
        ProfilesSection section = new ProfilesSection(problems, scenarioFile.toString(), scenarioSeed);
        if (fields != null) {
            section.readFile(fields, scenarioFile, start, stepHours);
            section.readInline(fields);
            section.readGenerate(fields);
            section.readImports(fields, scenarioFile);
            section.readProvenance(fields);
            fields.finish();
        }
        return section;
    }

    SeriesSet series() {
        return set;
    }

    private void readFile(JsonFields fields, Path scenarioFile, LocalDateTime start, double stepHours) {
        if (!fields.has(FILE_KEY)) {
            return;
        }
        String reference = fields.text(FILE_KEY, null);
        Path csv;
        try {
            csv = reference == null ? null : ScenarioReader.resolveBeside(scenarioFile, reference);
        } catch (InvalidPathException e) {
            fields.report(FILE_KEY, "'" + reference + "' is not a file name", "must name a CSV file");
            csv = null;
        }
        if (csv == null) {
            set.markIncomplete();
            return;
        }
        if (!Files.isRegularFile(csv)) {
            fields.report(FILE_KEY, "file '" + reference + "' not found at " + csv,
                    "must name a CSV file, relative to the scenario's folder");
            set.markIncomplete();
            return;
        }
        List<Series> columns = ProfilesCsv.read(csv, csv.toString(), Double.isNaN(stepHours) ? null : start,
                Double.isNaN(stepHours) ? 1 : stepHours, problems);
        if (columns == null) {
            set.markIncomplete();
            return;
        }
        csvLabel = csv.toString();
        for (Series s : columns) {
            set.add(s);
            csvRows = s.length();
        }
    }

    private void readInline(JsonFields fields) {
        for (String name : fields.keys()) {
            if (RESERVED.contains(name) && !name.equals(ProfilesCsv.TIME)) {
                continue;
            }
            fields.allow(name);
            String path = fields.pathOf(name);
            JsonNode array = fields.array(name);
            if (array == null) {
                continue;
            }
            if (name.equals(ProfilesCsv.TIME) || !ProfilesCsv.SERIES_NAME.matcher(name).matches()) {
                fields.report(name, "'" + name + "' is not a valid series name",
                        "must match " + ProfilesCsv.SERIES_NAME.pattern() + " and not be 'time'");
                continue;
            }
            double[] values = new double[array.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = fields.numberValue(array.get(i), path + "[" + i + "]");
            }
            Series s = new Series(name, values, fields.file(), path, i -> path + "[" + i + "]");
            if (!set.add(s)) {
                fields.report(name, "series '" + name + "' is also a column of " + csvLabel, "series names must be unique");
                continue;
            }
            inline.add(s);
        }
    }

    /**
     * The number of steps: {@code given} when not null, else the profiles' length. Reports every series of
     * another length, once per CSV file. Returns -1 when it cannot be known.
     *
     * @param stepsFields the top-level fields, to report a missing {@code steps} on
     */
    int steps(Long given, boolean stepsPresent, JsonFields stepsFields) {
        int steps;
        if (given != null) {
            steps = given.intValue();
        } else if (stepsPresent || set.incomplete()) {
            return -1; // reported already: a wrong steps value, or a profiles file that could not be read
        } else if (csvRows >= 0) {
            steps = csvRows;
        } else if (!inline.isEmpty()) {
            steps = inline.get(0).length();
        } else if (makesSeries) {
            stepsFields.report("steps", "missing",
                    "required when all profiles are generated or imported: they are made for that many steps");
            return -1;
        } else {
            stepsFields.report("steps", "missing", "required when no profiles are given");
            return -1;
        }
        if (csvLabel != null && csvRows >= 0 && csvRows != steps) {
            int apart = Math.abs(csvRows - steps);
            // one day of hourly, half-hourly or quarter-hourly rows: usually a 29 February on one side only
            String why = apart == 24 || apart == 48 || apart == 96
                    ? " (one day apart: a 29 February in one and not in the other?)" : "";
            problems.add(csvLabel, "", csvRows + " data rows", "must have one row per step: steps = " + steps + why);
        }
        for (Series s : inline) {
            if (s.length() != steps) {
                problems.add(s.file(), s.whole(), s.length() + " values", "must have one per step: steps = " + steps);
            }
        }
        set.steps(steps);
        return steps;
    }

    /**
     * A name for a generated or imported series: valid, and not taken. Reported (at {@code f}'s key) when not; an
     * invalid name leaves the set incomplete, so that the components meant to use it are not reported too.
     */
    private boolean claim(String name, String path, JsonFields f, String key) {
        if (!ProfilesCsv.SERIES_NAME.matcher(name).matches() || RESERVED.contains(name)) {
            f.report(key, "'" + name + "' is not a valid series name",
                    "must match " + ProfilesCsv.SERIES_NAME.pattern() + " and not be one of " + RESERVED_TEXT);
            set.markIncomplete();
            return false;
        }
        String first = set.promise(name, path);
        if (first != null) {
            f.report(key, "series '" + name + "' is also defined at " + first, "series names must be unique");
            return false;
        }
        return true;
    }

    private void readGenerate(JsonFields fields) {
        JsonFields g = fields.object(GENERATE_KEY);
        if (g == null) {
            return;
        }
        for (String name : g.keys()) {
            g.allow(name);
            makesSeries = true;
            String path = g.pathOf(name);
            JsonFields spec = JsonFields.ofObject(g.raw(name), path, g.file(), problems);
            boolean named = claim(name, path, g, name);
            if (spec == null) {
                continue;
            }
            try {
                GeneratorSpec s = GeneratorFormats.read(spec, scenarioSeed);
                if (s != null && named) {
                    generators.put(name, s);
                    generatorPaths.put(name, path);
                }
            } catch (IllegalArgumentException e) {
                spec.reportHere(e.getMessage(), "model check");
            }
        }
    }

    private void readImports(JsonFields fields, Path scenarioFile) {
        JsonNode array = fields.array(IMPORT_KEY);
        if (array == null) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            makesSeries = true;
            String path = fields.pathOf(IMPORT_KEY) + "[" + i + "]";
            JsonFields f = JsonFields.ofObject(array.get(i), path, fields.file(), problems);
            if (f == null) {
                continue;
            }
            String name = f.text("name");
            if (name == null) {
                set.markIncomplete();
            }
            boolean named = name != null && claim(name, path, f, "name");
            MeasuredImport m = MeasuredImport.read(f, name, scenarioFile);
            if (m != null && named) {
                imports.add(m);
            }
        }
    }

    /** What a written scenario recorded about how its series were made: kept, never acted on. */
    private void readProvenance(JsonFields fields) {
        JsonFields p = fields.object(PROVENANCE_KEY);
        if (p == null) {
            return;
        }
        for (String name : p.keys()) {
            p.allow(name);
            JsonNode entry = p.raw(name);
            if (!entry.isObject()) {
                p.report(name, JsonFields.quote(entry) + " is " + JsonFields.typeName(entry), "must be an object");
            } else if (set.isPromised(name)) {
                p.report(name, "series '" + name + "' is generated or imported here",
                        "its provenance is recorded when the scenario is written; remove this entry");
            } else if (set.get(name) == null) {
                if (!set.incomplete()) {
                    p.report(name, "unknown series '" + name + "'", Names.hint(name, set.names(), "a series"));
                }
            } else {
                set.setOrigin(name, compact(entry));
            }
        }
    }

    private static String compact(JsonNode node) {
        try {
            return Json.READER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree that was just parsed always serialises
        }
    }

    /**
     * Makes the generated and imported series for {@code axis}; does nothing when the axis is not known (its
     * fields were reported). Unreachable calibration targets and days missing from imported data are reported.
     */
    void make(TimeAxis axis) {
        if (axis == null) {
            return;
        }
        for (Map.Entry<String, GeneratorSpec> e : generators.entrySet()) {
            String name = e.getKey();
            String path = generatorPaths.get(name);
            GeneratorSpec spec = e.getValue();
            try {
                Generated g = spec.run().apply(axis);
                ObjectNode origin = JsonNodeFactory.instance.objectNode();
                origin.set(GENERATE_KEY, spec.resolved());
                if (g.calibration() != null) {
                    ObjectNode c = origin.putObject("calibrated");
                    c.put("parameter", g.calibration().parameter());
                    Json.put(c, "value", g.calibration().value());
                    double reached = Math.rint(g.calibration().reached() * REACHED_DECIMALS) / REACHED_DECIMALS;
                    Json.put(c, spec.targetKey().equals(LoadGeneratorFormat.LOAD_FACTOR) ? "load_factor"
                            : "full_load_hours", reached);
                }
                set.deliver(new Series(name, g.values(), label, path,
                        i -> path + " (step " + i + ", " + axis.label(i) + ")", compact(origin)));
            } catch (Calibration.UnreachableTarget u) {
                problems.add(label, path + "." + spec.targetKey(), u.what(), u.why());
            } catch (IllegalArgumentException x) {
                problems.add(label, path, x.getMessage(), "model check");
            }
        }
        for (MeasuredImport m : imports) {
            ObjectNode origin = JsonNodeFactory.instance.objectNode();
            origin.set(IMPORT_KEY, m.resolved());
            try {
                set.deliver(m.onto(axis, compact(origin)));
            } catch (UtcHourlyYear.MissingDay d) {
                problems.add(label, m.path(), d.what(), d.remedy());
            }
        }
    }
}
