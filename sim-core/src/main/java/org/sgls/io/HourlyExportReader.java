package org.sgls.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sgls.timeseries.UtcHourlyYear;

/**
 * Reads one hourly export of PVGIS or renewables.ninja ({@link ExportFormat}): the time column and one power
 * column, checked row by row (times one UTC hour apart, numbers finite and not negative) and as a whole (one
 * calendar year from 1 January 00:00 UTC). Every problem is reported with its line; a column stops being
 * reported after {@value #MAX_PER_COLUMN} problems.
 */
final class HourlyExportReader {
    private static final int MAX_PER_COLUMN = 10;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * A year of power values as the file gives them.
     *
     * @param powerInFileUnits one per hour of {@code year}, in the file's unit (W or kW)
     * @param lineOfHour       the file line of each hour
     * @param fileCapacityKw   the system size the file states, kW; null when it does not say
     */
    record Parsed(int year, double[] powerInFileUnits, int[] lineOfHour, Double fileCapacityKw) {
        UtcHourlyYear perUnit(double unitsPerCapacity) {
            double[] pu = new double[powerInFileUnits.length];
            for (int i = 0; i < pu.length; i++) {
                pu[i] = powerInFileUnits[i] / unitsPerCapacity;
            }
            return new UtcHourlyYear(year, pu);
        }
    }

    private final String label;
    private final ExportFormat format;
    private final String column;
    private final Problems problems;
    private int timeProblems;
    private int valueProblems;

    private HourlyExportReader(String label, ExportFormat format, String column, Problems problems) {
        this.label = label;
        this.format = format;
        this.column = column;
        this.problems = problems;
    }

    /** The year of data in {@code path}, or null when it is unusable (reported). */
    static Parsed read(Path path, String label, ExportFormat format, String column, Problems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            problems.add(label, "", "is not UTF-8 text", "a " + format.label() + " export is a UTF-8 CSV file");
            return null;
        } catch (IOException e) {
            problems.add(label, "", "cannot be read: " + e, "the file must be readable");
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new HourlyExportReader(label, format, column, problems).parse(text.split("\r?\n|\r", -1));
    }

