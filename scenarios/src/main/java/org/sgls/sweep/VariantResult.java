package org.sgls.sweep;

import java.io.Serializable;
import java.util.LinkedHashMap;

/**
 * What one variant's run returns to the sweep: its sweep.csv cells (without the parameters, which the sweep
 * knows) and, apart, how long it took and where it ran (times.csv).
 */
public record VariantResult(String id, LinkedHashMap<String, String> cells, LinkedHashMap<String, Double> seconds,
        String worker) implements Serializable {
}
