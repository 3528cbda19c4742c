package org.sgls.io;

/** PLACEHOLDER (drop on merge): a scenario the user must fix; the message lists every problem. */
public class ScenarioException extends RuntimeException {
    public ScenarioException(String message) {
        super(message);
    }
}
