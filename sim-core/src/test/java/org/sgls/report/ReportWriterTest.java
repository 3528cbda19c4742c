package org.sgls.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgls.fixtures.TinyRunFactory;
import org.sgls.io.RunWriter;
import org.sgls.metrics.ComponentTable;
import org.sgls.metrics.Results;
import org.sgls.metrics.Summary;
import org.sgls.sim.RunResult;
import org.sgls.sim.RunStats;
import org.sgls.timeseries.TimeAxis;

class ReportWriterTest {
    private static final double MWH = 1e-6;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theRunFolderHoldsTheReportUnlessAskedNot() throws IOException {
        Path out = tmp.resolve("run");
        new RunWriter().write(TinyRunFactory.create(), out, RunWriter.Existing.REFUSE);
        assertTrue(Files.isRegularFile(out.resolve(ReportWriter.FILE)));
        Path bare = tmp.resolve("bare");
        new RunWriter().withoutReport().write(TinyRunFactory.create(), bare, RunWriter.Existing.REFUSE);
        assertFalse(Files.exists(bare.resolve(ReportWriter.FILE)));
    }

    @Test
    void indicatorsAndCoalUnitsComeFromTheRunAndAgreeWithTheSummary() throws IOException {
        RunResult run = TinyRunFactory.create();
        Map<String, Object> summary = summary(run);
        JsonNode data = data(ReportWriter.html(run, summary, ReportWriter.Language.ZH));
        assertEquals("zh", data.get("lang").asText());
        for (JsonNode ind : data.get("indicators")) {
            String key = ind.get("key").asText();
            assertEquals(((Number) summary.get(key)).doubleValue(), ind.get("value").asDouble(), 0.0, key);
        }
        JsonNode coal1 = data.get("coal_units").get(0);
        assertEquals("coal1", coal1.get("id").asText());
        assertEquals(2, coal1.get("on_hours").asDouble(), 0.0);
        assertEquals(0, coal1.get("min_stable_hours").asDouble(), 0.0); // 40 and 50 MW, pmin 30
        assertEquals(1, coal1.get("startups").asInt());                  // on_initial 0
        assertEquals(2 * 2 + 0.3 * 90, coal1.get("tce").asDouble(), MWH);
        assertEquals(31e6 / 90e3, coal1.get("gce_per_kwh").asDouble(), 1e-9);
        assertEquals(((Number) summary.get("coal_tce")).doubleValue(), coal1.get("tce").asDouble(), MWH);
        // hydrogen target: the tank's downstream demand over the run (tiny: none) -> no target shown
        JsonNode h2 = indicator(data, "hydrogen_t");
        assertTrue(h2.get("target").isNull());
    }

