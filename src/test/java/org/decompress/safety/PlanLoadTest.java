package org.decompress.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.decompress.testkit.RandomAnswers;
import org.junit.jupiter.api.Test;

/**
 * 10,000 plan requests from 32 concurrent clients: no error and no wrong plan. Every answer is first
 * sent alone; under load each response must be the same bytes. It checks correctness under
 * concurrency (a shared rule base, one session per request), not speed: see BENCHMARKS.md for that.
 */
@QuarkusTest
class PlanLoadTest {

    static final int REQUESTS = Integer.getInteger("load.requests", 10_000);
    static final int CLIENTS = 32;
    static final int ANSWER_SETS = 100;

    @TestHTTPResource("/")
    URI base;

    @Test
    void tenThousandConcurrentPlansWithoutAnErrorOrAWrongPlan() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(99);
        List<byte[]> bodies = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ANSWER_SETS; i++) {
            byte[] body = json.writeValueAsBytes(RandomAnswers.answers(random));
            HttpResponse<String> alone = Http.postJson(base, body);
            assertThat(alone.statusCode()).isEqualTo(200);
            bodies.add(body);
            expected.add(alone.body());
        }

        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    int set = i % ANSWER_SETS;
                    try {
                        HttpResponse<String> response = Http.postJson(base, bodies.get(set));
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else if (!response.body().equals(expected.get(set))) {
                            wrong.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Load: %d requests from %d clients in %.1f s (%.0f/s): %d errors, %d wrong plans%n",
                done.get(), CLIENTS, seconds, done.get() / seconds, errors.get(), wrong.get());

        assertThat(done.get()).isEqualTo(REQUESTS);
        assertThat(errors.get()).isZero();
        assertThat(wrong.get()).isZero();
    }
}
