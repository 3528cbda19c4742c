package org.sgls.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sgls.model.Component;

/**
 * How one kind of component is spelt in a scenario file, both ways. Reading and writing live together so that
 * the round trip stays exact; a new kind is a new format plus one line in {@link ComponentFormats}.
 */
interface ComponentFormat<T extends Component> {
    Class<T> type();

    /**
     * Reads the kind's own fields ({@code id}, {@code kind} and {@code zone} are read by the caller), reporting
     * every problem, and returns the component, or null when anything was reported.
     */
    T read(ComponentInput in);

    /** Writes the kind's own fields with every default filled in, naming its profiles through {@code names}. */
    void write(T component, ObjectNode out, SeriesNames names);
}
