package org.sgls.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The indicator panel follows the scenario's own targets where it sets them, the defaults elsewhere. */
class ReportIndicatorsTest {
    @Test
    void aScenarioTargetReplacesTheDefault() {
        Map<String, Object> s = new HashMap<>(Map.of("curtailment_rate", 0.03, "renewable_share", 0.55,
                "coal_gce_per_kwh", 305.0, "coal_generation_mwh", 1000.0, "hydrogen_t", 0.0, "co2_t", 10.0,
                "shed_mwh", 0.0, "shed_hours", 0, "reserve_shortfall_mwh", 0.0, "total_cost", 1.0));
        s.put("targets", Map.of("renewable_share", Map.of("min", 0.6, "value", 0.55, "met", false),
                "curtailment_rate", Map.of("max", 0.02, "value", 0.03, "met", false)));
        List<Map<String, Object>> ind = ReportData.indicators(s, 0);
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        ind.forEach(i -> byKey.put((String) i.get("key"), i));
        assertEquals(">=", byKey.get("renewable_share").get("op"));
        assertEquals(0.6, byKey.get("renewable_share").get("target"));
        assertEquals(false, byKey.get("renewable_share").get("met"));
        assertEquals(0.02, byKey.get("curtailment_rate").get("target"));
        assertEquals(false, byKey.get("curtailment_rate").get("met"));
        // no scenario target for coal: the default 300 gce/kWh stands
        assertEquals(300.0, byKey.get("coal_gce_per_kwh").get("target"));
        assertEquals(false, byKey.get("coal_gce_per_kwh").get("met"));
    }
}
