package org.sgls.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.sgls.metrics.Decimals;
import org.sgls.sim.RunResult;

/**
 * Writes {@code report.html}: one self-contained page (no network: Apache ECharts, read from its WebJar on the
 * classpath, is inlined) with the run's headline indicators against their targets, a weekly dispatch stack,
 * monthly balances, duration curves, storage state of charge and the coal fleet (docs/output.md). The page is
 * the static template {@code report-template.html} with the library and the data ({@link ReportData}, JSON in
 * a {@code <script type="application/json">} tag) put in.
 *
 * <p>A sweep's report ({@code org.sgls.sweep.SweepReport}, in the scenarios module) is its own page built by
 * {@link #page} from its own template.
 */
public final class ReportWriter {
    /** The file name in a run folder. */
    public static final String FILE = "report.html";
    /** The ECharts WebJar version (the newest on Maven Central; keep in step with the parent pom). */
    public static final String ECHARTS_VERSION = "5.3.1";
    static final String ECHARTS = "META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";
    private static final String TEMPLATE = "report-template.html";
    /** The style both a run's and a sweep's page use, put in at their {@code /*STYLE*}{@code /} marker. */
    private static final String STYLE = "report-style.css";

    /** The page's language at opening (both are in the page; a button switches). */
    public enum Language {
        EN, ZH;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SimpleModule()
            .addSerializer(Double.class, new StdSerializer<>(Double.class) {
                @Override
                public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
                        throws IOException {
                    gen.writeNumber(Decimals.plain(value));
                }
            })
            .addSerializer(double[].class, new StdSerializer<>(double[].class) {
                @Override
                public void serialize(double[] values, JsonGenerator gen, SerializerProvider provider)
                        throws IOException {
                    gen.writeStartArray();
                    for (double v : values) {
                        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                            gen.writeNumber((long) v); // "12", not "12.0": a year of hourly arrays is large
                        } else {
                            gen.writeNumber(Decimals.plain(v));
                        }
                    }
                    gen.writeEndArray();
                }
            }));

    private ReportWriter() {
    }

    /** Writes the report of {@code run} (whose summary is {@code summary}) to {@code file}. */
    public static void write(RunResult run, Map<String, Object> summary, Language language, Path file)
            throws IOException {
        Files.writeString(file, html(run, summary, language), StandardCharsets.UTF_8);
    }

    /** The whole page. */
    public static String html(RunResult run, Map<String, Object> summary, Language language) {
        String template = resource(ReportWriter.class.getResourceAsStream(TEMPLATE), TEMPLATE);
        return page(template, run.scenario().name(), language, ReportData.of(run, summary, language.code()));
    }

    /**
     * A page from a template with this report's markers ({@code <!--LANG-->}, {@code <!--TITLE-->},
     * {@code /*STYLE*}{@code /}, {@code /*ECHARTS*}{@code /}, {@code /*DATA*}{@code /}): the shared style,
     * ECharts and {@code data} (as JSON) put in. Other pages (a sweep's report) use it to share the look, the
     * library and the way data is embedded.
     */
    public static String page(String template, String title, Language language, Object data) {
        String json = json(data);
        String echarts = resource(ReportWriter.class.getClassLoader().getResourceAsStream(ECHARTS), ECHARTS);
        template = template.replace("<!--LANG-->", language == Language.ZH ? "zh-CN" : "en")
                .replace("<!--TITLE-->", escapeHtml(title))
                .replace("/*STYLE*/", resource(ReportWriter.class.getResourceAsStream(STYLE), STYLE));
        // cut at the markers rather than replace: neither the library nor the data is searched for markers
        int lib = template.indexOf("/*ECHARTS*/");
        int dat = template.indexOf("/*DATA*/");
        if (lib < 0 || dat < lib) {
            throw new IllegalStateException("the template lacks its /*ECHARTS*/ and /*DATA*/ markers");
        }
        return new StringBuilder(template.length() + echarts.length() + json.length())
                .append(template, 0, lib).append(echarts)
                .append(template, lib + "/*ECHARTS*/".length(), dat).append(json)
                .append(template, dat + "/*DATA*/".length(), template.length()).toString();
    }

    /** JSON safe inside a script element: no "</" (so no "</script>") and no "<!--". */
    static String json(Object tree) {
        try {
            return JSON.writeValueAsString(tree).replace("</", "<\\/").replace("<!--", "<\\!--");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report data not serializable", e);
        }
    }

    private static String resource(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath (the report needs the ECharts "
                    + "WebJar org.webjars.npm:echarts:" + ECHARTS_VERSION + ")");
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
