package org.sgls.io;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sgls.timeseries.Profile;

/**
 * The named series of a scenario, as components see them: a component names a series, the set checks that it
 * exists, has one value per step and that its values suit the use ({@code [0, 1]} for availability, ≥ 0 for
 * demand). A bad series is reported once, at its first bad cell, however many components use it.
 */
final class SeriesSet {
    private final Map<String, Series> byName = new LinkedHashMap<>();
    private final Map<String, Boolean> checked = new HashMap<>();
    private final Problems problems;
    private int steps = -1;
    /** Set when a profiles file could not be read: a name not found may be one of its columns. */
    private boolean incomplete;
    /** Names of series that are generated or imported, possibly not (yet, or ever: reported) made. */
    private final Map<String, String> promised = new HashMap<>();

    SeriesSet(Problems problems) {
        this.problems = problems;
    }

    /** Adds a series; false when the name is taken. */
    boolean add(Series s) {
        return !promised.containsKey(s.name()) && byName.putIfAbsent(s.name(), s) == null;
    }

    /**
     * Claims a name for a series that is made later (generated or imported), at {@code path}; the path that
     * claimed it first when the name is taken, else null.
     */
    String promise(String name, String path) {
        Series s = byName.get(name);
        if (s != null) {
            return s.whole().startsWith("$") ? s.whole() : s.whole() + " of " + s.file();
        }
        return promised.putIfAbsent(name, path);
    }

    /** Delivers a promised series. */
    void deliver(Series s) {
        byName.put(s.name(), s);
    }

    /** Replaces a series by the same values with their origin. */
    void setOrigin(String name, String origin) {
        byName.computeIfPresent(name, (k, s) -> s.withOrigin(origin));
    }

    /** The names of all series, made or promised. */
    java.util.Set<String> names() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(byName.keySet());
        names.addAll(promised.keySet());
        return names;
    }

    /** True for a series made by a generator or an importer. */
    boolean isPromised(String name) {
        return promised.containsKey(name);
    }

    Series get(String name) {
        return byName.get(name);
    }

    void markIncomplete() {
        incomplete = true;
    }

    boolean incomplete() {
        return incomplete;
    }

    Map<String, Series> all() {
        return byName;
    }

    /** Fixes the number of steps every used series must have (after the steps were resolved). */
    void steps(int steps) {
        this.steps = steps;
    }

    /**
     * The series named by the string field {@code key} as a profile, or null (reported) when the name is
     * missing or unknown or the values break {@code range}.
     */
    Profile require(JsonFields f, String key, Range range, String use) {
        String name = f.text(key);
        return name == null ? null : resolve(f, key, name, range, use);
    }

    /** Like {@link #require} but absent is fine: then null without a report. */
    Profile optional(JsonFields f, String key, Range range, String use) {
        return f.has(key) ? require(f, key, range, use) : null;
    }

    private Profile resolve(JsonFields f, String key, String name, Range range, String use) {
        Series s = byName.get(name);
        if (s == null) {
            if (!incomplete && !promised.containsKey(name)) { // a promised series that is missing was reported
                f.report(key, "unknown series '" + name + "'", Names.hint(name, names(), "a series"));
            }
            return null;
        }
        if (steps >= 0 && s.length() != steps) {
            return null; // reported once where the series is defined
        }
        return valuesWithin(s, range, use) ? Profile.of(name, s.values(), s.origin()) : null;
    }

    private boolean valuesWithin(Series s, Range range, String use) {
        return checked.computeIfAbsent(s.name() + " " + range, k -> {
            int first = -1;
            int bad = 0;
            for (int i = 0; i < s.values().length; i++) {
                if (Double.isNaN(s.values()[i])) {
                    return false; // a cell that was no number, reported where it was read
                }
                if (!range.contains(s.values()[i])) {
                    first = first < 0 ? i : first;
                    bad++;
                }
            }
            if (bad > 0) {
                String more = bad == 1 ? "" : ", and " + (bad - 1) + (bad == 2 ? " more value" : " more values") + " of this series";
                problems.add(s.file(), s.cell().apply(first),
                        Num.text(s.values()[first]) + " is out of range" + more, range.rule() + " as " + use);
            }
            return bad == 0;
        });
    }
}
