package org.sgls.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ParameterPathTest {
    private static final String SCENARIO = """
            {"seed": 7, "lines": [{"id": "l1", "capacity_mw": 100}],
             "profiles": {"generate": {"pv_north": {"model": "pv", "seed": 3}}},
             "components": [{"id": "coal.1", "kind": "coal", "pmax_mw": 600},
                            {"id": "bat", "kind": "storage", "pmax_mw": 200, "energy_mwh": 800}]}
            """;

    private static JsonNode tree() throws Exception {
        return SweepReader.JSON.readTree(SCENARIO);
    }

    @Test
    void setsNumbersWhereverThePathLeads() throws Exception {
        JsonNode root = tree();
        ParameterPath.parse("components[id=bat].pmax_mw").resolve(root).set(400);
        ParameterPath.parse("$.lines[0].capacity_mw").resolve(root).set(2.5);
        ParameterPath.parse("profiles.generate.pv_north.seed").resolve(root).set(11);
        ParameterPath.parse("components[id=coal.1].min_stable_fraction").resolve(root).set(0.3); // absent: added
        ParameterPath.parse("seed").resolve(root).set(8);
        assertEquals(400, root.at("/components/1/pmax_mw").asInt());
        assertEquals(2.5, root.at("/lines/0/capacity_mw").asDouble());
        assertEquals(11, root.at("/profiles/generate/pv_north/seed").asLong());
        assertEquals(0.3, root.at("/components/0/min_stable_fraction").asDouble());
        assertEquals(8, root.get("seed").asLong());
        // whole numbers are written as integers: integer fields (seeds, counts) stay valid
        assertEquals(true, root.get("seed").isIntegralNumber());
        assertEquals("$.components[1].energy_mwh",
                ParameterPath.parse("components[id=bat].energy_mwh").resolve(root).jsonPath());
    }

    @Test
    void syntaxErrorsAreRefusedWhenParsed() {
        for (String bad : new String[] {"", "a..b", "components[id=]", "components[id=bat]", "a b", "a[x]"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParameterPath.parse(bad),
                    bad);
            assertEquals(true, e.getMessage().startsWith("'" + bad + "' "), e.getMessage());
        }
    }

    @Test
    void aSelectorMustPickExactlyOneElement() throws Exception {
        JsonNode root = tree();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParameterPath.parse("components[kind=storag].pmax_mw").resolve(root));
        assertEquals("no element of $.components has kind 'storag' (did you mean 'storage'?)", e.getMessage());
        JsonNode twice = SweepReader.JSON.readTree("{\"c\": [{\"k\": \"a\"}, {\"k\": \"a\"}]}");
        e = assertThrows(IllegalArgumentException.class, () -> ParameterPath.parse("c[k=a].x").resolve(twice));
        assertEquals("elements 0 and 1 of $.c have k 'a' (a selector must pick exactly one element)", e.getMessage());
    }
}
