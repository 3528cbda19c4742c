package org.sgls.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgls.dispatch.FailingSolver;
import org.sgls.model.Scenario;
import org.sgls.sim.RandomSystems;
import org.sgls.sim.RunResult;
import org.sgls.sim.Simulation;
import org.sgls.sim.StepFailure;
import org.sgls.sim.SystemState;

/** The steps the solver failed on are written to {@code failures/} in the run folder, ready to reproduce. */
class FailureDumpTest {
    @TempDir
    Path tmp;

    @Test
    void eachFailedStepGetsItsModelsAndStateAndTheRunStillChecks() throws Exception {
        Scenario scenario = RandomSystems.generate(3, 48, 2, 5);
        String at5 = "step " + scenario.system().axis().label(5) + ", ";
        String at30 = "step " + scenario.system().axis().label(30) + ", ";
        FailingSolver solver = FailingSolver.failing(at5 + "planned", at30 + "planned", at30 + "no_cost_to_go");
        RunResult run = Simulation.run(scenario, solver.options());
        Path out = tmp.resolve("run");
        Map<String, Object> summary = new RunWriter().write(run, out, RunWriter.Existing.REFUSE);

        assertEquals(2, summary.get("fallback_windows"));
        JsonNode written = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(2, written.get("fallback_windows").asInt());
        try (Stream<Path> steps = Files.list(out.resolve("failures"))) {
            assertEquals(List.of("step-30", "step-5"), steps.map(p -> p.getFileName().toString()).sorted().toList());
        }

        Path step30 = out.resolve("failures/step-30");
        StepFailure f = run.failures().get(1);
        JsonNode json = new ObjectMapper().readTree(step30.resolve("failure.json").toFile());
        assertEquals(30, json.get("step").asInt());
        assertEquals(scenario.system().axis().label(30), json.get("time").asText());
        assertEquals("previous_commitment", json.get("solved_by").asText());
        assertEquals(2, json.get("attempts").size());
        JsonNode first = json.get("attempts").get(0);
        assertEquals("planned", first.get("attempt").asText());
        assertEquals(FailingSolver.REASON, first.get("reason").asText());
        assertEquals("planned.lp", first.get("model").asText());
        assertEquals("no_cost_to_go.lp", json.get("attempts").get(1).get("model").asText());
        assertEquals(f.failed().get(0).model(), Files.readString(step30.resolve("planned.lp")));
        assertTrue(Files.readString(step30.resolve("no_cost_to_go.lp")).startsWith("\\ " + at30 + "no_cost_to_go\n"));

        SystemState before = f.before();
        JsonNode state = json.get("state_before");
        for (Map.Entry<String, SystemState.Unit> u : before.units().entrySet()) {
            JsonNode unit = state.get("units").get(u.getKey());
            assertEquals(u.getValue().on(), unit.get("on").asBoolean(), u.getKey());
            assertEquals(u.getValue().hoursInState(), unit.get("hours_in_state").asDouble(), 0, u.getKey());
            assertEquals(u.getValue().pMw(), unit.get("p_mw").asDouble(), 0, u.getKey());
        }
        assertEquals(before.energy("bat"), state.get("energy").get("bat").asDouble(), 0);
        assertEquals(List.of("step", "time", "attempts", "solved_by", "state_before"), fieldNames(json));

        Path checker = CheckRunTest.findChecker();
        assumeTrue(checker != null && CheckRunTest.python3Works(), "python3 or check-run missing");
        Process p = new ProcessBuilder("python3", checker.toString(), out.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
    }

    @Test
    void aRunWithoutSolverTroubleHasNoFailuresFolder() throws Exception {
        RunResult run = Simulation.run(RandomSystems.generate(3, 24, 2, 5), new FailingSolver(m -> false).options());
        Path out = tmp.resolve("run");
        new RunWriter().write(run, out, RunWriter.Existing.REFUSE);
        assertFalse(Files.exists(out.resolve("failures")));
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
