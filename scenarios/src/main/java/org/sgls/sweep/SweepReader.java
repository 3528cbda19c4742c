package org.sgls.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.sgls.io.Names;
import org.sgls.io.ScenarioException;
import org.sgls.sweep.SweepSpec.AnnualCost;
import org.sgls.sweep.SweepSpec.Fixed;
import org.sgls.sweep.SweepSpec.Objective;
import org.sgls.sweep.SweepSpec.Parameter;
import org.sgls.sweep.SweepSpec.Requirement;
import org.sgls.sweep.SweepSpec.Search;

/**
 * Reads a sweep file (docs/sweeps.md) as strictly as {@code ScenarioReader} reads a scenario: unknown fields,
 * wrong types, values out of range, paths that lead nowhere in the base scenario; every problem is reported at
 * once, as {@code <file>: <JSON path>: <what is wrong> (<rule>)}, in a {@link ScenarioException} (exit 2).
 * Whether each value makes a valid scenario is checked by {@link Variants#check}.
 */
public final class SweepReader {
    public static final int SCHEMA_VERSION = 1;
    /** More variants than this is a mistake (a grid with a stray zero), not a plan. */
    public static final int MAX_VARIANTS = 100_000;
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final String NAME = "[A-Za-z0-9_.\\[\\]=-]+";

    private final Path file;
    private final String label;
    private final List<String> problems = new ArrayList<>();

    private SweepReader(Path file) {
        this.file = file;
        this.label = file.toString();
    }

    /**
     * Reads {@code file}; {@code baseLocator} turns the {@code base} text into the scenario file (relative to the
     * sweep file's folder, or a bundled scenario's name) and throws IllegalArgumentException when it cannot.
     */
    public static SweepSpec read(Path file, BiFunction<String, Path, Path> baseLocator) {
        return new SweepReader(file).read(baseLocator);
    }

    private SweepSpec read(BiFunction<String, Path, Path> baseLocator) {
        JsonNode root = parse(file, label, problems);
        throwIfAny();
        Obj top = new Obj(root, "$");
        if (!root.isObject()) {
            throw new ScenarioException(List.of(label + ": must hold a JSON object (a sweep file)"));
        }
        Long version = top.integer("schema_version");
        if (version != null && version != SCHEMA_VERSION) {
            top.report("schema_version", version + " is not supported", "must be " + SCHEMA_VERSION);
        }
        String name = top.text("name", true);
        String description = top.text("description", false);
        String baseText = top.text("base", true);
        Path base = null;
        if (baseText != null) {
            try {
                base = baseLocator.apply(baseText, file);
            } catch (IllegalArgumentException e) {
                top.report("base", e.getMessage(), "must be a bundled scenario's name or a scenario file relative "
                        + "to the sweep file");
            }
        }
        JsonNode baseTree = base == null ? null : parse(base, base.toString(), problems);

        List<Fixed> set = new ArrayList<>();
        JsonNode setNode = top.field("set", JsonNode::isObject, "an object of path: number or null");
        if (setNode != null) {
            for (Iterator<String> it = setNode.fieldNames(); it.hasNext(); ) {
                String p = it.next();
                String where = top.path + ".set['" + p + "']";
                JsonNode v = setNode.get(p);
                if (!v.isNumber() && !v.isNull()) {
                    problem(where, JsonKinds.describe(v), "must be a number, or null for the scenario format's default");
                    continue;
                }
                ParameterPath path = path(p, where, baseTree);
                if (path != null) {
                    set.add(new Fixed(path, v, where));
                }
            }
        }

        List<Parameter> parameters = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<String[]> places = new ArrayList<>();
        Search search = null;
        int modes = (top.has("grid") ? 1 : 0) + (top.has("list") ? 1 : 0) + (top.has("search") ? 1 : 0);
        if (modes != 1) {
            problem("$", modes == 0 ? "no grid, list or search" : "more than one of grid, list and search",
                    "a sweep has exactly one of them");
        } else if (top.has("grid")) {
            grid(top, baseTree, parameters, rows, places);
        } else if (top.has("list")) {
            list(top, baseTree, parameters, rows, places);
        } else {
            search = search(top, baseTree, parameters);
        }
        Set<String> names = new HashSet<>();
        for (Parameter p : parameters) {
            if (!names.add(p.name())) {
                problem(p.where() + ".name", "'" + p.name() + "' names two parameters", "column names must be unique");
            }
        }
        List<AnnualCost> costs = annualCosts(top);
        List<Objective> pareto = pareto(top, !costs.isEmpty());
        top.finish();
        throwIfAny();
        return new SweepSpec(file, name, description == null ? "" : description, base, set, parameters, rows,
                places, search, costs, pareto);
    }

