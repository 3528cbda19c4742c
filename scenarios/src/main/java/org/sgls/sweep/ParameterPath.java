package org.sgls.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sgls.io.Names;

/**
 * A place in a scenario file that a sweep sets: keys joined by dots, where a key naming an array picks one
 * element by index ({@code lines[0]}) or by a field's value ({@code components[id=battery_north]}), e.g.
 * {@code components[id=battery_north].pmax_mw}, {@code profiles.generate.pv_north.seed} or {@code seed}. A
 * leading {@code $.} is allowed, so a path from an error message can be pasted.
 *
 * <p>{@link #resolve} checks it against the base scenario: every step but the last must exist, and the last must
 * be a number, null or absent from an existing object (a field left to its default). Whether the field is one
 * the scenario format knows, and whether the value is in range, is the scenario reader's business: every
 * variant is read by the normal reader.
 */
public final class ParameterPath {
    private static final Pattern SEGMENT =
            Pattern.compile("([A-Za-z0-9_]+)(?:\\[(?:([0-9]+)|([A-Za-z0-9_]+)=([A-Za-z0-9_.-]+))\\])?");
    static final String SYNTAX = "must be keys joined by '.', each optionally followed by [index] or "
            + "[field=value], e.g. components[id=battery_north].pmax_mw";

    private final String text;
    private final List<Segment> segments;

    private record Segment(String key, Integer index, String field, String value) {
        boolean selects() {
            return index != null || field != null;
        }
    }

    private ParameterPath(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} with the reason when it is not a path. */
    public static ParameterPath parse(String text) {
        String body = text.startsWith("$.") ? text.substring(2) : text;
        List<Segment> segments = new ArrayList<>();
        for (String part : body.split("\\.(?![^\\[]*\\])", -1)) { // dots inside [...] belong to the value
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a parameter path");
            }
            segments.add(new Segment(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                    m.group(3), m.group(4)));
        }
        if (segments.get(segments.size() - 1).selects()) {
            throw new IllegalArgumentException("'" + text + "' ends in an array element, not a field");
        }
        return new ParameterPath(text, segments);
    }

    /** The path as written. */
    public String text() {
        return text;
    }

    /** Where a path leads in one scenario tree: the object holding the field, and the JSON path of the field. */
    public record Target(ObjectNode parent, String key, String jsonPath) {
        /** Sets the field: a whole number as an integer (seeds, counts), null to fall back to the default. */
        public void set(JsonNode value) {
            parent.set(key, value == null ? JsonNodeFactory.instance.nullNode() : value);
        }

        public void set(double value) {
            boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
            parent.set(key, whole ? JsonNodeFactory.instance.numberNode((long) value)
                    : JsonNodeFactory.instance.numberNode(value));
        }
    }

    /**
     * Follows the path in {@code root}. Throws {@link IllegalArgumentException} with what is wrong and the rule
     * (for the sweep reader to report at the path's own place in the sweep file).
     */
    public Target resolve(JsonNode root) {
        JsonNode node = root;
        StringBuilder at = new StringBuilder("$");
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalArgumentException(at + " is " + JsonKinds.kind(node) + ", not an object (a path leads "
                        + "through the base scenario's objects)");
            }
            boolean last = i == segments.size() - 1;
            JsonNode child = object.get(s.key());
            if (last) {
                if (child != null && !child.isNull() && !child.isNumber()) {
                    throw new IllegalArgumentException(at + "." + s.key() + " is " + JsonKinds.kind(child)
                            + " (a sweep sets numbers)");
                }
                return new Target(object, s.key(), at + "." + s.key());
            }
            if (child == null || child.isNull()) {
                List<String> keys = new ArrayList<>();
                object.fieldNames().forEachRemaining(keys::add);
                throw new IllegalArgumentException("no '" + s.key() + "' in " + at + " ("
                        + Names.hint(s.key(), keys, "a key there") + ")");
            }
            at.append('.').append(s.key());
            node = child;
            if (s.selects()) {
                if (!(node instanceof ArrayNode array)) {
                    throw new IllegalArgumentException(at + " is " + JsonKinds.kind(node) + ", not an array (only an "
                            + "array's element can be picked with [...])");
                }
                int index = s.index() != null ? s.index() : select(array, s, at.toString());
                if (index >= array.size()) {
                    throw new IllegalArgumentException(at + " has " + array.size() + " elements (index " + index
                            + " is out of range)");
                }
                at.append('[').append(index).append(']');
                node = array.get(index);
            }
        }
        throw new IllegalStateException("unreachable: a path has at least one segment");
    }

    /** The index of the one element whose {@code field} is {@code value}. */
    private static int select(ArrayNode array, Segment s, String at) {
        int found = -1;
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode v = array.get(i).get(s.field());
            if (v == null || !v.isValueNode()) {
                continue;
            }
            seen.add(v.asText());
            if (v.asText().equals(s.value())) {
                if (found >= 0) {
                    throw new IllegalArgumentException("elements " + found + " and " + i + " of " + at + " have "
                            + s.field() + " '" + s.value() + "' (a selector must pick exactly one element)");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("no element of " + at + " has " + s.field() + " '" + s.value()
                    + "' (" + Names.hint(s.value(), seen, s.field()) + ")");
        }
        return found;
    }

    @Override
    public String toString() {
        return text;
    }
}
