package org.sgls.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Strict reading of one JSON object: every getter declares its key as known, reports a missing, mistyped or
 * out-of-range value under the value's JSON path, and returns a neutral value (NaN, null) so that reading can
 * go on and find the next problem. {@link #finish()} then reports the keys nobody asked for. A JSON null counts
 * as absent: the default applies.
 */
final class JsonFields {
    private static final int MAX_QUOTED = 40;

    private final JsonNode node;
    private final String path;
    private final String file;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();
    private final int problemsAtStart;

    JsonFields(JsonNode node, String path, String file, Problems problems) {
        this.node = node;
        this.path = path;
        this.file = file;
        this.problems = problems;
        this.problemsAtStart = problems.count();
    }

    /** The fields of {@code value}, or null (reported) when it is not an object. */
    static JsonFields ofObject(JsonNode value, String path, String file, Problems problems) {
        if (!value.isObject()) {
            problems.add(file, path, quote(value) + " is " + typeName(value), "must be an object");
            return null;
        }
        return new JsonFields(value, path, file, problems);
    }

    String path() {
        return path;
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    /** The JSON path of a key of this object. */
    String pathOf(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + key : path + "['" + key + "']";
    }

    /** True when nothing was reported since these fields were opened, nested objects included. */
    boolean clean() {
        return problems.count() == problemsAtStart;
    }

    void report(String key, String what, String rule) {
        problems.add(file, pathOf(key), what, rule);
    }

    void reportHere(String what, String rule) {
        problems.add(file, path, what, rule);
    }

    /** Declares keys as known without reading them. */
    void allow(String... keys) {
        known.addAll(List.of(keys));
    }

    /** Present and not null. Declares the key. */
    boolean has(String key) {
        known.add(key);
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    JsonNode raw(String key) {
        known.add(key);
        return node.get(key);
    }

    /** A required number in {@code range}; NaN when missing or wrong. */
    double number(String key, Range range) {
        if (!has(key)) {
            report(key, "missing", "required");
            return Double.NaN;
        }
        return check(key, node.get(key), range);
    }

    double number(String key, Range range, double fallback) {
        return has(key) ? check(key, node.get(key), range) : fallback;
    }

    /** A number in {@code range} given here, or NaN without a report when absent. */
    double optionalNumber(String key, Range range) {
        return has(key) ? check(key, node.get(key), range) : Double.NaN;
    }

    private double check(String key, JsonNode v, Range range) {
        double d = numberValue(v, pathOf(key));
        if (Double.isNaN(d)) {
            return d;
        }
        if (!range.contains(d)) {
            boolean percent = range.hi() == 1 && !range.loOpen() && d >= 2 && d <= 100;
            report(key, quote(v) + " is out of range", range.rule()
                    + (percent ? "; a fraction, not a percentage: " + Num.text(d) + " % is " + Num.text(d / 100) : ""));
            return Double.NaN;
        }
        return d;
    }

    /** The value of a JSON number, reported and NaN when it is not one or not finite. */
    double numberValue(JsonNode v, String at) {
        if (!v.isNumber()) {
            problems.add(file, at, quote(v) + " is " + typeName(v), "must be a number");
            return Double.NaN;
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            problems.add(file, at, quote(v) + " is not a finite number", "numbers must be finite");
            return Double.NaN;
        }
        return d;
    }

    /** A required whole number in [min, max]; null when missing or wrong. */
    Long integer(String key, long min, long max) {
        if (!has(key)) {
            report(key, "missing", "required");
            return null;
        }
        return checkInteger(key, min, max);
    }

    long integer(String key, long min, long max, long fallback) {
        if (!has(key)) {
            return fallback;
        }
        Long v = checkInteger(key, min, max);
        return v == null ? fallback : v;
    }

    private Long checkInteger(String key, long min, long max) {
        JsonNode v = node.get(key);
        double d = numberValue(v, pathOf(key));
        if (Double.isNaN(d)) {
            return null;
        }
        if (!v.canConvertToExactIntegral() && !Num.whole(d)) {
            report(key, quote(v) + " is not a whole number", "must be an integer");
            return null;
        }
        long l = v.canConvertToExactIntegral() && v.canConvertToLong() ? v.longValue() : (long) d;
        if (l < min || l > max) {
            report(key, quote(v) + " is out of range", max == Long.MAX_VALUE ? "must be >= " + min
                    : "must be in [" + min + ", " + max + "]");
            return null;
        }
        return l;
    }

    /** A required non-blank string; null when missing or wrong. */
    String text(String key) {
        if (!has(key)) {
            report(key, "missing", "required");
            return null;
        }
        return checkText(key);
    }

    String text(String key, String fallback) {
        return has(key) ? checkText(key) : fallback;
    }

    private String checkText(String key) {
        JsonNode v = node.get(key);
        if (!v.isTextual()) {
            report(key, quote(v) + " is " + typeName(v), "must be a string");
            return null;
        }
        return v.textValue();
    }

    /** A required string that must be one of {@code allowed}; null when missing or wrong. */
    String choice(String key, List<String> allowed) {
        String v = text(key);
        return v == null ? null : checkChoice(key, v, allowed);
    }

    String choice(String key, List<String> allowed, String fallback) {
        if (!has(key)) {
            return fallback;
        }
        String v = checkText(key);
        return v == null ? null : checkChoice(key, v, allowed);
    }

    private String checkChoice(String key, String v, List<String> allowed) {
        if (!allowed.contains(v)) {
            report(key, "'" + v + "' is not known", Names.hint(v, allowed, key));
            return null;
        }
        return v;
    }

    Boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode v = node.get(key);
        if (!v.isBoolean()) {
            report(key, quote(v) + " is " + typeName(v), "must be true or false");
            return null;
        }
        return v.booleanValue();
    }

    /** An ISO local date-time to the minute ("2030-01-01T00:00"); null when missing or wrong. */
    LocalDateTime dateTime(String key) {
        String v = text(key);
        if (v == null) {
            return null;
        }
        try {
            LocalDateTime t = LocalDateTime.parse(v);
            if (t.getSecond() != 0 || t.getNano() != 0) {
                report(key, "'" + v + "' is not a whole minute", "must be yyyy-MM-ddTHH:mm");
                return null;
            }
            return t;
        } catch (DateTimeParseException e) {
            report(key, "'" + v + "' is not a date-time", "must be yyyy-MM-ddTHH:mm");
            return null;
        }
    }

    /** A nested object, or null when absent (silently) or not an object (reported). */
    JsonFields object(String key) {
        if (!has(key)) {
            return null;
        }
        return ofObject(node.get(key), pathOf(key), file, problems);
    }

    /** An array, or null when absent (silently) or not an array (reported). */
    JsonNode array(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode v = node.get(key);
        if (!v.isArray()) {
            report(key, quote(v) + " is " + typeName(v), "must be an array");
            return null;
        }
        return v;
    }

    /** An array of strings; empty when absent. */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        JsonNode a = array(key);
        if (a == null) {
            return out;
        }
        for (int i = 0; i < a.size(); i++) {
            JsonNode v = a.get(i);
            if (v.isTextual()) {
                out.add(v.textValue());
            } else {
                problems.add(file, pathOf(key) + "[" + i + "]", quote(v) + " is " + typeName(v), "must be a string");
            }
        }
        return out;
    }

    /** The keys present in the object, in file order. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** Reports every key that no getter declared, with the closest known key as a suggestion. */
    void finish() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                report(key, "unknown field", Names.hint(key, known, "a field here"));
            }
        }
    }

    static String quote(JsonNode v) {
        String s = v.isNumber() && !Double.isFinite(v.doubleValue()) ? Double.toString(v.doubleValue()) : v.toString();
        return s.length() <= MAX_QUOTED ? s : s.substring(0, MAX_QUOTED - 3) + "...";
    }

    static String typeName(JsonNode v) {
        return switch (v.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> "not a value";
        };
    }
}
