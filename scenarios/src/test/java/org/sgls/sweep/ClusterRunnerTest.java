package org.sgls.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distributed path in Hazelcast's embedded mode: two members in this JVM on the loopback interface, the
 * variants sent to them through a client as to a real cluster (serialized, with the scenario's files inside),
 * give the same sweep.csv, byte for byte, as the in-process runner.
 */
class ClusterRunnerTest {
    @TempDir
    Path tmp;

    @Test
    void aClusterOfTwoEmbeddedMembersWritesTheSameSweepCsvAsThisProcess() throws Exception {
        SweepSpec spec = TinySweeps.read(TinySweeps.write(tmp, "grid", TinySweeps.GRID));
        try (Runner local = new LocalRunner(2)) {
            Sweep.run(spec, local, TinySweeps.options(tmp.resolve("local")));
        }
        try (ClusterRunner cluster = ClusterRunner.connect("local", "sgls-test", 2)) {
            assertEquals(2, cluster.workers());
            assertTrue(cluster.portable());
            Sweep.Outcome o = Sweep.run(spec, cluster, TinySweeps.options(tmp.resolve("cluster")));
            assertEquals(6, o.ran());
        }
        assertEquals(Files.readString(tmp.resolve("local").resolve(Sweep.CSV)),
                Files.readString(tmp.resolve("cluster").resolve(Sweep.CSV)));
        // both members did some of the work
        long workers = Files.readAllLines(tmp.resolve("cluster").resolve(Sweep.TIMES)).stream().skip(1)
                .map(l -> l.split(",")[1]).distinct().count();
        assertTrue(workers >= 2, "variants ran on " + workers + " member threads");
    }

    @Test
    void aSearchOnTheClusterFindsTheSameAnswer() throws Exception {
        SweepSpec spec = TinySweeps.read(TinySweeps.write(tmp, "search", """
                "search": {"path": "components[id=battery].pmax_mw", "min": 1, "max": 100, "tolerance": 1,
                           "require": [{"key": "curtailment_rate", "max": 0.11}]}
                """));
        try (ClusterRunner cluster = ClusterRunner.connect("local", "sgls-test", 2)) {
            Sweep.Outcome o = Sweep.run(spec, cluster, TinySweeps.options(tmp.resolve("cluster")));
            assertEquals(34.0, o.search().answer());
        }
    }
}
