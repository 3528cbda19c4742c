package org.sgls.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sgls.model.Component;
import org.sgls.model.DispatchSettings;
import org.sgls.model.Kind;
import org.sgls.model.Line;
import org.sgls.model.PowerSystem;
import org.sgls.model.Scenario;
import org.sgls.model.Targets;
import org.sgls.model.Zone;
import org.sgls.timeseries.TimeAxis;

/**
 * Reads a scenario file (docs/scenario-format.md) into a validated {@link Scenario}. Strict: unknown fields,
 * missing or mistyped values, values out of range and inconsistent references are all errors, and all of them
 * are reported at once in one {@link ScenarioException}, each with its file and JSON path or CSV line.
 */
public final class ScenarioReader {
    public static final int SCHEMA_VERSION = 1;
    /** The zone of a scenario that lists none. */
    public static final String DEFAULT_ZONE = "main";
    public static final String DEFAULT_CURRENCY = "CNY";
    public static final long DEFAULT_SEED = 1;
    private static final int MAX_STEPS = 10 * 8784 * 4; // ten leap years of quarter-hours

    private final Path file;
    /** The file's content when given by the caller (a sweep's variant); null: read the file. */
    private final byte[] content;
    private final String label;
    private final Problems problems = new Problems();
    /** Every id of a zone, line or component, with the path where it was first given. */
    private final Map<String, String> ids = new HashMap<>();
    /** Zone ids as given, also of zones whose other fields were wrong, so references to them are not reported. */
    private final Set<String> zoneIds = new LinkedHashSet<>();

    private ScenarioReader(Path file, byte[] content) {
        this.file = file;
        this.content = content;
        this.label = file.toString();
    }

    /**
     * Reads and validates the scenario in {@code file}; a profiles file it names is looked up beside it.
     *
     * @throws ScenarioException listing every problem found
     */
    public static Scenario read(Path file) {
        return new ScenarioReader(file, null).read();
    }

    /**
     * Reads {@code json} as if it were the content of {@code file}: problems are reported against {@code file}
     * and the files it names are looked up beside it. For scenarios made from another by a program (a sweep's
     * variants) that should get the same checks and messages as the file itself.
     */
    public static Scenario read(Path file, byte[] json) {
        return new ScenarioReader(file, json.clone()).read();
    }

    /** Where a file named in a scenario is: relative references are taken from the scenario's folder. */
    public static Path resolveBeside(Path scenarioFile, String reference) {
        Path ref = Path.of(reference);
        if (ref.isAbsolute()) {
            return ref;
        }
        Path folder = scenarioFile.getParent();
        return folder == null ? ref : folder.resolve(ref);
    }

    private Scenario read() {
        JsonNode root = parse();
        if (root == null) {
            problems.throwIfAny();
        }
        JsonFields top = JsonFields.ofObject(root, "$", label, problems);
        if (top == null) {
            problems.throwIfAny();
        }
        Long version = top.integer("schema_version", 0, Long.MAX_VALUE);
        if (version != null && version != SCHEMA_VERSION) {
            top.report("schema_version", version + " is not supported", "must be " + SCHEMA_VERSION);
        }
        String name = top.text("name");
        if (name != null && name.isBlank()) {
            top.report("name", "is blank", "a scenario needs a name");
        }
        String description = top.text("description", "");
        List<String> sources = top.strings("sources");
        String currency = top.text("currency", DEFAULT_CURRENCY);
        if (currency != null && currency.isBlank()) {
            top.report("currency", "is blank", "must name the currency of all costs, e.g. CNY");
        }
        LocalDateTime start = top.dateTime("start");
        double stepHours = stepHours(top);
        boolean stepsPresent = top.has("steps");
        Long stepsGiven = stepsPresent ? top.integer("steps", 1, MAX_STEPS) : null;
        long seed = top.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE, DEFAULT_SEED);

        ProfilesSection profiles = ProfilesSection.read(top.object("profiles"), file, start, stepHours, seed, problems);
        int steps = profiles.steps(stepsGiven, stepsPresent, top);
        TimeAxis axis = start != null && !Double.isNaN(stepHours) && steps > 0 ? new TimeAxis(start, stepHours, steps) : null;
        profiles.make(axis);

        List<Zone> zones = zones(top);
        List<Line> lines = lines(top);
        DispatchSettings dispatch = dispatch(top);
        Targets targets = targets(top);
        List<Component> components = components(top, profiles.series(), axis);
        top.finish();
        problems.throwIfAny();

