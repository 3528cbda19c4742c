package org.sgls.rtsgmlc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An hourly series file of RTS-GMLC: header {@code Year,Month,Day,Period,<columns...>}, one row per hour,
 * {@code Period} 1-24 the hour of the day (Period 1 = 00:00-01:00). Rows must follow one another hour by hour.
 * Values are MW as in the file.
 */
record HourlyTable(String label, LocalDateTime start, int hours, Map<String, double[]> columns) {
    private static final Set<String> TIME_COLUMNS = Set.of("Year", "Month", "Day", "Period");

    HourlyTable {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    static HourlyTable read(java.nio.file.Path dir, String relative) {
        CsvTable t = CsvTable.read(dir, relative);
        if (t.size() == 0) {
            throw new ImportException(relative + ": no rows (must hold one row per hour)");
        }
        LocalDateTime start = null;
        for (int r = 0; r < t.size(); r++) {
            LocalDateTime time = time(t, r);
            if (start == null) {
                start = time;
            } else if (!time.equals(start.plusHours(r))) {
                throw t.problem(r, "Period", time + " follows " + start.plusHours(r - 1),
                        "rows must follow one another hour by hour: expected " + start.plusHours(r));
            }
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int c = 0; c < t.header().size(); c++) {
            String name = t.header().get(c);
            if (TIME_COLUMNS.contains(name)) {
                continue;
            }
            double[] v = new double[t.size()];
            for (int r = 0; r < v.length; r++) {
                v[r] = t.number(r, c);
            }
            columns.put(name, v);
        }
        return new HourlyTable(relative, start, t.size(), columns);
    }

    private static LocalDateTime time(CsvTable t, int r) {
        int period = t.integer(r, "Period");
        if (period < 1 || period > 24) {
            throw t.problem(r, "Period", period + " is out of range", "must be in [1, 24]: the hour of the day");
        }
        try {
            return LocalDate.of(t.integer(r, "Year"), t.integer(r, "Month"), t.integer(r, "Day")).atStartOfDay()
                    .plusHours(period - 1);
        } catch (DateTimeException e) {
            throw t.problem(r, "Day", "not a date: " + e.getMessage(), "Year, Month and Day must form a date");
        }
    }

    /** A column that must be there. */
    double[] column(String name) {
        double[] v = columns.get(name);
        if (v == null) {
            throw new ImportException(label + ": line 1: no column '" + name + "' (the header must name it)");
        }
        return v;
    }

    LocalDateTime time(int hour) {
        return start.plusHours(hour);
    }
}
