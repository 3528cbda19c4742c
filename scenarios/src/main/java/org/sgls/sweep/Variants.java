package org.sgls.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sgls.io.ScenarioException;
import org.sgls.io.ScenarioReader;
import org.sgls.sweep.SweepSpec.Fixed;
import org.sgls.sweep.SweepSpec.Parameter;

/**
 * Makes each variant's scenario: the base scenario's JSON with the sweep's {@code set} applied and the
 * parameters set to the variant's values, read by the normal reader like any scenario file. Also gives each
 * variant its id, a digest of its parameter paths and values (so a resumed sweep recognises finished variants
 * whatever the order or the number of variants), and the sweep's identity, a digest of everything that makes
 * the results (base scenario and the files it names, the changes, the paths, the costs).
 */
final class Variants {
    private final SweepSpec spec;
    private final ObjectNode base;
    /** The files the base scenario names: the reference as written, and where it is. */
    private final Map<String, Path> referenced = new LinkedHashMap<>();

    Variants(SweepSpec spec) {
        this.spec = spec;
        List<String> problems = new ArrayList<>();
        JsonNode tree = SweepReader.parse(spec.base(), spec.base().toString(), problems);
        if (!problems.isEmpty() || !(tree instanceof ObjectNode object)) {
            throw new ScenarioException(problems.isEmpty() ? List.of(spec.base() + ": must hold a JSON object")
                    : problems);
        }
        this.base = object;
        for (JsonNode ref : references(base)) {
            referenced.put(ref.asText(), ScenarioReader.resolveBeside(spec.base(), ref.asText()));
        }
    }

    /** The {@code file} fields of {@code profiles} and of each {@code profiles.import} entry. */
    private static List<JsonNode> references(JsonNode root) {
        List<JsonNode> refs = new ArrayList<>();
        JsonNode profiles = root.path("profiles");
        if (profiles.path("file").isTextual()) {
            refs.add(profiles.get("file"));
        }
        for (JsonNode imp : profiles.path("import")) {
            if (imp.path("file").isTextual()) {
                refs.add(imp.get("file"));
            }
        }
        return refs;
    }

    /** The scenario tree of the variant with these parameter values. */
    ObjectNode tree(double[] values) {
        ObjectNode copy = base.deepCopy();
        for (Fixed f : spec.set()) {
            f.path().resolve(copy).set(f.value());
        }
        List<Parameter> ps = spec.parameters();
        for (int i = 0; i < ps.size(); i++) {
            ps.get(i).path().resolve(copy).set(values[i]);
        }
        return copy;
    }

    byte[] json(double[] values) {
        return bytes(tree(values));
    }

    private static byte[] bytes(JsonNode tree) {
        try {
            return SweepReader.JSON.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }

    /** Stable: the parameters' paths and values, not their position in the sweep. */
    String id(double[] values) {
        MessageDigest sha = VariantTask.sha256();
        List<Parameter> ps = spec.parameters();
        for (int i = 0; i < ps.size(); i++) {
            sha.update((ps.get(i).path().text() + "=" + Numbers.text(values[i]) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 6);
    }

    /** A digest of all that the results depend on besides the parameter values. */
    String identity() {
        MessageDigest sha = VariantTask.sha256();
        sha.update(bytes(base));
        referenced.forEach((ref, path) -> {
            sha.update(ref.getBytes(StandardCharsets.UTF_8));
            sha.update(read(path));
        });
        for (Fixed f : spec.set()) {
            sha.update((f.path().text() + "=" + f.value() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Parameter p : spec.parameters()) {
            sha.update((p.name() + ":" + p.path().text() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        spec.annualCosts().forEach(c -> sha.update((c.component() + ":" + Numbers.text(c.perMw()) + ":"
                + Numbers.text(c.perMwh()) + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Reads the variants that between them give every parameter each of its values (the first variant, then
     * each other value of each parameter with the others as in the first), so that a value the scenario format
     * rejects is reported before hours of runs, at its place in the sweep file. Combinations are checked when
     * their variant runs.
     */
    void check() {
        if (spec.isSearch()) { // a search's values are chosen as it goes: its two ends
            String[] where = {spec.parameters().get(0).where()};
            checkOne(new double[] {spec.search().min()}, where, 0);
            checkOne(new double[] {spec.search().max()}, where, 0);
            return;
        }
        List<double[]> rows = spec.rows();
        List<String[]> places = spec.rowPlaces();
        if (rows.isEmpty()) {
            return;
        }
        double[] first = rows.get(0);
        checkOne(first, places.get(0), -1);
        for (int k = 0; k < first.length; k++) {
            List<Double> seen = new ArrayList<>(List.of(first[k]));
            for (int r = 1; r < rows.size(); r++) {
                double v = rows.get(r)[k];
                if (!seen.contains(v)) {
                    seen.add(v);
                    double[] probe = first.clone();
                    probe[k] = v;
                    checkOne(probe, places.get(r), k);
                }
            }
        }
    }

    /** Reads one variant; its problems are reported at the place(s) in the sweep file that gave its values. */
    void checkOne(double[] values, String[] places, int changed) {
        try {
            ScenarioReader.read(spec.base(), json(values));
        } catch (ScenarioException e) {
            String where = changed >= 0 ? places[changed] : String.join(", ", places);
            List<String> lines = new ArrayList<>();
            for (String problem : e.problems()) {
                lines.add(spec.file() + ": " + where + ": the variant " + describe(values)
                        + " is not a valid scenario: " + problem);
            }
            throw new ScenarioException(lines);
        }
    }

    String describe(double[] values) {
        StringBuilder sb = new StringBuilder();
        List<Parameter> ps = spec.parameters();
        for (int i = 0; i < ps.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(ps.get(i).name()).append(" = ").append(Numbers.text(values[i]));
        }
        return sb.toString();
    }

    /**
     * The task that runs a variant. {@code portable}: for a cluster member, with the named files inside and
     * the references to them rewritten to plain file names; else it reads them beside the base scenario.
     */
    VariantTask task(double[] values, boolean portable, Path runFolder, Duration stepTimeLimit) {
        String folder = runFolder == null ? null : runFolder.toAbsolutePath().normalize().toString();
        if (!portable) {
            return new VariantTask(id(values), json(values), spec.base().toAbsolutePath().toString(), null,
                    spec.annualCosts(), stepTimeLimit, folder);
        }
        ObjectNode tree = tree(values);
        LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
        int n = 0;
        for (JsonNode ref : references(tree)) {
            Path path = referenced.get(ref.asText());
            String name = "file-" + (n++) + "-" + path.getFileName();
            files.put(name, read(path));
            ObjectNode owner = owner(tree, ref);
            owner.put("file", name);
        }
        return new VariantTask(id(values), bytes(tree), spec.base().getFileName().toString(), files,
                spec.annualCosts(), stepTimeLimit, folder);
    }

    /** The object whose "file" field is {@code ref} (the profiles object or an import entry). */
    private static ObjectNode owner(ObjectNode tree, JsonNode ref) {
        ObjectNode profiles = (ObjectNode) tree.get("profiles");
        if (profiles.get("file") == ref) {
            return profiles;
        }
        for (JsonNode imp : (ArrayNode) profiles.get("import")) {
            if (imp.get("file") == ref) {
                return (ObjectNode) imp;
            }
        }
        throw new IllegalStateException("reference not found: " + ref);
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
