package org.sgls.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Strict reading of a generator or import spec that also records what was used, defaults included, in reading
 * order: the resolved spec a written scenario keeps as the series' provenance.
 */
final class SpecFields {
    private final JsonFields fields;
    private final ObjectNode resolved = JsonNodeFactory.instance.objectNode();

    SpecFields(JsonFields fields) {
        this.fields = fields;
    }

    JsonFields fields() {
        return fields;
    }

    ObjectNode resolved() {
        return resolved;
    }

    /** A required number. */
    double number(String key, Range range) {
        return record(key, fields.number(key, range));
    }

    double number(String key, Range range, double fallback) {
        return record(key, fields.number(key, range, fallback));
    }

    /** A number that may be left out: NaN then, and nothing recorded. */
    double optionalNumber(String key, Range range) {
        return record(key, fields.optionalNumber(key, range));
    }

    long integer(String key, long min, long max, long fallback) {
        long v = fields.integer(key, min, max, fallback);
        resolved.put(key, v);
        return v;
    }

    /** A whole number that may be left out: {@code absent} then, and nothing recorded. */
    long optionalInteger(String key, long min, long max, long absent) {
        if (!fields.has(key)) {
            return absent;
        }
        Long v = fields.integer(key, min, max);
        if (v == null) {
            return absent;
        }
        resolved.put(key, v);
        return v;
    }

    String choice(String key, List<String> allowed, String fallback) {
        String v = fields.choice(key, allowed, fallback);
        if (v != null) {
            resolved.put(key, v);
        }
        return v;
    }

    String text(String key) {
        String v = fields.text(key);
        if (v != null) {
            resolved.put(key, v);
        }
        return v;
    }

    /** Reports {@code key} when given: it has no meaning with the choice made in another field. */
    void unused(String key, String because) {
        if (fields.has(key)) {
            fields.report(key, "not used " + because, "remove it");
        }
    }

    private double record(String key, double v) {
        if (!Double.isNaN(v)) {
            Json.put(resolved, key, v);
        }
        return v;
    }
}
