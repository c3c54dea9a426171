package org.decompress.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Plans for many people on every core. Drools finds some of its parts through the thread's context
 * class loader, so the threads get this code's loader: the common fork-join pool's threads may carry
 * another (a test framework's, Maven's).
 */
public final class Parallel {

    private Parallel() {
    }

    /** {@code each} applied to every item, results in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<T, R> each) {
        ClassLoader loader = Parallel.class.getClassLoader();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "plans");
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        });
        try {
            List<Future<R>> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(pool.submit(() -> each.apply(item)));
            }
            List<R> done = new ArrayList<>(items.size());
            for (Future<R> result : results) {
                done.add(result.get());
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
