package org.sgls.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sgls.timeseries.TimeAxis;

/**
 * The profiles file: a CSV with a header line, a {@code time} column (ISO local date-time, one step apart from
 * the scenario's start) and one numeric column per named series. Every bad cell is reported with its line and
 * column; a column stops being reported after {@value #MAX_PER_COLUMN} problems so that a systematic error does
 * not bury the others.
 */
final class ProfilesCsv {
    static final String TIME = "time";
    /** Series names: safe in a CSV header, a JSON key and a file name. */
    static final Pattern SERIES_NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    private static final int MAX_PER_COLUMN = 10;
    private static final CsvMapper CSV = new CsvMapper();

    private ProfilesCsv() {
    }

    /** One column while it is read. */
    private static final class Column {
        final String name;
        double[] values = new double[1024];
        int problems;

        Column(String name) {
            this.name = name;
        }

        void set(int row, double v) {
            if (row >= values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[row] = v;
        }
    }

    /**
     * Reads the series of {@code path}; null when the file as a whole is unusable (reported). {@code start} may be
     * null (the scenario's own start was bad): then the times are only checked against each other.
     */
    static List<Series> read(Path path, String label, LocalDateTime start, double stepHours, Problems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            problems.add(label, "", "is not UTF-8 text", "profiles must be a UTF-8 CSV file");
            return null;
        } catch (IOException e) {
            problems.add(label, "", "cannot be read: " + e, "profiles must be a readable CSV file");
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the byte-order mark spreadsheets put first
        }
        return new Reading(label, start, stepHours, problems).parse(text);
    }

    /** The state of reading one file. */
    private static final class Reading {
        private final String label;
        private final LocalDateTime start;
        private final Duration step;
        private final Problems problems;
        private final List<Column> columns = new ArrayList<>();
        private Column time;
        private int[] lines = new int[1024];
        private int rows;
        private LocalDateTime lastTime;
        /** Where the row being read starts: a quote left open is reported there, not at the end of the file. */
        private int rowLine = 1;
        private int lastTimeRow = -1;

        Reading(String label, LocalDateTime start, double stepHours, Problems problems) {
            this.label = label;
            this.start = start;
            this.step = Duration.ofMinutes(Math.round(stepHours * 60));
            this.problems = problems;
        }

        List<Series> parse(String text) {
            List<Column> all = new ArrayList<>();
            try (MappingIterator<String[]> it = CSV.readerFor(String[].class)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY)
                    .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                    .with(CsvParser.Feature.TRIM_SPACES)
                    .readValues(new StringReader(text))) {
                boolean header = true;
                while (it.hasNextValue()) {
                    rowLine = it.getParser().currentLocation().getLineNr();
                    int line = rowLine;
                    String[] cells = it.nextValue();
                    if (header) {
                        all = header(cells, line);
                        header = false;
                    } else {
                        row(all, cells, line);
                    }
                }
                if (header) {
                    problems.add(label, "", "is empty", "must have a header line with a 'time' column");
                    return null;
                }
            } catch (IOException e) {
                String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.toString();
                problems.add(label, "line " + rowLine, message, "must be comma-separated values");
                return null;
            }
            for (Column c : all) {
                if (c != null && c.problems > MAX_PER_COLUMN) {
                    problems.add(label, "column '" + c.name + "'", (c.problems - MAX_PER_COLUMN) + " more problems",
                            "only the first " + MAX_PER_COLUMN + " of a column are listed");
                }
            }
            List<Series> out = new ArrayList<>();
            int[] rowLines = Arrays.copyOf(lines, rows);
            for (Column c : columns) {
                String name = c.name;
                out.add(new Series(name, Arrays.copyOf(c.values, rows), label, "column '" + name + "'",
                        i -> "line " + rowLines[i] + ", column '" + name + "'"));
            }
            return out;
        }

