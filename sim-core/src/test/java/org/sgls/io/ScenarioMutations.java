package org.sgls.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One mistake put into a valid random scenario ({@link RandomScenarioJson}): the mistakes a planner makes in a
 * hand-edited file. Each mutation says where the reader must point ({@code expected}: a JSON path, or the text
 * of a syntax error); one that does not apply to the scenario at hand (a line to itself without lines) gives way
 * to the next.
 */
final class ScenarioMutations {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String NON_FINITE = "__NON_FINITE__";

    /** The mutated file's text, what was done, and a text one of the reported problems must contain. */
    record Mutant(String description, String text, String expected) {
    }

    private interface Mutation {
        /** Mutates {@code root} in place; null when it does not apply. */
        Mutant apply(ObjectNode root, SplittableRandom rnd);
    }

    private static final List<Mutation> ALL = List.of(
            ScenarioMutations::deleteRequiredField,
            ScenarioMutations::wrongType,
            ScenarioMutations::negativeValue,
            ScenarioMutations::notFinite,
            ScenarioMutations::efficiencyAboveOne,
            ScenarioMutations::fractionOutOfRange,
            ScenarioMutations::unknownField,
            ScenarioMutations::duplicateId,
            ScenarioMutations::unknownZone,
            ScenarioMutations::lineToItself,
            ScenarioMutations::profileOfWrongLength,
            ScenarioMutations::minimumAboveMaximum,
            ScenarioMutations::profileValueOutOfRange,
            ScenarioMutations::unknownKindOrChoice,
            ScenarioMutations::invalidId,
            ScenarioMutations::unknownSeries,
            ScenarioMutations::badSchemaVersion,
            ScenarioMutations::badStart,
            ScenarioMutations::badStepHours,
            ScenarioMutations::syntaxError,
            ScenarioMutations::repeatedKey,
            ScenarioMutations::notAnInteger,
            ScenarioMutations::stepsDisagree,
            ScenarioMutations::givenTwoWays,
            ScenarioMutations::badDayOfYear,
            ScenarioMutations::containerOfWrongShape);

    static int kinds() {
        return ALL.size();
    }

