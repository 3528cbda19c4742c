package org.sgls.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.sgls.timeseries.TimeAxis;
import org.sgls.timeseries.UtcHourlyYear;

/**
 * One entry of {@code profiles.import}: a PVGIS or renewables.ninja hourly export, read, converted to per unit of
 * the system size and laid onto the scenario's clock ({@link UtcHourlyYear}).
 *
 * @param name      the series it makes
 * @param path      where the entry is in the scenario ({@code $.profiles.import[0]})
 * @param label     the file as reported in messages
 * @param column    the column read
 * @param data      the year of per-unit values
 * @param lineOfHour the file line of each hour of the year
 * @param utcOffsetHours the scenario clock's offset from UTC
 * @param resolved  the entry as used, defaults filled in
 */
record MeasuredImport(String name, String path, String label, String column, UtcHourlyYear data, int[] lineOfHour,
        int utcOffsetHours, ObjectNode resolved) {

    /** Reads the entry {@code f} and its file; null when either is unusable (reported). */
    static MeasuredImport read(JsonFields f, String name, Path scenarioFile) {
        SpecFields s = new SpecFields(f);
        String reference = s.text("file");
        String formatLabel = s.choice("format", ExportFormat.labels(), null);
        if (formatLabel == null && !f.has("format")) {
            f.report("format", "missing", "required: one of " + String.join(", ", ExportFormat.labels()));
        }
        ExportFormat format = ExportFormat.fromLabel(formatLabel);
        String column = format == null ? f.text("column", null) : f.text("column", format.defaultColumn());
        if (column != null) {
            s.resolved().put("column", column);
        }
        double givenCapacityKw = f.optionalNumber("capacity_kw", Range.POSITIVE);
        long offset = f.integer("utc_offset_hours", -12, 14, 8);
        f.finish();
        if (!f.clean() || reference == null || format == null || column == null) {
            return null;
        }
        Path file;
        try {
            file = ScenarioReader.resolveBeside(scenarioFile, reference);
        } catch (InvalidPathException e) {
            f.report("file", "'" + reference + "' is not a file name", "must name a CSV file");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            f.report("file", "file '" + reference + "' not found at " + file,
                    "must name a CSV file, relative to the scenario's folder");
            return null;
        }
        String label = file.toString();
        HourlyExportReader.Parsed parsed = HourlyExportReader.read(file, label, format, column, f.problems());
        if (parsed == null) {
            return null;
        }
        double capacityKw = Double.isNaN(givenCapacityKw) ? nullToNaN(parsed.fileCapacityKw()) : givenCapacityKw;
        if (Double.isNaN(capacityKw)) {
            f.report("capacity_kw", "missing", "required: " + label + " does not state its system size");
            return null;
        }
        if (!(capacityKw > 0)) {
            f.report("capacity_kw", "missing", "required: the system size " + label + " states is " + capacityKw);
            return null;
        }
        Json.put(s.resolved(), "capacity_kw", capacityKw);
        s.resolved().put("utc_offset_hours", offset);
        s.resolved().put("data_year", parsed.year());
        UtcHourlyYear data = parsed.perUnit(capacityKw * format.unitsPerKw());
        return new MeasuredImport(name, f.path(), label, column, data, parsed.lineOfHour(), (int) offset, s.resolved());
    }

    private static double nullToNaN(Double d) {
        return d == null ? Double.NaN : d;
    }

    /**
     * The series on the scenario's axis, each value located at the file line of its hour.
     *
     * @throws UtcHourlyYear.MissingDay when the scenario has a day the data has not
     */
    Series onto(TimeAxis axis, String origin) {
        double[] values = data.onto(axis, utcOffsetHours);
        int[] lines = new int[axis.steps()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = lineOfHour[data.hourIndex(axis.time(i), utcOffsetHours)];
        }
        return new Series(name, values, label, "column '" + column + "'",
                i -> "line " + lines[i] + ", column '" + column + "'", origin);
    }
}