        try {
            PowerSystem system = new PowerSystem(axis, zones, components, lines);
            return new Scenario(name, description, sources, currency, seed, system, dispatch, targets);
        } catch (IllegalArgumentException e) {
            problems.add(label, "$", e.getMessage(), "model check");
            problems.throwIfAny();
            throw e;
        }
    }

    private JsonNode parse() {
        try {
            JsonNode root = Json.READER.readTree(content != null ? content : Files.readAllBytes(file));
            if (root == null || root.isMissingNode()) {
                problems.add(label, "", "is empty", "must hold a JSON object");
                return null;
            }
            return root;
        } catch (NoSuchFileException e) {
            problems.add(label, "", "not found", "the scenario file must exist");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            String message = e.getOriginalMessage();
            if (message.startsWith("Duplicate field")) {
                // Jackson's text goes on to name the feature that made this an error; the key is what matters.
                int end = message.indexOf(" for ");
                problems.add(label, where, "duplicate field" + message.substring("Duplicate field".length(),
                        end < 0 ? message.length() : end), "a key may appear once per object");
            } else {
                // Jackson names where an unclosed bracket opened as "[Source: REDACTED (...); line: 3, column: 5]"
                String first = message.lines().findFirst().orElse(message)
                        .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                        .replaceAll("\\('(.)' \\(code \\d+\\)\\)", "'$1'");
                boolean closing = first.startsWith("Unexpected character ']'") || first.startsWith("Unexpected character '}'");
                // Jackson meets a trailing comma only at the bracket that follows it
                problems.add(label, where, first, "must be valid JSON" + (closing ? "; a comma before a closing bracket?" : ""));
            }
        } catch (IOException e) {
            problems.add(label, "", "cannot be read: " + e, "the scenario file must be readable");
        }
        return null;
    }

    private static double stepHours(JsonFields top) {
        double h = top.number("step_hours", new Range(0, true, 24, false), 1);
        if (!Double.isNaN(h) && Math.abs(h * 60 - Math.round(h * 60)) > 1e-9) {
            top.report("step_hours", Num.text(h) + " is not a whole number of minutes", "must be a whole number of minutes");
            return Double.NaN;
        }
        return h;
    }

    /** Records an id; false (reported) when it is malformed or already taken. */
    private boolean claimId(JsonFields f, String id) {
        if (!id.matches("[A-Za-z0-9_-]+")) {
            f.report("id", "'" + id + "' is not a valid id", "must match [A-Za-z0-9_-]+");
            return false;
        }
        String first = ids.putIfAbsent(id, f.pathOf("id"));
        if (first != null) {
            f.report("id", "duplicate id '" + id + "'", "ids of zones, lines and components must be unique; first at " + first);
            return false;
        }
        return true;
    }

    private List<Zone> zones(JsonFields top) {
        JsonNode array = top.array("zones");
        if (array == null) {
            ids.put(DEFAULT_ZONE, "the default zone");
            zoneIds.add(DEFAULT_ZONE);
            return List.of(new Zone(DEFAULT_ZONE, 0, 0));
        }
        if (array.isEmpty()) {
            top.report("zones", "is empty", "list at least one zone, or leave zones out for one zone 'main'");
        }
        List<Zone> zones = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonFields z = JsonFields.ofObject(array.get(i), top.pathOf("zones") + "[" + i + "]", label, problems);
            if (z == null) {
                continue;
            }
            String id = z.text("id");
            boolean idOk = id != null && claimId(z, id);
            if (idOk) {
                zoneIds.add(id);
            }
            double reserveMw = z.number("reserve_mw", Range.NON_NEGATIVE, 0);
            double reserveFraction = z.number("reserve_fraction_of_load", Range.FRACTION, 0);
            z.finish();
            if (z.clean() && idOk) {
                build(z, () -> zones.add(new Zone(id, reserveMw, reserveFraction)));
            }
        }
        return zones;
    }

    private List<Line> lines(JsonFields top) {
        List<Line> lines = new ArrayList<>();
        JsonNode array = top.array("lines");
        if (array == null) {
            return lines;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonFields l = JsonFields.ofObject(array.get(i), top.pathOf("lines") + "[" + i + "]", label, problems);
            if (l == null) {
                continue;
            }
            String id = l.text("id");
            if (id != null) {
                claimId(l, id);
            }
            String from = zoneRef(l, "from", null);
            String to = zoneRef(l, "to", null);
            if (from != null && from.equals(to)) {
                l.report("to", "'" + to + "' is the same zone as from", "a line must join two different zones");
            }
            double capacityMw = l.number("capacity_mw", Range.NON_NEGATIVE);
            l.finish();
            if (l.clean()) {
                build(l, () -> lines.add(new Line(id, from, to, capacityMw)));
            }
        }
        return lines;
    }

    /** A field naming a zone; {@code fallback} when absent (null: required). Null (reported) when unknown. */
    private String zoneRef(JsonFields f, String key, String fallback) {
        String zone = fallback == null ? f.text(key) : f.text(key, fallback);
        if (zone == null) {
            return null;
        }
        if (!zoneIds.contains(zone)) {
            f.report(key, "unknown zone '" + zone + "'", Names.hint(zone, zoneIds, "a zone"));
            return null;
        }
        return zone;
    }

    /** The documents' yardsticks, each optional: compared with summary.json's keys of the same name. */
    private Targets targets(JsonFields top) {
        JsonFields f = top.object("targets");
        if (f == null) {
            return Targets.NONE;
        }
        Targets t = new Targets(f.optionalNumber("curtailment_rate_max", Range.FRACTION),
                f.optionalNumber("renewable_share_min", Range.FRACTION),
                f.optionalNumber("coal_gce_per_kwh_max", Range.POSITIVE),
                f.optionalNumber("hydrogen_t_min", Range.NON_NEGATIVE),
                f.optionalNumber("co2_t_max", Range.NON_NEGATIVE));
        f.finish();
        return t;
    }

    private DispatchSettings dispatch(JsonFields top) {
        DispatchSettings d = DispatchSettings.DEFAULT;
        JsonFields f = top.object("dispatch");
        if (f == null) {
            return d;
        }
        long lookahead = f.integer("lookahead_hours", 1, MAX_STEPS, d.lookaheadHours());
        long commit = f.integer("commit_hours", 1, MAX_STEPS, d.commitHours());
        double shortfallCost = f.number("reserve_shortfall_cost_per_mwh", Range.NON_NEGATIVE, d.reserveShortfallCostPerMwh());
        if (commit > lookahead) {
            f.report("commit_hours", commit + " is out of range", "must be <= lookahead_hours = " + lookahead);
        }
        f.finish();
        if (!f.clean()) {
            return d;
        }
        DispatchSettings[] built = {d};
        build(f, () -> built[0] = new DispatchSettings((int) lookahead, (int) commit, shortfallCost));
        return built[0];
    }

    private List<Component> components(JsonFields top, SeriesSet series, TimeAxis axis) {
        List<Component> components = new ArrayList<>();
        JsonNode array = top.array("components");
        if (array == null) {
            if (!top.has("components")) {
                top.report("components", "missing", "required: the loads and sources of the system");
            }
            return components;
        }
        String defaultZone = zoneIds.size() == 1 ? zoneIds.iterator().next() : null;
        for (int i = 0; i < array.size(); i++) {
            JsonFields f = JsonFields.ofObject(array.get(i), top.pathOf("components") + "[" + i + "]", label, problems);
            if (f == null) {
                continue;
            }
            String id = f.text("id");
            if (id != null) {
                claimId(f, id);
            }
            Kind kind = kind(f);
            String zone;
            if (defaultZone == null && !f.has("zone")) {
                zone = null;
                if (!zoneIds.isEmpty()) { // with no zone at all, the zones are what was reported
                    f.report("zone", "missing", "required when the scenario has several zones");
                }
            } else {
                zone = zoneRef(f, "zone", defaultZone);
            }
            if (kind == null) {
                f.allow(f.keys().toArray(String[]::new)); // the fields of an unknown kind cannot be judged
            } else {
                ComponentFormat<?> format = ComponentFormats.of(kind);
                ComponentInput in = new ComponentInput(id, zone, kind, f, series, axis);
                build(f, () -> {
                    Component c = format.read(in);
                    if (c != null) {
                        components.add(c);
                    }
                });
            }
            f.finish();
        }
        return components;
    }

    private static Kind kind(JsonFields f) {
        String label = f.text("kind");
        if (label == null) {
            return null;
        }
        Kind kind = Kind.fromLabel(label);
        if (kind == Kind.LINE) {
            f.report("kind", "'line' is not a component kind", "lines are listed under $.lines");
            return null;
        }
        if (kind == null || ComponentFormats.of(kind) == null) {
            String word = Names.kindFor(label);
            f.report("kind", "unknown kind '" + label + "'", word != null && ComponentFormats.labels().contains(word)
                    ? "did you mean '" + word + "'?" : Names.hint(label, ComponentFormats.labels(), "kind"));
            return null;
        }
        return kind;
    }

    /** Runs a model constructor; its own validation is the last line of defence, reported at {@code f}'s path. */
    private void build(JsonFields f, Runnable constructor) {
        try {
            constructor.run();
        } catch (IllegalArgumentException e) {
            f.reportHere(e.getMessage(), "model check");
        }
    }
}
