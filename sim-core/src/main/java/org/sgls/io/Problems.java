package org.sgls.io;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a scenario is read, so that all of them are reported at once. */
final class Problems {
    private final List<String> lines = new ArrayList<>();

    /**
     * @param file  the file as the user named it
     * @param where a JSON path ({@code $.components[3].eta_charge}) or a CSV location ({@code line 5, column 'pv'});
     *              empty for the file as a whole
     * @param what  what is wrong, quoting the offending value
     * @param rule  the rule that was broken, or a suggestion
     */
    void add(String file, String where, String what, String rule) {
        String line = file + ": " + (where.isEmpty() ? "" : where + ": ") + what + " (" + rule + ")";
        if (!lines.contains(line)) {
            lines.add(line);
        }
    }

    int count() {
        return lines.size();
    }

    void throwIfAny() {
        if (!lines.isEmpty()) {
            throw new ScenarioException(lines);
        }
    }
}
