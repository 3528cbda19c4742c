package org.sgls.io;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hourly CSV exports of public PV and wind data services that {@code profiles.import} reads. */
enum ExportFormat {
    /**
     * PVGIS (EU Joint Research Centre) "hourly data" / seriescalc CSV: some lines of metadata ("Nominal power of
     * the PV system (c-Si) (kWp):\t1.0"), a header line starting {@code time,}, rows such as
     * {@code 20200101:0010,0.0,...} (UTC; the minutes are the satellite's and the row stands for its whole hour),
     * {@code P} in W for the system size given, then a blank line and notes.
     */
    PVGIS("pvgis", "P", 1000) {
        private final Pattern time = Pattern.compile("(\\d{4})(\\d{2})(\\d{2}):(\\d{2})(\\d{2})");
        private final Pattern nominal = Pattern.compile("Nominal power[^:]*\\(kWp\\)\\s*:\\s*([0-9.eE+-]+)\\s*");

        @Override
        LocalDateTime hour(String cell) {
            Matcher m = time.matcher(cell);
            if (!m.matches()) {
                return null;
            }
            try {
                return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)))
                        .withMinute(0);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }

        @Override
        String timeRule() {
            return "must be yyyyMMdd:HHmm in UTC, as PVGIS writes it";
        }

        @Override
        boolean isHeader(String[] cells) {
            return cells[0].equals("time") || cells[0].equals("time(UTC)");
        }

        @Override
        Double capacityKw(List<String> preamble) {
            for (String line : preamble) {
                Matcher m = nominal.matcher(line.trim());
                if (m.matches()) {
                    try {
                        return Double.parseDouble(m.group(1));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
            }
            return null;
        }
    },
    /**
     * renewables.ninja CSV: comment lines starting {@code #} (the source and a JSON line of units and parameters),
     * a header with {@code time} (UTC) and often {@code local_time}, then rows such as
     * {@code 2019-01-01 00:00,2019-01-01 08:00,0.0}; {@code electricity} in kW for the capacity asked for (1 kW by
     * default). {@code local_time} is not read: {@code time} is unambiguous.
     */
    NINJA("renewables.ninja", "electricity", 1) {
        private final DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        private final DateTimeFormatter seconds = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        @Override
        LocalDateTime hour(String cell) {
            String c = cell.replace('T', ' ');
            for (DateTimeFormatter f : List.of(minutes, seconds)) {
                try {
                    LocalDateTime t = LocalDateTime.parse(c, f);
                    return t.getMinute() == 0 && t.getSecond() == 0 ? t : null;
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
            return null;
        }

        @Override
        String timeRule() {
            return "must be yyyy-MM-dd HH:00 in UTC, as renewables.ninja writes it";
        }

        @Override
        boolean isHeader(String[] cells) {
            return List.of(cells).contains("time");
        }

        @Override
        Double capacityKw(List<String> preamble) {
            return 1.0;
        }
    };

    private final String label;
    private final String defaultColumn;
    private final double unitsPerKw;

    ExportFormat(String label, String defaultColumn, double unitsPerKw) {
        this.label = label;
        this.defaultColumn = defaultColumn;
        this.unitsPerKw = unitsPerKw;
    }

    String label() {
        return label;
    }

    String defaultColumn() {
        return defaultColumn;
    }

    /** How many of the file's power units make a kW: 1,000 for PVGIS's W, 1 for renewables.ninja's kW. */
    double unitsPerKw() {
        return unitsPerKw;
    }

    /** The UTC hour a time cell stands for; null when it is not a time of this format. */
    abstract LocalDateTime hour(String cell);

    abstract String timeRule();

    /** True for the header line of the data table. */
    abstract boolean isHeader(String[] cells);

    /** The system size the file states or implies, kW; null when it does not say. */
    abstract Double capacityKw(List<String> preamble);

    /** The time column's name in the header. */
    String timeColumn(String[] header) {
        return List.of(header).contains("time(UTC)") ? "time(UTC)" : "time";
    }

    static ExportFormat fromLabel(String label) {
        for (ExportFormat f : values()) {
            if (f.label.equals(label)) {
                return f;
            }
        }
        return null;
    }

    static List<String> labels() {
        return java.util.Arrays.stream(values()).map(ExportFormat::label).toList();
    }
}
