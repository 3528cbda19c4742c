package org.sgls.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code profiles} object of a scenario: an optional {@code file} (a CSV beside the scenario) and any number
 * of inline series, name -> array of numbers. Reads them into a {@link SeriesSet} and settles the number of
 * steps: the given {@code steps}, or else the length of the profiles, which must all agree with it.
 */
final class ProfilesSection {
    static final String FILE_KEY = "file";

    private final SeriesSet set;
    private String csvLabel;
    private int csvRows = -1;
    private final List<Series> inline = new ArrayList<>();
    private final Problems problems;

    private ProfilesSection(Problems problems) {
        this.problems = problems;
        this.set = new SeriesSet(problems);
    }

    /**
     * @param fields the {@code profiles} object, or null when there is none
     * @param start  the scenario's start, or null when it was wrong
     */
    static ProfilesSection read(JsonFields fields, Path scenarioFile, LocalDateTime start, double stepHours,
            Problems problems) {
        ProfilesSection section = new ProfilesSection(problems);
        if (fields != null) {
            section.readFile(fields, scenarioFile, start, stepHours);
            section.readInline(fields);
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
            if (name.equals(FILE_KEY)) {
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
        } else {
            stepsFields.report("steps", "missing", "required when no profiles are given");
            return -1;
        }
        if (csvLabel != null && csvRows >= 0 && csvRows != steps) {
            problems.add(csvLabel, "", csvRows + " data rows", "must have one row per step: steps = " + steps);
        }
        for (Series s : inline) {
            if (s.length() != steps) {
                problems.add(s.file(), s.whole(), s.length() + " values", "must have one per step: steps = " + steps);
            }
        }
        set.steps(steps);
        return steps;
    }
}
