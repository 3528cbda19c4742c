package org.sgls.io;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON dialect of scenario files: how they are parsed and how numbers and layout are written. */
final class Json {
    /**
     * Strict about structure (a repeated key or trailing content is an error), lenient about NaN and Infinity
     * tokens only so that they reach the reader and are reported with their path instead of as a syntax error.
     */
    static final ObjectMapper READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Two-space indents, "key": value, "\n" line ends whatever the platform: byte-identical round trips. */
    static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        WRITER = new ObjectMapper().writer(printer);
    }

    private Json() {
    }

    /** Whole numbers as integers (800, not 800.0); others as the shortest text that reads back exactly. */
    static void put(ObjectNode out, String key, double value) {
        if (Num.whole(value)) {
            out.put(key, (long) value);
        } else {
            out.put(key, value);
        }
    }

    /** As {@link #put}, appended to an array. */
    static void add(ArrayNode out, double value) {
        if (Num.whole(value)) {
            out.add((long) value);
        } else {
            out.add(value);
        }
    }

    /** Infinity as null: JSON has no infinity, and null reads back as the field's default, unlimited. */
    static void putUnlimited(ObjectNode out, String key, double value) {
        if (value == Double.POSITIVE_INFINITY) {
            out.putNull(key);
        } else {
            put(out, key, value);
        }
    }
}