    @Test
    void aYearIsAggregatedExactlyAndStaysSmallAndOffline() throws IOException {
        RunResult run = year();
        Map<String, Object> summary = summary(run);
        String html = ReportWriter.html(run, summary, ReportWriter.Language.EN);
        JsonNode data = data(html);
        Results r = run.results();

        // monthly sums equal the hourly columns (January = the first 744 hours; December = the last 744)
        JsonNode monthly = data.get("monthly");
        assertEquals(12, monthly.get("month").size());
        assertEquals("2030-01", monthly.get("month").get(0).asText());
        assertEquals(sum(r.find("pv1", "p_mw"), 0, 744), monthly.get("energy_mwh").get("pv").get(0).asDouble(), 1e-3);
        assertEquals(sum(r.find("coal1", "p_mw"), 8760 - 744, 8760),
                monthly.get("energy_mwh").get("coal").get(11).asDouble(), 1e-3);
        assertEquals(sum(r.find("pv1", "curtail_mw"), 0, 744), monthly.get("curtailed_mwh").get(0).asDouble(), 1e-3);
        assertEquals(-sum(r.find("bat1", "charge_mw"), 0, 744),
                monthly.get("energy_mwh").get("charge").get(0).asDouble(), 1e-3);
        double curtailedYear = 0;
        for (JsonNode m : monthly.get("curtailed_mwh")) {
            curtailedYear += m.asDouble();
        }
        assertEquals(((Number) summary.get("renewable_curtailed_mwh")).doubleValue(), curtailedYear, 1e-2);

        // the default week is the one with the most curtailment (planted in week 30)
        JsonNode weeks = data.get("weeks");
        assertEquals(53, weeks.get("start").size());
        assertEquals(30, weeks.get("default").asInt());
        assertEquals(sum(r.find("pv1", "curtail_mw"), 30 * 168, 31 * 168),
                weeks.get("curtailed_mwh").get(30).asDouble(), 1e-3);

        // hourly arrays are whole years; the duration curve is sorted and sampled
        assertEquals(8760, data.get("hourly").get("pv").size());
        JsonNode load = data.get("duration").get("load");
        assertEquals(ReportData.DURATION_POINTS, load.size());
        assertEquals(max(r.find("city", "demand_mw")), load.get(0).asDouble(), 0.05);
        for (int i = 1; i < load.size(); i++) {
            assertTrue(load.get(i).asDouble() <= load.get(i - 1).asDouble());
        }
        // equivalent cycles of the store as summary.json has them for the fleet (one store)
        assertEquals(((Number) summary.get("storage_equivalent_cycles")).doubleValue(),
                data.get("storage").get(0).get("equivalent_cycles").asDouble(), 1e-9);
        // the coal unit sits at its minimum stable output exactly in the hours planted so
        assertEquals(1000, data.get("coal_units").get(0).get("min_stable_hours").asDouble(), 0.0);

        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 3_000_000, "a year's report is " + bytes + " bytes");
        assertTrue(html.contains("echarts"), "the library is inlined");
        // nothing the browser would fetch: no src/href/url()/import to a network address
        Matcher fetch = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//|url\\(\\s*[\"']?(https?:)?//"
                + "|@import|<link|<iframe|fetch\\(|XMLHttpRequest").matcher(html);
        assertFalse(fetch.find(), () -> "would fetch: " + html.substring(Math.max(0, fetch.start() - 40),
                Math.min(html.length(), fetch.end() + 40)));
        // and the page's own code (everything but the library) names no network address at all
        String own = html.substring(0, html.indexOf("<script>") + 8) + html.substring(html.indexOf("</script>"));
        assertFalse(own.matches("(?s).*https?://.*"), "a URL in the page");
    }

    /** A year of hourly steps: load, PV with curtailment peaking in week 30, one coal unit, one battery. */
    private static RunResult year() {
        TimeAxis axis = new TimeAxis(TinyRunFactory.START, 1.0, 8760);
        ComponentTable t = new ComponentTable();
        t.add("city", "load").set("zone", "north").set("pmax_mw", 500.0).set("shed_cost_per_mwh", 1000.0);
        t.add("pv1", "pv").set("zone", "north").set("pmax_mw", 300.0);
        t.add("coal1", "coal").set("zone", "north").set("pmax_mw", 400.0).set("pmin_mw", 120.0)
                .set("on_initial", 1).set("fuel_tce_per_h", 10.0).set("fuel_tce_per_mwh", 0.28)
                .set("co2_t_per_tce", 2.66);
        t.add("bat1", "storage").set("zone", "north").set("pmax_mw", 50.0).set("charge_max_mw", 50.0)
                .set("energy_mwh", 200.0);
        Results r = new Results(axis);
        Random random = new Random(6);
        double soc = 100;
        for (int h = 0; h < 8760; h++) {
            double demand = 300 + 100 * random.nextDouble();
            double avail = Math.max(0, 300 * Math.sin(Math.PI * ((h % 24) - 6) / 12)) * random.nextDouble();
            double curtail = h / 168 == 30 ? avail * 0.8 : avail * 0.05 * random.nextDouble();
            double charge = h % 24 == 12 ? 20 : 0;
            double discharge = h % 24 == 20 ? 18 : 0;
            soc += 0.9 * charge - discharge / 0.9;
            double pv = avail - curtail;
            double coal = h < 1000 ? 120 : Math.round(demand - pv + charge - discharge + 130.5);
            r.column("city", "demand_mw")[h] = demand;
            r.column("city", "shed_mw")[h] = 0;
            r.column("city", "p_mw")[h] = -demand;
            r.column("pv1", "p_mw")[h] = pv;
            r.column("pv1", "avail_mw")[h] = avail;
            r.column("pv1", "curtail_mw")[h] = curtail;
            r.column("coal1", "p_mw")[h] = coal;
            r.column("coal1", "on")[h] = 1;
            r.column("coal1", "pmin_mw")[h] = 120;
            r.column("bat1", "p_mw")[h] = discharge - charge;
            r.column("bat1", "charge_mw")[h] = charge;
            r.column("bat1", "discharge_mw")[h] = discharge;
            r.column("bat1", "soc_mwh")[h] = soc;
        }
        return new RunResult(TinyRunFactory.scenario(new TimeAxis(TinyRunFactory.START, 1.0, 3)), t, r,
                new RunStats(1.0, 365, 0, 0, Map.of()));
    }

    private static Map<String, Object> summary(RunResult run) {
        return Summary.of(run.scenario().name(), run.components(), run.results(), run.stats());
    }

    private static JsonNode data(String html) throws IOException {
        String open = "<script type=\"application/json\" id=\"report-data\">";
        int a = html.indexOf(open) + open.length();
        return JSON.readTree(html.substring(a, html.indexOf("</script>", a)));
    }

    private static JsonNode indicator(JsonNode data, String key) {
        for (JsonNode ind : data.get("indicators")) {
            if (ind.get("key").asText().equals(key)) {
                return ind;
            }
        }
        throw new AssertionError("no indicator " + key);
    }

    private static double sum(double[] values, int from, int to) {
        double s = 0;
        for (int t = from; t < to; t++) {
            s += values[t];
        }
        return s;
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
