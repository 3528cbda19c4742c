package org.sgls.rtsgmlc;

/**
 * The RTS-GMLC data cannot be imported: a file is missing or a cell breaks a rule. The message names the file
 * (relative to the data folder), the line and column, and the rule, like the scenario reader's messages.
 */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }
}
