package org.sgls.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sgls.report.ReportWriter;
import org.sgls.sweep.SweepSpec.Objective;

/**
 * A sweep's {@code report.html}: the trade-off chart (any two columns of sweep.csv against each other, the
 * third objective as colour, the Pareto frontier marked), the frontier's table, and for a search its runs and
 * answer. One offline page like a run's report (the same inlined ECharts, via {@link ReportWriter#page}); its
 * data is sweep.csv itself, so every point on it is a row of that file.
 */
final class SweepReport {
    static final String FILE = "report.html";
    private static final String TEMPLATE = "sweep-template.html";

    private SweepReport() {
    }

    static void write(Path file, SweepSpec spec, Path csv, SizingSearch.Outcome search) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", spec.name());
        data.put("description", spec.description());
        data.put("base", spec.base().getFileName().toString().equals("scenario.json")
                ? spec.base().getParent().getFileName().toString() : spec.base().getFileName().toString());
        data.put("parameters", spec.parameters().stream().map(SweepSpec.Parameter::name).toList());
        List<Map<String, Object>> objectives = new ArrayList<>();
        for (Objective o : spec.pareto()) {
            objectives.add(Map.of("key", o.key(), "maximize", o.maximize()));
        }
        data.put("objectives", objectives);
        data.put("header", lines.isEmpty() ? List.of() : SweepCsv.parse(lines.get(0)));
        data.put("rows", lines.stream().skip(1).map(SweepCsv::parse).toList());
        if (search != null) {
            data.put("search", SweepReader.JSON.convertValue(SearchReport.json(spec, search), Map.class));
        }
        String template;
        try (InputStream in = SweepReport.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is not on the classpath");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(file, ReportWriter.page(template, spec.name(), ReportWriter.Language.EN, data),
                StandardCharsets.UTF_8);
    }
}
