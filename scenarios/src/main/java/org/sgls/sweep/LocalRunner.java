package org.sgls.sweep;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The in-process default: a fixed pool of {@code workers} threads, each running one variant's year at a time.
 * A year's run already uses a second core part of the time (the look-ahead's two descents on the common
 * fork-join pool), so a pool as large as the core count keeps every core busy without oversubscribing memory.
 */
public final class LocalRunner implements Runner {
    private final int workers;
    private final ExecutorService pool;

    public LocalRunner(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, got " + workers);
        }
        this.workers = workers;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "sgls-variant-" + n.incrementAndGet());
            t.setDaemon(true); // a Ctrl-C must not wait for a year to finish
            return t;
        };
        this.pool = Executors.newFixedThreadPool(workers, threads);
    }

    @Override
    public void run(List<VariantTask> tasks, Consumer<VariantResult> done) throws Exception {
        ExecutorCompletionService<VariantResult> results = new ExecutorCompletionService<>(pool);
        List<java.util.concurrent.Future<VariantResult>> futures = new java.util.ArrayList<>();
        for (VariantTask task : tasks) {
            futures.add(results.submit(task));
        }
        try {
            for (int i = 0; i < tasks.size(); i++) {
                done.accept(results.take().get());
            }
        } catch (ExecutionException e) {
            throw unwrap(e);
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }

    /** The task's own exception (a scenario problem, a dispatch failure), not the executor's wrapper. */
    static Exception unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof Exception ex ? ex : e;
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public boolean portable() {
        return false;
    }

    @Override
    public String describe() {
        return workers + (workers == 1 ? " worker" : " workers") + " in this process";
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
