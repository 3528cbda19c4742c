package org.sgls.sweep;

import com.fasterxml.jackson.databind.JsonNode;

/** How a wrong JSON value is quoted in a message: {@code "600" is a string}, {@code true is a boolean}. */
final class JsonKinds {
    private JsonKinds() {
    }

    /** The type with its article: "a string", "an object". */
    static String kind(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        return switch (v.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The value and its type, for "what is wrong". */
    static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        return switch (v.getNodeType()) {
            case STRING -> "\"" + v.asText() + "\" is a string";
            case BOOLEAN -> v.asText() + " is a boolean";
            case NUMBER -> Double.isFinite(v.doubleValue()) ? v.asText() + " is a number" : v.asText() + " is not finite";
            default -> kind(v);
        };
    }
}
