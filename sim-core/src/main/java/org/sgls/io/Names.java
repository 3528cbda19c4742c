package org.sgls.io;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" for misspelt field names, kinds, zones and series. */
public final class Names {
    private Names() {
    }

    /**
     * The closest candidate to {@code given}, or null when none is close: within an edit distance of a third of
     * the name (at least 2), or {@code given} plus a unit suffix ("capacity" for "capacity_mw").
     */
    static String closest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(2, given.length() / 3);
        for (String c : candidates) {
            int d = distance(given.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            boolean unitOmitted = c.startsWith(given + "_");
            if ((d <= limit || unitOmitted) && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Words planners use for a component kind that SGLS names otherwise. */
    private static final java.util.Map<String, String> KIND_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("solar", "pv"), java.util.Map.entry("photovoltaic", "pv"),
            java.util.Map.entry("battery", "storage"), java.util.Map.entry("bess", "storage"),
            java.util.Map.entry("pumped_hydro", "storage"), java.util.Map.entry("pumped_storage", "storage"),
            java.util.Map.entry("hydrogen", "electrolyzer"), java.util.Map.entry("electrolyser", "electrolyzer"),
            java.util.Map.entry("h2", "electrolyzer"), java.util.Map.entry("demand", "load"),
            java.util.Map.entry("thermal", "coal"), java.util.Map.entry("chp", "coal"));

    /** A kind for a word used in its place ("solar" -> "pv"), or null. */
    static String kindFor(String word) {
        return KIND_WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    /** The rule text for an unknown name: a suggestion when one is close, else the allowed names. */
    public static String hint(String given, Collection<String> candidates, String what) {
        String best = closest(given, candidates);
        if (best != null) {
            return "did you mean '" + best + "'?";
        }
        if (candidates.isEmpty()) {
            return "none is defined";
        }
        return what + " must be one of: " + String.join(", ", candidates);
    }

    /** Optimal string alignment distance: Levenshtein plus adjacent transpositions ("pmax_wm"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
