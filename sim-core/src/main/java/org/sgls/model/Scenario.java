package org.sgls.model;

import java.util.List;

/**
 * A named, documented system with its dispatch settings and the targets its results are judged against: what
 * {@code sgls run} takes.
 */
public record Scenario(String name, String description, List<String> sources, String currency, long seed,
        PowerSystem system, DispatchSettings dispatch, Targets targets) {
    public Scenario {
        sources = List.copyOf(sources);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        targets = targets == null ? Targets.NONE : targets;
    }

    /** A scenario without targets. */
    public Scenario(String name, String description, List<String> sources, String currency, long seed,
            PowerSystem system, DispatchSettings dispatch) {
        this(name, description, sources, currency, seed, system, dispatch, Targets.NONE);
    }
}
