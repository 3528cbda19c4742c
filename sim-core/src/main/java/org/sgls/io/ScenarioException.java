package org.sgls.io;

import java.util.List;

/**
 * A scenario that cannot be read, with every problem found in it: one line each, formatted as
 * {@code <file>: <where>: <what is wrong> (<rule>)}. Unchecked because the only sensible reaction of a caller
 * is to show the message to the person who wrote the file.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ScenarioException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** One problem per line of {@code message}. */
    public ScenarioException(String message) {
        this(message.lines().toList());
    }

    /** The problems in the order they were found, one line each. */
    public List<String> problems() {
        return problems;
    }
}
