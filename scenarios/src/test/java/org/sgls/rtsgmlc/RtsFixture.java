package org.sgls.rtsgmlc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The RTS-GMLC data the project keeps beside its clone ({@code ../shared/data/rts-gmlc}, as CI has it), or the
 * folder named by the system property {@code sgls.rtsgmlc.data}. Tests that need it are skipped, saying so,
 * where it is absent.
 */
public final class RtsFixture {
    private static RtsData data;

    private RtsFixture() {
    }

    public static Path dataDir() {
        String property = System.getProperty("sgls.rtsgmlc.data");
        // tests run in scenarios/: the shared folder is beside the repository's root
        Path dir = Path.of(property != null ? property : "../../shared/data/rts-gmlc").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(dir.resolve("SourceData")), "RTS-GMLC data not found at " + dir);
        return dir;
    }

    /** Read once for all tests (about a second). */
    static synchronized RtsData data() {
        if (data == null) {
            data = RtsData.read(dataDir());
        }
        return data;
    }
}