    static JsonNode parse(Path file, String label, List<String> problems) {
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            if (root == null || root.isMissingNode()) {
                problems.add(label + ": is empty (must hold a JSON object)");
            }
            return root;
        } catch (NoSuchFileException e) {
            problems.add(label + ": not found (the file must exist)");
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            problems.add(label + ": " + (at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr()
                    + ": ") + e.getOriginalMessage().lines().findFirst().orElse("") + " (must be valid JSON)");
        } catch (IOException e) {
            problems.add(label + ": cannot be read: " + e + " (the file must be readable)");
        }
        return null;
    }

    private void grid(Obj top, JsonNode baseTree, List<Parameter> parameters, List<double[]> rows,
            List<String[]> places) {
        JsonNode grid = top.field("grid", n -> n.isArray() && !n.isEmpty(), "a non-empty array of parameters");
        if (grid == null) {
            return;
        }
        List<double[]> axes = new ArrayList<>();
        long size = 1;
        for (int i = 0; i < grid.size(); i++) {
            Obj p = new Obj(grid.get(i), top.path + ".grid[" + i + "]");
            Parameter parameter = parameter(p, baseTree);
            JsonNode values = p.field("values", n -> n.isArray() && !n.isEmpty(), "a non-empty array of numbers");
            double[] axis = values == null ? null : numbers(values, p.path + ".values", true);
            p.finish();
            if (parameter != null && axis != null) {
                parameters.add(parameter);
                axes.add(axis);
                size *= axis.length;
            }
        }
        if (size > MAX_VARIANTS) {
            problem(top.path + ".grid", size + " variants", "a sweep has at most " + MAX_VARIANTS);
            return;
        }
        if (axes.size() != grid.size()) {
            return;
        }
        // the first parameter varies slowest, as nested loops written in the file's order
        int[] index = new int[axes.size()];
        for (long n = 0; n < size; n++) {
            double[] row = new double[axes.size()];
            String[] where = new String[axes.size()];
            for (int k = 0; k < axes.size(); k++) {
                row[k] = axes.get(k)[index[k]];
                where[k] = parameters.get(k).where() + ".values[" + index[k] + "]";
            }
            rows.add(row);
            places.add(where);
            for (int k = axes.size() - 1; k >= 0; k--) {
                if (++index[k] < axes.get(k).length) {
                    break;
                }
                index[k] = 0;
            }
        }
    }

    private void list(Obj top, JsonNode baseTree, List<Parameter> parameters, List<double[]> rows,
            List<String[]> places) {
        Obj list = top.object("list");
        if (list == null) {
            return;
        }
        JsonNode ps = list.field("parameters", n -> n.isArray() && !n.isEmpty(), "a non-empty array of parameters");
        JsonNode values = list.field("values", n -> n.isArray() && !n.isEmpty(), "a non-empty array of rows");
        list.finish();
        if (ps == null) {
            return;
        }
        for (int i = 0; i < ps.size(); i++) {
            Obj p = new Obj(ps.get(i), list.path + ".parameters[" + i + "]");
            Parameter parameter = parameter(p, baseTree);
            p.finish();
            if (parameter != null) {
                parameters.add(parameter);
            }
        }
        if (values == null || parameters.size() != ps.size()) {
            return;
        }
        if (values.size() > MAX_VARIANTS) {
            problem(list.path + ".values", values.size() + " variants", "a sweep has at most " + MAX_VARIANTS);
            return;
        }
        for (int r = 0; r < values.size(); r++) {
            String at = list.path + ".values[" + r + "]";
            JsonNode row = values.get(r);
            if (!row.isArray() || row.size() != ps.size()) {
                problem(at, JsonKinds.describe(row), "must be an array of " + ps.size() + " numbers, one per parameter");
                continue;
            }
            double[] numbers = numbers(row, at, false);
            if (numbers != null) {
                String[] where = new String[numbers.length];
                for (int k = 0; k < where.length; k++) {
                    where[k] = at + "[" + k + "]";
                }
                rows.add(numbers);
                places.add(where);
            }
        }
    }

    private Search search(Obj top, JsonNode baseTree, List<Parameter> parameters) {
        Obj s = top.object("search");
        if (s == null) {
            return null;
        }
        Parameter parameter = parameter(s, baseTree);
        Double min = s.number("min");
        Double max = s.number("max");
        Double tolerance = s.number("tolerance");
        Long points = s.has("points_per_round") ? s.integer("points_per_round") : Long.valueOf(2);
        List<Requirement> require = new ArrayList<>();
        JsonNode req = s.field("require", n -> n.isArray() && !n.isEmpty(), "a non-empty array of requirements");
        if (req != null) {
            for (int i = 0; i < req.size(); i++) {
                Obj r = new Obj(req.get(i), s.path + ".require[" + i + "]");
                String key = r.text("key", true);
                boolean hasMax = r.has("max");
                Double bound = hasMax ? r.number("max") : r.number("min");
                if (hasMax == r.has("min")) {
                    r.reportHere(hasMax ? "has max and min" : "has neither max nor min",
                            "a requirement bounds its column from one side");
                } else if (key != null && bound != null) {
                    require.add(new Requirement(key, hasMax ? bound : null, hasMax ? null : bound, r.path + ".key"));
                }
                r.finish();
            }
        }
        s.finish();
        if (min != null && max != null && !(min < max)) {
            problem(s.path + ".max", Numbers.text(max) + " is not above min = " + Numbers.text(min), "must be > min");
        }
        if (tolerance != null && min != null && max != null && !(tolerance > 0 && tolerance <= max - min)) {
            problem(s.path + ".tolerance", Numbers.text(tolerance) + " is out of range", "must be in (0, max - min]");
        }
        if (points != null && (points < 1 || points > 64)) {
            problem(s.path + ".points_per_round", points + " is out of range", "must be in [1, 64]");
        }
        if (parameter == null || min == null || max == null || tolerance == null || points == null || req == null
                || require.size() != req.size()) {
            return null;
        }
        parameters.add(parameter);
        return new Search(min, max, tolerance, points.intValue(), require);
    }

    private Parameter parameter(Obj p, JsonNode baseTree) {
        String text = p.text("path", true);
        String name = p.has("name") ? p.text("name", true) : text;
        if (name != null && !name.matches(NAME)) {
            p.report("name", "'" + name + "' is not a column name", "must match " + NAME);
            return null;
        }
        ParameterPath path = text == null ? null : path(text, p.path + ".path", baseTree);
        return path == null || name == null ? null : new Parameter(name, path, p.path);
    }

    /** Parses a path and follows it in the base scenario, reporting either failure at {@code where}. */
    private ParameterPath path(String text, String where, JsonNode baseTree) {
        try {
            ParameterPath path = ParameterPath.parse(text);
            if (baseTree != null) {
                path.resolve(baseTree);
            }
            return path;
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int rule = message.lastIndexOf(" (");
            if (message.startsWith("'")) { // a syntax error
                problem(where, message, ParameterPath.SYNTAX);
            } else if (rule > 0 && message.endsWith(")")) {
                problem(where, message.substring(0, rule), message.substring(rule + 2, message.length() - 1));
            } else {
                problem(where, message, "the path must lead to a number in the base scenario");
            }
            return null;
        }
    }

    /** The numbers of {@code array}; {@code unique}: a value given twice is a mistake (a grid axis). */
    private double[] numbers(JsonNode array, String at, boolean unique) {
        double[] values = new double[array.size()];
        boolean ok = true;
        for (int i = 0; i < values.length; i++) {
            JsonNode v = array.get(i);
            if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                problem(at + "[" + i + "]", JsonKinds.describe(v), "must be a number");
                ok = false;
            } else {
                values[i] = v.doubleValue();
            }
        }
        Set<Double> seen = new HashSet<>();
        for (int i = 0; ok && i < values.length; i++) {
            if (unique && !seen.add(values[i])) {
                problem(at + "[" + i + "]", Numbers.text(values[i]) + " is given twice", "each value once");
                ok = false;
            }
        }
        return ok ? values : null;
    }

    private List<AnnualCost> annualCosts(Obj top) {
        List<AnnualCost> costs = new ArrayList<>();
        JsonNode array = top.field("annual_costs", JsonNode::isArray, "an array");
        if (array == null) {
            return costs;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            Obj c = new Obj(array.get(i), top.path + ".annual_costs[" + i + "]");
            String id = c.text("component", true);
            Double perMw = c.has("per_mw") ? c.number("per_mw") : Double.valueOf(0);
            Double perMwh = c.has("per_mwh") ? c.number("per_mwh") : Double.valueOf(0);
            if (perMw != null && perMw < 0 || perMwh != null && perMwh < 0) {
                c.reportHere("a negative cost", "per_mw and per_mwh must be >= 0");
            }
            if (id != null && !ids.add(id)) {
                c.report("component", "'" + id + "' is given twice", "one entry per component");
            }
            c.finish();
            if (id != null && perMw != null && perMwh != null) {
                costs.add(new AnnualCost(id, perMw, perMwh, c.path));
            }
        }
        return costs;
    }

    private List<Objective> pareto(Obj top, boolean withCosts) {
        Obj p = top.object("pareto");
        List<Objective> objectives = new ArrayList<>();
        if (p == null) {
            for (String key : List.of(withCosts ? Columns.SYSTEM_COST : "total_cost", "curtailment_rate", "co2_t")) {
                objectives.add(new Objective(key, false, "$ (the default pareto objectives)"));
            }
            return objectives;
        }
        for (String goal : List.of("minimize", "maximize")) {
            JsonNode keys = p.field(goal, JsonNode::isArray, "an array of sweep.csv columns");
            for (int i = 0; keys != null && i < keys.size(); i++) {
                if (!keys.get(i).isTextual()) {
                    problem(p.path + "." + goal + "[" + i + "]", JsonKinds.describe(keys.get(i)), "must be a column name");
                } else {
                    objectives.add(new Objective(keys.get(i).asText(), goal.equals("maximize"),
                            p.path + "." + goal + "[" + i + "]"));
                }
            }
        }
        p.finish();
        if (objectives.size() < 2) {
            problem(p.path, objectives.size() + (objectives.size() == 1 ? " objective" : " objectives"),
                    "a frontier needs at least two");
        }
        return objectives;
    }

    private void problem(String where, String what, String rule) {
        String line = label + ": " + where + ": " + what + " (" + rule + ")";
        if (!problems.contains(line)) {
            problems.add(line);
        }
    }

    private void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    /** One JSON object of the sweep file: typed getters that report problems at their path; unknown keys last. */
    private final class Obj {
        final JsonNode node;
        final String path;
        private final Set<String> known = new LinkedHashSet<>();

        Obj(JsonNode node, String path) {
            this.node = node;
            this.path = path;
            if (!node.isObject()) {
                problem(path, JsonKinds.describe(node), "must be an object");
            }
        }

        boolean has(String key) {
            known.add(key);
            return node.isObject() && node.hasNonNull(key);
        }

        void report(String key, String what, String rule) {
            problem(path + "." + key, what, rule);
        }

        void reportHere(String what, String rule) {
            problem(path, what, rule);
        }

        JsonNode field(String key, java.util.function.Predicate<JsonNode> ok, String rule) {
            if (!has(key)) {
                return null;
            }
            JsonNode v = node.get(key);
            if (!ok.test(v)) {
                report(key, JsonKinds.describe(v), "must be " + rule);
                return null;
            }
            return v;
        }

        Obj object(String key) {
            JsonNode v = field(key, JsonNode::isObject, "an object");
            return v == null ? null : new Obj(v, path + "." + key);
        }

        String text(String key, boolean required) {
            if (!has(key)) {
                if (required) {
                    report(key, "missing", "required");
                }
                return null;
            }
            JsonNode v = field(key, JsonNode::isTextual, "a string");
            return v == null ? null : v.asText();
        }

        Double number(String key) {
            if (!has(key)) {
                report(key, "missing", "required");
                return null;
            }
            JsonNode v = field(key, n -> n.isNumber() && Double.isFinite(n.doubleValue()), "a number");
            return v == null ? null : v.doubleValue();
        }

        Long integer(String key) {
            if (!has(key)) {
                report(key, "missing", "required");
                return null;
            }
            JsonNode v = field(key, n -> n.isIntegralNumber() && n.canConvertToLong(), "a whole number");
            return v == null ? null : v.longValue();
        }

        void finish() {
            if (!node.isObject()) {
                return;
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!known.contains(key)) {
                    report(key, "unknown field", Names.hint(key, known, "a field here"));
                }
            }
        }
    }
}
