package org.sgls.matpower;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numeric content of a MATPOWER case file (a MATLAB function, format version 1 or 2): its scalar assignments
 * ({@code mpc.baseMVA = 100;}) and matrices ({@code mpc.bus = [ ... ];}), each matrix row with the line it is
 * on. Names are kept without the {@code mpc.} prefix, so both versions read alike. Comments ({@code %} outside
 * quotes) and line continuations ({@code ...}) are understood, rows may end with {@code ;} or a new line and
 * values be separated by blanks or commas; cell arrays ({@code mpc.genfuel = {...}}) and strings are skipped.
 * Mistakes are collected as {@code line N: what (rule)} texts, not thrown, so that a file is reported whole.
 */
final class MatpowerFile {
    /** One row of a matrix: its values and the line of the file it starts on. */
    record Row(int line, double[] values) {
    }

    /** A matrix and the line its assignment starts on. */
    record Matrix(String name, int line, List<Row> rows) {
    }

    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*(?:mpc\\.)?([A-Za-z_]\\w*)\\s*=\\s*(.*)$");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    final Map<String, Double> scalars = new LinkedHashMap<>();
    final Map<String, Matrix> matrices = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();

    private MatpowerFile() {
    }

    static MatpowerFile parse(String text) {
        MatpowerFile f = new MatpowerFile();
        f.read(text);
        return f;
    }

    // parser state
    private String matrixName;
    private int matrixLine;
    private List<Row> rows;
    private List<Double> row;
    private int rowLine;
    private int cellDepth;

    private void read(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        StringBuilder joined = new StringBuilder();
        int joinedLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String code = stripComment(lines[i]);
            if (joined.length() == 0) {
                joinedLine = i + 1;
            }
            int dots = code.indexOf("...");
            if (dots >= 0) { // continuation: the rest of the line is a comment, the statement goes on
                joined.append(code, 0, dots).append(' ');
                continue;
            }
            joined.append(code);
            statement(joined.toString(), joinedLine);
            joined.setLength(0);
        }
        if (matrixName != null) {
            problems.add("line " + matrixLine + ": the matrix " + matrixName + " is not closed (a ']' must end it)");
        }
    }

    /** The code of a line: everything before a {@code %} or {@code #} that is not inside a quoted string. */
    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if ((c == '%' || c == '#') && !quoted) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private void statement(String code, int line) {
        if (cellDepth > 0) {
            skipCell(code);
            return;
        }
        if (matrixName != null) {
            matrixText(code, line);
            return;
        }
        Matcher m = ASSIGNMENT.matcher(code);
        if (!m.matches()) {
            return; // the function line, blank lines, anything that assigns nothing we need
        }
        String name = m.group(1);
        String value = m.group(2).trim();
        if (value.startsWith("[")) {
            matrixName = name;
            matrixLine = line;
            rows = new ArrayList<>();
            row = new ArrayList<>();
            rowLine = line;
            matrixText(value.substring(1), line);
        } else if (value.startsWith("{")) {
            skipCell(value);
        } else {
            String number = value.endsWith(";") ? value.substring(0, value.length() - 1).trim() : value;
            Double v = number(number);
            if (v != null) {
                scalars.put(name, v);
            }
        }
    }

    private void skipCell(String code) {
        boolean quoted = false;
        for (char c : code.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                cellDepth++;
            } else if (!quoted && c == '}') {
                cellDepth--;
            }
        }
    }

    /** A piece of a matrix's text on one line: values, row ends ({@code ;} or the line's end) and the closing bracket. */
    private void matrixText(String code, int line) {
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == ']') {
                endRow();
                matrices.put(matrixName, new Matrix(matrixName, matrixLine, List.copyOf(rows)));
                matrixName = null;
                String rest = code.substring(i + 1).trim();
                if (!rest.isEmpty() && !rest.equals(";")) {
                    problems.add("line " + line + ": '" + rest + "' after the matrix (nothing but ';' may follow ']')");
                }
                return;
            }
            if (c == ';') {
                endRow();
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || c == ',') {
                i++;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(code.charAt(end)) && ",;]".indexOf(code.charAt(end)) < 0) {
                end++;
            }
            String token = code.substring(i, end);
            if (row.isEmpty()) {
                rowLine = line;
            }
            Double v = number(token);
            if (v == null) {
                problems.add("line " + line + ": '" + token + "' in " + matrixName + " is not a number (a case "
                        + "file's matrices must hold plain numbers)");
                v = Double.NaN;
            }
            row.add(v);
            i = end;
        }
        endRow(); // a new line ends a row too
    }

    private void endRow() {
        if (row.isEmpty()) {
            return;
        }
        double[] values = new double[row.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = row.get(k);
        }
        if (!rows.isEmpty() && rows.get(0).values().length != values.length) {
            problems.add("line " + rowLine + ": a row of " + matrixName + " with " + values.length + " values, the first "
                    + "has " + rows.get(0).values().length + " (every row of a matrix must have as many)");
        }
        rows.add(new Row(rowLine, values));
        row = new ArrayList<>();
    }

    /** A MATLAB number: decimal, exponent, {@code Inf}, {@code -Inf}; null for anything else. */
    static Double number(String token) {
        String t = token.trim();
        if (NUMBER.matcher(t).matches()) {
            return Double.parseDouble(t);
        }
        return switch (t) {
            case "Inf", "inf", "+Inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-Inf", "-inf" -> Double.NEGATIVE_INFINITY;
            default -> null;
        };
    }
}
