package org.sgls.rtsgmlc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One CSV file of the RTS-GMLC data, read whole (the largest is under 1 MB): its header and rows, with the file's
 * line numbers kept for messages. Cells are text until asked for as numbers, so that a bad cell is reported
 * where it is used, with its line and column. Mixed line ends (the data has both CRLF and LF files) and a
 * byte-order mark are fine.
 */
final class CsvTable {
    private static final CsvMapper CSV = new CsvMapper();
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** gen.csv's word for a missing value. */
    static final String MISSING = "NA";

    private final String label;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();

    private CsvTable(String label, List<String> header) {
        this.label = label;
        this.header = List.copyOf(header);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
    }

    /**
     * Reads {@code relative} (segments separated by '/') under {@code dir}. Folder and file names are matched
     * without regard to case when the exact name is absent: the data's own pointers write {@code HYDRO/} for the
     * folder {@code Hydro/}.
     */
    static CsvTable read(Path dir, String relative) {
        Path file = locate(dir, relative);
        CsvTable table = null;
        int line = 1;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<String[]> it = CSV.readerFor(String[].class)
                        .with(CsvParser.Feature.WRAP_AS_ARRAY)
                        .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                        .with(CsvParser.Feature.TRIM_SPACES)
                        .readValues(in)) {
            while (it.hasNextValue()) {
                line = it.getParser().currentLocation().getLineNr();
                String[] cells = it.nextValue();
                if (table == null) {
                    if (cells.length > 0 && cells[0].startsWith("\uFEFF")) {
                        cells[0] = cells[0].substring(1);
                    }
                    table = new CsvTable(relative, List.of(cells));
                } else {
                    table.add(cells, line);
                }
            }
        } catch (JsonProcessingException e) {
            throw new ImportException(relative + ": line " + line + ": " + e.getOriginalMessage()
                    + " (must be comma-separated values)");
        } catch (IOException e) {
            throw new ImportException(relative + ": cannot be read: " + e.getMessage());
        }
        if (table == null) {
            throw new ImportException(relative + ": is empty (must have a header line)");
        }
        return table;
    }

    private void add(String[] cells, int line) {
        if (cells.length != header.size()) {
            throw new ImportException(label + ": line " + line + ": " + cells.length + " cells (the header has "
                    + header.size() + ")");
        }
        rows.add(cells);
        lines.add(line);
    }

    /** The file under {@code dir}, each segment matched exactly or else ignoring case. */
    static Path locate(Path dir, String relative) {
        Path path = dir;
        for (String segment : relative.split("/")) {
            Path exact = path.resolve(segment);
            if (Files.exists(exact)) {
                path = exact;
                continue;
            }
            Path other = null;
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    other = list.filter(p -> p.getFileName().toString().equalsIgnoreCase(segment)).findFirst()
                            .orElse(null);
                } catch (IOException e) {
                    other = null; // reported as missing below
                }
            }
            if (other == null) {
                throw new ImportException(dir.toAbsolutePath().normalize() + ": no " + relative
                        + " (the folder must be RTS-GMLC's RTS_Data, holding SourceData/ and timeseries_data_files/)");
            }
            path = other;
        }
        if (!Files.isRegularFile(path)) {
            throw new ImportException(dir.toAbsolutePath().normalize() + ": " + relative + " is not a file");
        }
        return path;
    }

    String label() {
        return label;
    }

    List<String> header() {
        return header;
    }

    int size() {
        return rows.size();
    }

    int line(int row) {
        return lines.get(row);
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The index of a required column. */
    int column(String name) {
        Integer i = columns.get(name);
        if (i == null) {
            throw new ImportException(label + ": line 1: no column '" + name + "' (the header must name it)");
        }
        return i;
    }

    String text(int row, String column) {
        return rows.get(row)[column(column)];
    }

    String text(int row, int column) {
        return rows.get(row)[column];
    }

    /** A required finite number. */
    double number(int row, String column) {
        return number(row, column(column));
    }

    double number(int row, int column) {
        String cell = rows.get(row)[column];
        if (!DECIMAL.matcher(cell).matches()) {
            throw problem(row, header.get(column), "'" + cell + "' is not a number", "must be a decimal number");
        }
        return Double.parseDouble(cell);
    }

    /** A number, or NaN where the cell says {@value #MISSING} or is empty. */
    double numberOrNaN(int row, String column) {
        String cell = text(row, column);
        return cell.isEmpty() || cell.toUpperCase(Locale.ROOT).equals(MISSING) ? Double.NaN : number(row, column);
    }

    /** A whole number. */
    int integer(int row, String column) {
        double v = number(row, column);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw problem(row, column, "'" + text(row, column) + "' is not a whole number", "must be an integer");
        }
        return (int) v;
    }

    ImportException problem(int row, String column, String what, String rule) {
        return new ImportException(label + ": line " + line(row) + ", column '" + column + "': " + what + " ("
                + rule + ")");
    }
}