    /** The mutant of seed {@code seed}: seeds cycle through the kinds of mistake, so each is tried often. */
    static Mutant mutate(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 1);
        ObjectNode valid = RandomScenarioJson.generate(seed);
        for (int k = 0; k < ALL.size(); k++) {
            Mutant m = ALL.get((int) ((seed + k) % ALL.size())).apply(valid.deepCopy(), rnd);
            if (m != null) {
                return m;
            }
        }
        throw new IllegalStateException("no mutation applies to seed " + seed);
    }

    // --- the mistakes ------------------------------------------------------------------------------------------

    private static Mutant deleteRequiredField(ObjectNode root, SplittableRandom rnd) {
        if (rnd.nextInt(4) == 0) {
            String key = pick(rnd, List.of("schema_version", "name", "start", "components"));
            root.remove(key);
            return mutant("delete $." + key, root, "$." + key);
        }
        int i = rnd.nextInt(components(root).size());
        ObjectNode c = component(root, i);
        List<String> required = new ArrayList<>(List.of("id", "kind"));
        required.addAll(switch (c.get("kind").asText()) {
            case "load" -> List.of("profile");
            case "pv", "wind", "hydro" -> List.of("capacity_mw", "profile");
            case "biomass" -> List.of("pmax_mw", "marginal_cost_per_mwh");
            case "coal", "gas" -> List.of("pmax_mw", "fuel_price_per_tce", "fuel_tce_per_h", "fuel_tce_per_mwh");
            case "storage" -> List.of("technology", "pmax_mw");
            case "electrolyzer" -> List.of("pmax_mw", "h2_value_per_kg");
            default -> List.of("pmax_mw", "price_per_mwh");
        });
        if (c.has("zone") && root.has("zones") && root.get("zones").size() > 1) {
            required.add("zone");
        }
        String key = pick(rnd, required);
        c.remove(key);
        return mutant("delete " + path(i, key), root, path(i, key));
    }

    private static Mutant wrongType(ObjectNode root, SplittableRandom rnd) {
        int i = rnd.nextInt(components(root).size());
        ObjectNode c = component(root, i);
        String key = pick(rnd, fieldNames(c));
        JsonNode old = c.get(key);
        JsonNode wrong = old.isNumber() ? pick(rnd, List.of(JSON.textNode(old.asText()), JSON.booleanNode(true),
                JSON.arrayNode().add(old), JSON.objectNode()))
                : old.isTextual() ? pick(rnd, List.of(JSON.numberNode(3), JSON.booleanNode(false), JSON.arrayNode()))
                : old.isBoolean() ? pick(rnd, List.of(JSON.textNode("yes"), JSON.numberNode(1)))
                : JSON.textNode("an object was expected here");
        c.set(key, wrong);
        return mutant(path(i, key) + " = " + wrong, root, path(i, key));
    }

    private static final List<String> NON_NEGATIVE = List.of("capacity_mw", "pmax_mw", "energy_mwh", "duration_h",
            "charge_max_mw", "scale_mw", "shed_cost_per_mwh", "fuel_price_per_tce", "fuel_tce_per_h",
            "fuel_tce_per_mwh", "startup_cost", "ramp_up_mw_per_h", "ramp_down_mw_per_h", "kwh_per_kg",
            "min_up_h", "min_down_h", "hours_in_state_initial", "p_initial_mw", "co2_t_per_tce");

    private static Mutant negativeValue(ObjectNode root, SplittableRandom rnd) {
        if (root.has("lines") && rnd.nextInt(4) == 0) {
            double v = root.get("lines").get(0).get("capacity_mw").asDouble();
            ((ObjectNode) root.get("lines").get(0)).put("capacity_mw", -v - 1);
            return mutant("negative line capacity", root, "$.lines[0].capacity_mw");
        }
        List<String[]> candidates = new ArrayList<>();
        for (int i = 0; i < components(root).size(); i++) {
            for (String key : fieldNames(component(root, i))) {
                if (NON_NEGATIVE.contains(key)) {
                    candidates.add(new String[] {Integer.toString(i), key});
                }
            }
        }
        String[] pick = pick(rnd, candidates);
        int i = Integer.parseInt(pick[0]);
        double v = component(root, i).get(pick[1]).asDouble();
        component(root, i).put(pick[1], -Math.max(1, v));
        return mutant(path(i, pick[1]) + " negative", root, path(i, pick[1]));
    }

    private static Mutant notFinite(ObjectNode root, SplittableRandom rnd) {
        String literal = pick(rnd, List.of("NaN", "Infinity", "-Infinity"));
        String expected;
        if (rnd.nextBoolean()) {
            ObjectNode profiles = (ObjectNode) root.get("profiles");
            String name = pick(rnd, fieldNames(profiles));
            ArrayNode series = (ArrayNode) profiles.get(name);
            int k = rnd.nextInt(series.size());
            series.set(k, JSON.textNode(NON_FINITE));
            expected = "$.profiles." + name + "[" + k + "]";
        } else {
            int i = rnd.nextInt(components(root).size());
            ObjectNode c = component(root, i);
            List<String> numeric = fieldNames(c).stream().filter(k -> c.get(k).isNumber()).toList();
            if (numeric.isEmpty()) {
                return null;
            }
            String key = pick(rnd, numeric);
            c.put(key, NON_FINITE);
            expected = path(i, key);
        }
        String text = RandomScenarioJson.text(root).replace("\"" + NON_FINITE + "\"", literal);
        return new Mutant(literal + " at " + expected, text, expected);
    }

    private static Mutant efficiencyAboveOne(ObjectNode root, SplittableRandom rnd) {
        int i = indexOf(root, "storage");
        if (i < 0) {
            return null;
        }
        ObjectNode c = component(root, i);
        String key = c.has("round_trip_efficiency") ? "round_trip_efficiency" : pick(rnd, List.of("eta_charge", "eta_discharge"));
        c.put(key, pick(rnd, List.of(1.0 + (1 + rnd.nextInt(50)) / 100.0, 0.0, -0.5, 95.0)));
        return mutant(path(i, key) + " = " + c.get(key), root, path(i, key));
    }

    private static Mutant fractionOutOfRange(ObjectNode root, SplittableRandom rnd) {
        double bad = pick(rnd, List.of(1.5, -0.1, 35.0));
        List<String> fractions = List.of("min_stable_fraction", "min_load_fraction", "soc_min_fraction",
                "soc_initial_fraction", "self_discharge_per_h");
        for (int n = 0; n < 20; n++) {
            int i = rnd.nextInt(components(root).size());
            ObjectNode c = component(root, i);
            for (String key : fractions) {
                if (c.has(key)) {
                    c.put(key, bad);
                    return mutant(path(i, key) + " = " + bad, root, path(i, key));
                }
            }
            if (c.get("kind").asText().equals("coal") && c.has("template") && !c.has("heat")) {
                c.put("min_stable_fraction", bad); // overriding the template's
                return mutant(path(i, "min_stable_fraction") + " = " + bad, root, path(i, "min_stable_fraction"));
            }
        }
        if (root.has("zones")) {
            ((ObjectNode) root.get("zones").get(0)).put("reserve_fraction_of_load", bad);
            return mutant("reserve fraction " + bad, root, "$.zones[0].reserve_fraction_of_load");
        }
        return null;
    }

    private static Mutant unknownField(ObjectNode root, SplittableRandom rnd) {
        List<ObjectNode> objects = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        objects.add(root);
        paths.add("$");
        for (int i = 0; i < components(root).size(); i++) {
            objects.add(component(root, i));
            paths.add("$.components[" + i + "]");
            for (String nested : List.of("tank", "heat")) {
                if (component(root, i).get(nested) instanceof ObjectNode o) {
                    objects.add(o);
                    paths.add("$.components[" + i + "]." + nested);
                }
            }
        }
        for (String section : List.of("zones", "lines")) {
            if (root.has(section)) {
                objects.add((ObjectNode) root.get(section).get(0));
                paths.add("$." + section + "[0]");
            }
        }
        if (root.get("dispatch") instanceof ObjectNode d) {
            objects.add(d);
            paths.add("$.dispatch");
        }
        int k = rnd.nextInt(objects.size());
        ObjectNode target = objects.get(k);
        List<String> names = fieldNames(target);
        String key = names.isEmpty() || rnd.nextBoolean() ? pick(rnd, List.of("colour", "comment", "Pmax", "capacity"))
                : misspelt(pick(rnd, names), rnd);
        if (target.has(key)) {
            key = key + "_x";
        }
        target.put(key, 1);
        return mutant("unknown field " + paths.get(k) + "." + key, root, paths.get(k) + "." + key + ": unknown field");
    }

    private static Mutant duplicateId(ObjectNode root, SplittableRandom rnd) {
        int n = components(root).size();
        int j = 1 + rnd.nextInt(n - 1);
        String other = rnd.nextBoolean() || !root.has("zones") ? component(root, rnd.nextInt(j)).get("id").asText()
                : root.get("zones").get(0).get("id").asText();
        component(root, j).put("id", other);
        return mutant(path(j, "id") + " = " + other + " again", root, path(j, "id") + ": duplicate id '" + other + "'");
    }

    private static Mutant unknownZone(ObjectNode root, SplittableRandom rnd) {
        if (root.has("lines") && rnd.nextInt(3) == 0) {
            String end = pick(rnd, List.of("from", "to"));
            ((ObjectNode) root.get("lines").get(0)).put(end, "zone9");
            return mutant("line to zone9", root, "$.lines[0]." + end + ": unknown zone 'zone9'");
        }
        int i = rnd.nextInt(components(root).size());
        String zone = pick(rnd, List.of("nowhere", "zone9", "Zone0", "main "));
        component(root, i).put("zone", zone);
        return mutant(path(i, "zone") + " = " + zone, root, path(i, "zone") + ": unknown zone");
    }

    private static Mutant lineToItself(ObjectNode root, SplittableRandom rnd) {
        if (!root.has("lines")) {
            return null;
        }
        ObjectNode line = (ObjectNode) root.get("lines").get(0);
        line.put("to", line.get("from").asText());
        return mutant("line to itself", root, "$.lines[0].to: '" + line.get("from").asText() + "' is the same zone as from");
    }

    private static Mutant profileOfWrongLength(ObjectNode root, SplittableRandom rnd) {
        ObjectNode profiles = (ObjectNode) root.get("profiles");
        String name = pick(rnd, fieldNames(profiles));
        ArrayNode series = (ArrayNode) profiles.get(name);
        if (rnd.nextBoolean()) {
            series.remove(series.size() - 1 - rnd.nextInt(Math.min(3, series.size() - 1)));
        } else {
            series.add(0.5);
        }
        return mutant("$.profiles." + name + " of " + series.size() + " values", root, "$.profiles.");
    }

    private static Mutant minimumAboveMaximum(ObjectNode root, SplittableRandom rnd) {
        List<Mutation> options = new ArrayList<>();
        int storage = indexOf(root, "storage");
        if (storage >= 0 && component(root, storage).has("energy_mwh")) {
            options.add((r, x) -> {
                ObjectNode c = component(r, storage);
                c.remove("soc_min_fraction");
                c.remove("soc_initial_fraction");
                String key = x.nextBoolean() ? "soc_min_mwh" : "soc_initial_mwh";
                c.put(key, c.get("energy_mwh").asDouble() + 1 + x.nextInt(100));
                return mutant(path(storage, key) + " above energy_mwh", r, path(storage, key));
            });
        }
        for (int i = 0; i < components(root).size(); i++) {
            int index = i;
            ObjectNode c = component(root, i);
            if (c.get("tank") instanceof ObjectNode) {
                options.add((r, x) -> {
                    ObjectNode tank = (ObjectNode) component(r, index).get("tank");
                    tank.put("initial_kg", tank.get("capacity_kg").asDouble() * 2);
                    return mutant("tank over-full", r, path(index, "tank.initial_kg"));
                });
            }
            if (c.has("heat")) {
                options.add((r, x) -> {
                    ObjectNode heat = (ObjectNode) component(r, index).get("heat");
                    heat.put("decoupled_fraction", Math.min(1, heat.get("must_run_fraction").asDouble() + 0.2));
                    return mutant("decoupled above must-run", r, path(index, "heat.decoupled_fraction"));
                });
            }
            if (c.has("pmax_mw") && c.get("on_initial") != null && c.get("on_initial").asBoolean()) {
                options.add((r, x) -> {
                    ObjectNode u = component(r, index);
                    u.put("p_initial_mw", u.get("pmax_mw").asDouble() + 10);
                    return mutant("initial output above pmax", r, path(index, "p_initial_mw"));
                });
            }
        }
        if (root.get("dispatch") instanceof ObjectNode) {
            options.add((r, x) -> {
                ObjectNode d = (ObjectNode) r.get("dispatch");
                d.put("commit_hours", d.get("lookahead_hours").asInt() + 1 + x.nextInt(10));
                return mutant("commit longer than look-ahead", r, "$.dispatch.commit_hours");
            });
        }
        return options.isEmpty() ? null : pick(rnd, options).apply(root, rnd);
    }

    private static Mutant profileValueOutOfRange(ObjectNode root, SplittableRandom rnd) {
        int i = rnd.nextInt(components(root).size());
        ObjectNode c = component(root, i);
        if (!c.has("profile")) {
            return null;
        }
        String name = c.get("profile").asText();
        boolean load = c.get("kind").asText().equals("load");
        ArrayNode series = (ArrayNode) root.get("profiles").get(name);
        int k = rnd.nextInt(series.size());
        double bad = load ? -1 - rnd.nextInt(100) : pick(rnd, List.of(1.2, -0.3, 100.0));
        series.set(k, JSON.numberNode(bad));
        return mutant("$.profiles." + name + "[" + k + "] = " + bad, root, "$.profiles." + name + "[" + k + "]: ");
    }

    private static Mutant unknownKindOrChoice(ObjectNode root, SplittableRandom rnd) {
        int i = rnd.nextInt(components(root).size());
        ObjectNode c = component(root, i);
        if (c.has("technology") && rnd.nextBoolean()) {
            c.put("technology", "lithium");
            return mutant("technology lithium", root, path(i, "technology"));
        }
        if (c.has("template") && rnd.nextBoolean()) {
            c.put("template", "chpp");
            return mutant("template chpp", root, path(i, "template"));
        }
        String kind = pick(rnd, List.of("fusion", "coall", "PV", "line", "battery"));
        c.put("kind", kind);
        return mutant("kind " + kind, root, path(i, "kind"));
    }

    private static Mutant invalidId(ObjectNode root, SplittableRandom rnd) {
        int i = rnd.nextInt(components(root).size());
        String id = pick(rnd, List.of("has space", "", "a.b", "ü", "x/y"));
        component(root, i).put("id", id);
        return mutant("id '" + id + "'", root, path(i, "id"));
    }

    private static Mutant unknownSeries(ObjectNode root, SplittableRandom rnd) {
        int i = rnd.nextInt(components(root).size());
        ObjectNode c = component(root, i);
        if (!c.has("profile")) {
            return null;
        }
        String name = c.get("profile").asText() + (rnd.nextBoolean() ? "s" : "_x");
        c.put("profile", name);
        return mutant("profile " + name, root, path(i, "profile") + ": unknown series '" + name + "'");
    }

    private static Mutant badSchemaVersion(ObjectNode root, SplittableRandom rnd) {
        root.put("schema_version", pick(rnd, List.of(0, 2, 99)));
        return mutant("schema_version " + root.get("schema_version"), root, "$.schema_version");
    }

    private static Mutant badStart(ObjectNode root, SplittableRandom rnd) {
        root.put("start", pick(rnd, List.of("2030-02-30T00:00", "yesterday", "2030-01-01", "01/01/2030 00:00", "")));
        return mutant("start " + root.get("start"), root, "$.start");
    }

    private static Mutant badStepHours(ObjectNode root, SplittableRandom rnd) {
        root.put("step_hours", pick(rnd, List.of(0.0, -1.0, 25.0, 0.3333)));
        return mutant("step_hours " + root.get("step_hours"), root, "$.step_hours");
    }

    private static Mutant syntaxError(ObjectNode root, SplittableRandom rnd) {
        String text = RandomScenarioJson.text(root);
        String bad = switch (rnd.nextInt(4)) {
            case 0 -> text.substring(0, 1 + rnd.nextInt(text.length() - 2)); // cut short
            case 1 -> text.replaceFirst(",\n", ",,\n");
            case 2 -> text.replaceFirst("\"name\"", "name"); // unquoted key
            default -> text.replaceFirst("}\\s*$", ""); // unclosed
        };
        return new Mutant("syntax error", bad, "line ");
    }

    private static Mutant repeatedKey(ObjectNode root, SplittableRandom rnd) {
        String text = RandomScenarioJson.text(root);
        return new Mutant("name twice", text.replaceFirst("\"name\" : ", "\"name\" : \"again\", \"name\" : "),
                "duplicate field 'name'");
    }

    private static Mutant notAnInteger(ObjectNode root, SplittableRandom rnd) {
        for (int i = 0; i < components(root).size(); i++) {
            ObjectNode c = component(root, i);
            for (String key : List.of("min_up_h", "min_down_h", "hours_in_state_initial")) {
                if (c.has(key)) {
                    c.put(key, c.get(key).asInt() + 0.5);
                    return mutant(path(i, key) + " not whole", root, path(i, key));
                }
            }
        }
        root.put("steps", 24.5);
        return mutant("steps 24.5", root, "$.steps");
    }

    private static Mutant stepsDisagree(ObjectNode root, SplittableRandom rnd) {
        int steps = root.get("profiles").get("demand").size();
        root.put("steps", steps + (rnd.nextBoolean() ? 1 : -1));
        return mutant("steps " + root.get("steps") + " for " + steps + " values", root, "$.profiles.");
    }

    private static Mutant givenTwoWays(ObjectNode root, SplittableRandom rnd) {
        int i = indexOf(root, "storage");
        if (i < 0) {
            return null;
        }
        ObjectNode c = component(root, i);
        if (c.has("energy_mwh")) {
            c.put("duration_h", 4);
            return mutant("energy given twice", root, path(i, "duration_h"));
        }
        if (c.has("round_trip_efficiency")) {
            c.put("eta_charge", 0.9);
            return mutant("efficiency given twice", root, path(i, "round_trip_efficiency"));
        }
        c.put("energy_mwh", 100);
        return mutant("energy given twice", root, path(i, "duration_h"));
    }

    private static Mutant badDayOfYear(ObjectNode root, SplittableRandom rnd) {
        for (int i = 0; i < components(root).size(); i++) {
            if (component(root, i).get("heat") instanceof ObjectNode heat) {
                String key = pick(rnd, List.of("season_start", "season_end"));
                heat.put(key, pick(rnd, List.of("13-01", "11-31", "Nov 1", "1-11")));
                return mutant("heat " + key, root, path(i, "heat." + key));
            }
        }
        return null;
    }

    private static Mutant containerOfWrongShape(ObjectNode root, SplittableRandom rnd) {
        String key = pick(rnd, List.of("components", "zones", "lines", "profiles", "dispatch"));
        JsonNode old = root.get(key);
        root.set(key, old != null && old.isArray() ? JSON.objectNode() : JSON.arrayNode().add(1));
        if (key.equals("zones") && old == null) {
            root.set(key, JSON.arrayNode()); // given but empty
        }
        return mutant(key + " as " + root.get(key), root, "$." + key);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static Mutant mutant(String description, ObjectNode root, String expected) {
        return new Mutant(description, RandomScenarioJson.text(root), expected);
    }

    private static ArrayNode components(ObjectNode root) {
        return (ArrayNode) root.get("components");
    }

    private static ObjectNode component(ObjectNode root, int i) {
        return (ObjectNode) components(root).get(i);
    }

    private static int indexOf(ObjectNode root, String kind) {
        for (int i = 0; i < components(root).size(); i++) {
            if (component(root, i).get("kind").asText().equals(kind)) {
                return i;
            }
        }
        return -1;
    }

    private static String path(int component, String key) {
        return "$.components[" + component + "]." + key;
    }

    private static List<String> fieldNames(ObjectNode o) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    private static String misspelt(String key, SplittableRandom rnd) {
        int at = rnd.nextInt(key.length());
        return key.substring(0, at) + (char) ('a' + rnd.nextInt(26)) + key.substring(Math.min(key.length(), at + 1));
    }

    private static <T> T pick(SplittableRandom rnd, List<T> options) {
        return options.get(rnd.nextInt(options.size()));
    }
}
