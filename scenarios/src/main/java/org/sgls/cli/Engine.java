package org.sgls.cli;

import java.nio.file.Path;
import org.sgls.io.ScenarioReader;
import org.sgls.model.Scenario;
import org.sgls.sim.RunOptions;
import org.sgls.sim.RunResult;
import org.sgls.sim.Simulation;

/** What the command line needs from the library: reading a scenario and running it. Tests pass a fake. */
interface Engine {
    Engine DEFAULT = new Engine() {
        @Override
        public Scenario read(Path scenarioJson) throws Exception { // whatever the reader declares
            return ScenarioReader.read(scenarioJson);
        }

        @Override
        public RunResult run(Scenario scenario, RunOptions options) throws Exception {
            return Simulation.run(scenario, options);
        }
    };

    Scenario read(Path scenarioJson) throws Exception;

    RunResult run(Scenario scenario, RunOptions options) throws Exception;
}