        /** Columns by position; null where a column is ignored (a bad or repeated name). */
        private List<Column> header(String[] cells, int line) {
            List<Column> byPosition = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String name : cells) {
                Column c = null;
                if (!seen.add(name)) {
                    problems.add(label, "line " + line, "duplicate column '" + name + "'", "column names must be unique");
                } else if (name.equals(TIME)) {
                    time = new Column(TIME);
                    c = time;
                } else if (!SERIES_NAME.matcher(name).matches()) {
                    problems.add(label, "line " + line, "column name '" + name + "' is not valid",
                            "series names must match " + SERIES_NAME.pattern());
                } else {
                    c = new Column(name);
                    columns.add(c);
                }
                byPosition.add(c);
            }
            if (time == null) {
                // a misspelt 'time' is taken as the time column, so its cells are not all reported as non-numbers
                int misspelt = -1;
                for (int i = 0; i < byPosition.size() && misspelt < 0; i++) {
                    Column c = byPosition.get(i);
                    if (c != null && Names.distance(c.name, TIME) <= 1) {
                        misspelt = i;
                    }
                }
                if (misspelt >= 0) {
                    Column wrong = byPosition.get(misspelt);
                    problems.add(label, "line " + line, "no 'time' column", "did you mean 'time' for '" + wrong.name + "'?");
                    columns.remove(wrong);
                    time = new Column(TIME);
                    byPosition.set(misspelt, time);
                } else {
                    problems.add(label, "line " + line, "no 'time' column", "the header must name a 'time' column");
                }
            }
            return byPosition;
        }

        private void row(List<Column> byPosition, String[] cells, int line) {
            if (rows >= lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[rows] = line;
            if (cells.length != byPosition.size()) {
                problems.add(label, "line " + line, cells.length + " cells",
                        "must have " + byPosition.size() + ", one per column of the header");
            }
            for (int i = 0; i < byPosition.size(); i++) {
                Column c = byPosition.get(i);
                String cell = i < cells.length ? cells[i] : "";
                if (c == null) {
                    continue;
                }
                if (c == time) {
                    time(cell, line);
                } else {
                    c.set(rows, number(c, cell, line));
                }
            }
            rows++;
        }

        private double number(Column c, String cell, int line) {
            String problem = null;
            String rule = "must be a finite decimal number";
            if (cell.isEmpty()) {
                problem = "empty cell";
            } else if (NON_FINITE.matcher(cell).matches()) {
                problem = "'" + cell + "' is not a finite number";
            } else if (!DECIMAL.matcher(cell).matches()) {
                problem = "'" + cell + "' is not a number";
                rule = cell.matches("-?\\d+,\\d+") ? "must be a finite decimal number, with '.' as the decimal point" : rule;
            } else {
                double v = Double.parseDouble(cell);
                if (Double.isFinite(v)) {
                    return v;
                }
                problem = "'" + cell + "' is not a finite number";
            }
            if (++c.problems <= MAX_PER_COLUMN) {
                problems.add(label, "line " + line + ", column '" + c.name + "'", problem, rule);
            }
            return Double.NaN;
        }

        private void time(String cell, int line) {
            LocalDateTime t;
            try {
                t = LocalDateTime.parse(cell.replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                timeProblem(line, "'" + cell + "' is not a date-time", "must be yyyy-MM-ddTHH:mm");
                return;
            }
            if (lastTime == null) {
                if (start != null) {
                    LocalDateTime expected = start.plus(step.multipliedBy(rows));
                    if (!t.equals(expected)) {
                        timeProblem(line, t + " does not fit the scenario's start", rows == 0
                                ? "the first row must be start = " + start
                                : "row " + (rows + 1) + " must be start + " + rows + " steps = " + expected);
                    }
                }
            } else {
                LocalDateTime expected = lastTime.plus(step.multipliedBy(rows - lastTimeRow));
                if (t.equals(lastTime)) {
                    timeProblem(line, "duplicate time " + t, "times must increase by step_hours from row to row"
                            + clockHint(expected, t));
                } else if (!t.equals(expected)) {
                    timeProblem(line, t + " follows " + lastTime,
                            "times must increase by step_hours from row to row: expected " + expected + clockHint(expected, t));
                }
            }
            lastTime = t;
            lastTimeRow = rows;
        }

        /**
         * Explains the two usual causes of a broken clock in exported series: a skipped 29 February, and a
         * daylight-saving shift (an hour missing in spring or repeated in autumn).
         */
        private static String clockHint(LocalDateTime expected, LocalDateTime found) {
            if (expected.getMonthValue() == 2 && expected.getDayOfMonth() == 29 && found.getMonthValue() == 3) {
                return "; the file skips 29 February, but " + expected.getYear() + " is a leap year: add the day's rows"
                        + " (e.g. repeat 28 February) or use a common year";
            }
            long minutes = Duration.between(expected, found).toMinutes();
            int month = expected.getMonthValue();
            boolean springForward = minutes == 60 && month >= 3 && month <= 4;
            boolean fallBack = minutes < 0 && minutes >= -120 && month >= 9 && month <= 11;
            if (springForward || fallBack) {
                return "; this looks like a daylight-saving shift: SGLS runs on a fixed clock (China, UTC+8, has no"
                        + " daylight saving), so export the series in a fixed-offset time zone";
            }
            return "";
        }

        private void timeProblem(int line, String what, String rule) {
            if (++time.problems <= MAX_PER_COLUMN) {
                problems.add(label, "line " + line + ", column 'time'", what, rule);
            }
        }
    }

    /** Writes {@code series} (name -> one value per step of {@code axis}) with a time column first. */
    static void write(Writer out, TimeAxis axis, Map<String, double[]> series) throws IOException {
        try (SequenceWriter w = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValues(out)) {
            List<String> header = new ArrayList<>();
            header.add(TIME);
            header.addAll(series.keySet());
            w.write(header);
            List<double[]> columns = new ArrayList<>(series.values());
            String[] cells = new String[header.size()];
            for (int i = 0; i < axis.steps(); i++) {
                cells[0] = axis.label(i);
                for (int c = 0; c < columns.size(); c++) {
                    cells[c + 1] = Num.text(columns.get(c)[i]);
                }
                w.write(cells);
            }
        }
    }
}
