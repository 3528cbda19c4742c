package org.sgls.model;

import java.util.List;

/** A named, documented system with its dispatch settings: what {@code sgls run} takes. */
public record Scenario(String name, String description, List<String> sources, String currency, long seed,
        PowerSystem system, DispatchSettings dispatch) {
    public Scenario {
        sources = List.copyOf(sources);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
    }
}
