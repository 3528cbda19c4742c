package org.sgls.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.sgls.model.Component;
import org.sgls.model.Line;
import org.sgls.model.PowerSystem;
import org.sgls.model.Scenario;
import org.sgls.model.Zone;
import org.sgls.timeseries.TimeAxis;

/**
 * Writes a scenario as resolved: every default filled in, no templates or shorthands, so that the file states
 * exactly what was simulated and reads back to the same system. Output is deterministic: writing what was read
 * from a written scenario gives the same bytes.
 */
public final class ScenarioWriter {
    public static final String SCENARIO_FILE = "scenario.json";
    public static final String PROFILES_FILE = "profiles.csv";

    private ScenarioWriter() {
    }

    /**
     * Writes {@value #SCENARIO_FILE} and, beside it, the profiles it names as {@value #PROFILES_FILE} into
     * {@code dir} (created if needed): a self-sufficient pair, as a run-output folder needs.
     *
     * @return the scenario file
     */
    public static Path write(Scenario scenario, Path dir) throws IOException {
        Files.createDirectories(dir);
        SeriesNames names = new SeriesNames();
        ObjectNode root = tree(scenario, names);
        ObjectNode profiles = (ObjectNode) root.get("profiles");
        profiles.put(ProfilesSection.FILE_KEY, PROFILES_FILE);
        putProvenance(profiles, names);
        Path json = dir.resolve(SCENARIO_FILE);
        Files.writeString(json, text(root), StandardCharsets.UTF_8);
        StringWriter csv = new StringWriter();
        ProfilesCsv.write(csv, scenario.system().axis(), names.columns());
        Files.writeString(dir.resolve(PROFILES_FILE), csv.toString(), StandardCharsets.UTF_8);
        return json;
    }

    /** The scenario as one JSON text with its profiles inline: handy for small systems and tests. */
    public static String toInlineJson(Scenario scenario) {
        SeriesNames names = new SeriesNames();
        ObjectNode root = tree(scenario, names);
        ObjectNode profiles = (ObjectNode) root.get("profiles");
        for (Map.Entry<String, double[]> e : names.columns().entrySet()) {
            ArrayNode values = profiles.putArray(e.getKey());
            for (double v : e.getValue()) {
                Json.add(values, v);
            }
        }
        putProvenance(profiles, names);
        return text(root);
    }

    /** How the generated, imported or otherwise documented series were made, when any is known. */
    private static void putProvenance(ObjectNode profiles, SeriesNames names) {
        if (names.origins().isEmpty()) {
            return;
        }
        ObjectNode provenance = profiles.putObject(ProfilesSection.PROVENANCE_KEY);
        for (Map.Entry<String, String> e : names.origins().entrySet()) {
            try {
                provenance.set(e.getKey(), Json.READER.readTree(e.getValue()));
            } catch (IOException ex) {
                throw new IllegalStateException("origin of " + e.getKey() + " is not JSON: " + e.getValue(), ex);
            }
        }
    }

    private static ObjectNode tree(Scenario scenario, SeriesNames names) {
        PowerSystem system = scenario.system();
        TimeAxis axis = system.axis();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schema_version", ScenarioReader.SCHEMA_VERSION);
        root.put("name", scenario.name());
        root.put("description", scenario.description() == null ? "" : scenario.description());
        ArrayNode sources = root.putArray("sources");
        scenario.sources().forEach(sources::add);
        root.put("currency", scenario.currency());
        root.put("start", axis.label(0));
        Json.put(root, "step_hours", axis.stepHours());
        root.put("steps", axis.steps());
        root.put("seed", scenario.seed());
        root.putObject("profiles"); // filled by the caller once the components have named their series
        ArrayNode zones = root.putArray("zones");
        for (Zone z : system.zones()) {
            ObjectNode o = zones.addObject();
            o.put("id", z.id());
            Json.put(o, "reserve_mw", z.reserveMw());
            Json.put(o, "reserve_fraction_of_load", z.reserveFractionOfLoad());
        }
        ArrayNode lines = root.putArray("lines");
        for (Line l : system.lines()) {
            ObjectNode o = lines.addObject();
            o.put("id", l.id());
            o.put("from", l.fromZone());
            o.put("to", l.toZone());
            Json.put(o, "capacity_mw", l.capacityMw());
        }
        ObjectNode dispatch = root.putObject("dispatch");
        dispatch.put("lookahead_hours", scenario.dispatch().lookaheadHours());
        dispatch.put("commit_hours", scenario.dispatch().commitHours());
        Json.put(dispatch, "reserve_shortfall_cost_per_mwh", scenario.dispatch().reserveShortfallCostPerMwh());
        if (!scenario.targets().list().isEmpty()) {
            ObjectNode targets = root.putObject("targets");
            for (var t : scenario.targets().list()) {
                Json.put(targets, t.summaryKey() + (t.atMost() ? "_max" : "_min"), t.bound());
            }
        }
        ArrayNode components = root.putArray("components");
        for (Component c : system.components()) {
            ObjectNode o = components.addObject();
            o.put("id", c.id());
            o.put("kind", c.kind().label());
            o.put("zone", c.zone());
            ComponentFormats.write(c, o, names);
        }
        return root;
    }

    private static String text(ObjectNode root) {
        try {
            return Json.WRITER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a tree of plain nodes always serialises
        }
    }
}
