package org.sgls.io;

import java.util.function.IntFunction;

/**
 * A named series of numbers read from the profiles CSV or given inline, with where each value came from so
 * that a bad value found later (when a component uses the series) can be reported at its line and column.
 *
 * @param file  the file that holds the values
 * @param whole where the series as a whole is ({@code column 'pv'} or {@code $.profiles.pv})
 * @param cell  where value i is ({@code line 7, column 'pv'} or {@code $.profiles.pv[5]})
 * @param origin how the values were made, as a JSON object's text (a generator's or importer's resolved spec, or
 *              the provenance a written scenario recorded); null when not known
 */
record Series(String name, double[] values, String file, String whole, IntFunction<String> cell, String origin) {
    Series(String name, double[] values, String file, String whole, IntFunction<String> cell) {
        this(name, values, file, whole, cell, null);
    }

    Series withOrigin(String origin) {
        return new Series(name, values, file, whole, cell, origin);
    }

    int length() {
        return values.length;
    }
}
