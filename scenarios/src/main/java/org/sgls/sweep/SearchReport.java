package org.sgls.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sgls.sweep.SweepSpec.Requirement;

/** {@code search.json}: a sizing search's question, its answer, and every run that led to it, in order. */
public final class SearchReport {
    private SearchReport() {
    }

    static ObjectNode json(SweepSpec spec, SizingSearch.Outcome o) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode json = f.objectNode();
        SweepSpec.Search s = spec.search();
        json.put("parameter", spec.parameters().get(0).name());
        json.put("path", spec.parameters().get(0).path().text());
        json.put("min", s.min());
        json.put("max", s.max());
        json.put("tolerance", s.tolerance());
        json.put("points_per_round", s.pointsPerRound());
        ArrayNode require = json.putArray("require");
        for (Requirement r : s.require()) {
            ObjectNode q = require.addObject().put("key", r.key());
            if (r.max() != null) {
                q.put("max", r.max());
            } else {
                q.put("min", r.min());
            }
        }
        if (o.answer() == null) {
            json.putNull("answer");
        } else {
            json.put("answer", o.answer());
        }
        if (o.lo() == null) {
            json.putNull("largest_failing");
        } else {
            json.put("largest_failing", o.lo());
        }
        json.put("monotone", o.monotone());
        json.put("conclusion", conclusion(spec, o));
        ArrayNode runs = json.putArray("runs");
        for (SizingSearch.Trial t : o.trials()) {
            ObjectNode run = runs.addObject();
            run.put("round", t.round());
            run.put("value", t.value());
            run.put("variant", t.cells().get(Columns.VARIANT));
            run.put("met", t.met());
            for (Requirement r : s.require()) {
                run.put(r.key(), Double.parseDouble(t.cells().get(r.key())));
            }
        }
        return json;
    }

    /** One sentence for the terminal and the report. */
    public static String conclusion(SweepSpec spec, SizingSearch.Outcome o) {
        SweepSpec.Search s = spec.search();
        String name = spec.parameters().get(0).name();
        String req = String.join(", ", s.require().stream().map(Requirement::toString).toList());
        if (o.answer() == null) {
            return "no value of " + name + " up to max = " + Numbers.text(s.max()) + " meets " + req;
        }
        if (o.lo() == null) {
            return name + " = min = " + Numbers.text(s.min()) + " already meets " + req;
        }
        return "the smallest " + name + " that meets " + req + " is " + Numbers.text(o.answer()) + " (to within "
                + Numbers.text(s.tolerance()) + ": " + Numbers.text(o.lo()) + " does not; " + o.trials().size()
                + " runs)" + (o.monotone() ? "" : "; warning: a larger value failed where a smaller one passed, so "
                + "the requirement is not monotone in " + name + " and a smaller passing value may exist");
    }

    static void write(Path file, SweepSpec spec, SizingSearch.Outcome o) throws IOException {
        Files.writeString(file, SweepReader.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(spec, o))
                + "\n", StandardCharsets.UTF_8);
    }
}