    private Parsed parse(String[] lines) {
        List<String> preamble = new ArrayList<>();
        int headerLine = -1;
        String[] header = null;
        for (int i = 0; i < lines.length && header == null; i++) {
            String line = lines[i].trim();
            if (!line.isEmpty() && !line.startsWith("#") && format.isHeader(cells(line))) {
                header = cells(line);
                headerLine = i + 1;
            } else {
                preamble.add(lines[i]);
            }
        }
        if (header == null) {
            problems.add(label, "", "no header line with a 'time' column",
                    "must be an hourly CSV export of " + format.label());
            return null;
        }
        String timeName = format.timeColumn(header);
        int timeAt = List.of(header).indexOf(timeName);
        int valueAt = List.of(header).indexOf(column);
        if (valueAt < 0) {
            problems.add(label, "line " + headerLine, "no column '" + column + "'",
                    Names.hint(column, Arrays.asList(header), "the column"));
            return null;
        }
        List<LocalDateTime> hours = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int i = headerLine; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                break; // PVGIS's notes follow a blank line; renewables.ninja ends with one
            }
            if (line.startsWith("#")) {
                continue;
            }
            int lineNo = i + 1;
            String[] c = cells(line);
            if (c.length <= Math.max(timeAt, valueAt)) {
                problems.add(label, "line " + lineNo, c.length + " cells", "must have " + header.length
                        + ", one per column of the header");
                continue;
            }
            LocalDateTime hour = hour(c[timeAt], timeName, lineNo, hours.isEmpty() ? null : hours.get(hours.size() - 1));
            if (hour == null) {
                continue;
            }
            hours.add(hour);
            values.add(value(c[valueAt], lineNo));
            lineNumbers.add(lineNo);
        }
        summarise(timeName, timeProblems);
        summarise(column, valueProblems);
        if (hours.isEmpty()) {
            problems.add(label, "", "no data rows", "must hold a calendar year of hourly rows");
            return null;
        }
        if (timeProblems > 0 || !wholeYear(hours, lineNumbers.get(0), timeName)) {
            return null;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        if (valueProblems > 0) {
            return null;
        }
        return new Parsed(hours.get(0).getYear(), v, lineNumbers.stream().mapToInt(Integer::intValue).toArray(),
                format.capacityKw(preamble));
    }

    private static String[] cells(String line) {
        String[] c = line.split(",", -1);
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i].trim();
            if (c[i].length() >= 2 && c[i].startsWith("\"") && c[i].endsWith("\"")) {
                c[i] = c[i].substring(1, c[i].length() - 1);
            }
        }
        return c;
    }

    /**
     * The row's UTC hour, or null (reported) when it is not a time. One that is not the hour after {@code previous}
     * is reported and returned, so that a single gap is reported once.
     */
    private LocalDateTime hour(String cell, String timeName, int line, LocalDateTime previous) {
        LocalDateTime t = format.hour(cell);
        if (t == null) {
            timeProblem(line, timeName, "'" + cell + "' is not an hour", format.timeRule());
            return null;
        }
        if (previous != null && !t.equals(previous.plusHours(1))) {
            if (t.equals(previous)) {
                timeProblem(line, timeName, "duplicate hour " + SHOWN.format(t), "hours must follow one another");
            } else {
                timeProblem(line, timeName, SHOWN.format(t) + " follows " + SHOWN.format(previous),
                        "hours must follow one another: expected " + SHOWN.format(previous.plusHours(1)));
            }
        }
        return t;
    }

    private double value(String cell, int line) {
        String what;
        if (cell.isEmpty()) {
            what = "empty cell";
        } else if (ProfilesCsv.NON_FINITE.matcher(cell).matches()) {
            what = "'" + cell + "' is not a finite number";
        } else if (!ProfilesCsv.DECIMAL.matcher(cell).matches()) {
            what = "'" + cell + "' is not a number";
        } else {
            double v = Double.parseDouble(cell);
            if (v >= 0) {
                return v;
            }
            if (++valueProblems <= MAX_PER_COLUMN) {
                problems.add(label, "line " + line + ", column '" + column + "'", cell + " is negative",
                        "power must be >= 0");
            }
            return Double.NaN;
        }
        if (++valueProblems <= MAX_PER_COLUMN) {
            problems.add(label, "line " + line + ", column '" + column + "'", what, "must be a finite decimal number");
        }
        return Double.NaN;
    }

    private void timeProblem(int line, String timeName, String what, String rule) {
        if (++timeProblems <= MAX_PER_COLUMN) {
            problems.add(label, "line " + line + ", column '" + timeName + "'", what, rule);
        }
    }

    private void summarise(String name, int count) {
        if (count > MAX_PER_COLUMN) {
            problems.add(label, "column '" + name + "'", (count - MAX_PER_COLUMN) + " more problems",
                    "only the first " + MAX_PER_COLUMN + " of a column are listed");
        }
    }

    /** True when the rows are exactly one calendar year from 1 January 00:00 UTC; else reported. */
    private boolean wholeYear(List<LocalDateTime> hours, int firstLine, String timeName) {
        LocalDateTime first = hours.get(0);
        LocalDateTime last = hours.get(hours.size() - 1);
        int year = first.getYear();
        int expected = UtcHourlyYear.hoursIn(year);
        String kind = expected == 8784 ? "a leap year" : "a common year";
        if (!first.equals(LocalDateTime.of(year, 1, 1, 0, 0))) {
            problems.add(label, "line " + firstLine + ", column '" + timeName + "'", "the data start at "
                    + SHOWN.format(first) + " UTC", "must start on 1 January 00:00 UTC: a whole calendar year is read");
            return false;
        }
        if (hours.size() != expected) {
            String span = hours.size() + " hourly rows from " + SHOWN.format(first) + " to " + SHOWN.format(last) + " UTC";
            problems.add(label, "", span, hours.size() < expected
                    ? "must be a whole calendar year: " + expected + " rows for " + year + ", " + kind
                    : "must be one calendar year: " + expected + " rows for " + year + ", " + kind
                            + "; export a single year");
            return false;
        }
        return true;
    }
}
