package org.sgls.sweep;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where a sweep's variants run: in this JVM ({@link LocalRunner}) or on a cluster ({@link ClusterRunner}). Both
 * run the same {@link VariantTask}s and hand each result back on the calling thread as it arrives.
 */
public interface Runner extends AutoCloseable {
    /**
     * Runs every task and gives each result to {@code done} (on the calling thread, in the order they finish).
     * The first task that fails stops the others and its exception is thrown.
     */
    void run(List<VariantTask> tasks, Consumer<VariantResult> done) throws Exception;

    /** Variants that run at once. */
    int workers();

    /** Whether tasks must carry the files their scenario names (the workers may not see this disk). */
    boolean portable();

    /** For messages: "2 workers in this process", "3 members at host:5701". */
    String describe();

    @Override
    void close();
}
