package org.sgls.sweep;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One CSV file of a sweep, one row per variant keyed by its first column, streamed: each row is appended as one
 * whole line and flushed the moment its variant finishes, so a crash (even {@code kill -9}) loses no finished
 * variant. {@link #open} reads back what an interrupted sweep left, dropping a torn last line (a row cut
 * short by the crash has no line end), so the variant of that row simply runs again. {@link #finish} rewrites the
 * file atomically with the rows in the sweep's order, whatever order the workers finished them in.
 */
final class SweepCsv {
    private final Path file;
    private List<String> header;
    private final Map<String, List<String>> rows = new LinkedHashMap<>();
    private OutputStream out;

    private SweepCsv(Path file) {
        this.file = file;
    }

    /** The file's complete rows, if it exists; a torn last line is cut off. */
    static SweepCsv open(Path file) throws IOException {
        SweepCsv csv = new SweepCsv(file);
        if (!Files.exists(file)) {
            return csv;
        }
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(end);
            }
        }
        List<String> lines = new String(bytes, 0, end, StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty()) {
            return csv;
        }
        csv.header = parse(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = parse(line);
            if (cells.size() == csv.header.size()) {
                csv.rows.put(cells.get(0), cells);
            }
        }
        return csv;
    }

    boolean has(String key) {
        return rows.containsKey(key);
    }

    Set<String> keys() {
        return rows.keySet();
    }

    List<String> header() {
        return header;
    }

    /** The row of {@code key} by column name, or null. */
    Map<String, String> row(String key) {
        List<String> cells = rows.get(key);
        if (cells == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), cells.get(i));
        }
        return m;
    }

    /**
     * Appends a row (its cells in column order, first the key); the first row of a new file fixes the header.
     * Throws SweepError when the columns differ from the file's.
     */
    synchronized void append(List<String> columns, List<String> cells) throws IOException {
        if (header == null) {
            header = List.copyOf(columns);
            write(line(header));
        } else if (!header.equals(columns)) {
            // a resumed sweep whose rows came from a version of sgls with other summary keys
            throw new SweepError(file + ": its columns differ from those of the rows this version of sgls writes "
                    + "(the finished rows were written by another version?); use --force to start over");
        }
        rows.put(cells.get(0), List.copyOf(cells));
        write(line(cells));
    }

    private void write(String line) throws IOException {
        if (out == null) {
            out = new FileOutputStream(file.toFile(), true);
        }
        out.write(line.getBytes(StandardCharsets.UTF_8)); // one write of a whole line, then flushed
        out.flush();
    }

    /**
     * Rewrites the file with the rows of {@code order} (keys) in that order, each passed through {@code edit}
     * (which may fill in a column), atomically: a temporary sibling renamed over the file.
     */
    synchronized void finish(Collection<String> order, java.util.function.BiConsumer<String, List<String>> edit)
            throws IOException {
        close();
        if (header == null) {
            return;
        }
        StringBuilder text = new StringBuilder(line(header));
        for (String key : order) {
            List<String> cells = new ArrayList<>(rows.get(key));
            edit.accept(key, cells);
            rows.put(key, List.copyOf(cells));
            text.append(line(cells));
        }
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    synchronized void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    static String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).replace('\n', ' ').replace('\r', ' ');
            boolean quote = c.indexOf(',') >= 0 || c.indexOf('"') >= 0;
            sb.append(i == 0 ? "" : ",").append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        return sb.append('\n').toString();
    }

    /** One line of RFC 4180 CSV (cells never span lines here: {@link #line} writes none that do). */
    static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
