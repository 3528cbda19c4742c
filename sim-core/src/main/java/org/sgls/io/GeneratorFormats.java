package org.sgls.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The models {@code profiles.generate} knows, by the label in their {@code model} field. */
final class GeneratorFormats {
    interface Reader {
        GeneratorSpec read(SpecFields s, long scenarioSeed);
    }

    private static final Map<String, Reader> BY_MODEL = new LinkedHashMap<>();

    static {
        BY_MODEL.put("pv", PvGeneratorFormat::read);
        BY_MODEL.put("wind", WindGeneratorFormat::read);
        BY_MODEL.put("load", LoadGeneratorFormat::read);
    }

    private GeneratorFormats() {
    }

    static List<String> models() {
        return List.copyOf(BY_MODEL.keySet());
    }

    /** Reads one spec; null (reported) when it is not usable. Unknown fields are reported too. */
    static GeneratorSpec read(JsonFields f, long scenarioSeed) {
        SpecFields s = new SpecFields(f);
        String model = s.choice("model", models(), null);
        if (model == null) {
            if (!f.has("model")) {
                f.report("model", "missing", "required: one of " + String.join(", ", models()));
            }
            f.allow(f.keys().toArray(String[]::new)); // the fields of an unknown model cannot be judged
            return null;
        }
        GeneratorSpec spec = BY_MODEL.get(model).read(s, scenarioSeed);
        f.finish();
        return f.clean() ? spec : null;
    }
}
