package org.policyops.examples.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.compliance.DomainEvent;
import org.policyops.testing.Waiting;

import com.sun.net.httpserver.HttpServer;

class WebhookIntegrationTest {

    private HttpServer server;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean hold;
    private WebhookIntegration webhook;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            bodies.add(new String(body, StandardCharsets.UTF_8));
            secrets.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Token")));
            if (hold) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (webhook != null) {
            webhook.stop();
        }
        server.stop(0);
    }

    private WebhookIntegration webhook(int attempts) {
        WebhookConfig c = mock(WebhookConfig.class);
        when(c.name()).thenReturn("ops");
        when(c.url()).thenReturn("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        when(c.topics()).thenReturn(new String[] { "org/policyops/launches/*" });
        when(c.maxAttempts()).thenReturn(attempts);
        when(c.initialBackoffMillis()).thenReturn(20L);
        when(c.timeoutMillis()).thenReturn(5000L);
        when(c.secretHeaderName()).thenReturn("X-Token");
        when(c.secretHeaderValue()).thenReturn("s3cret");
        when(c.maxQueued()).thenReturn(100);
        webhook = new WebhookIntegration(c);
        return webhook;
    }

    private static void await(String what, Callable<Boolean> condition) {
        Waiting.waitUntil(what, condition);
    }

    private static DomainEvent event() {
        return new DomainEvent("org/policyops/launches/APPROVED", Map.of("launchId", 7L, "region", "EU", "by", "ana \"the lead\""));
    }

    @Test
    void retriesAFailingEndpointUntilItAcceptsTheEvent() throws Exception {
        failuresLeft.set(2);
        WebhookIntegration w = webhook(5);
        w.deliver(event());
        await("the event delivered", () -> w.delivered() == 1);
        assertEquals(3, bodies.size(), "two failures, then success");
        assertEquals("{\"topic\":\"org/policyops/launches/APPROVED\",\"properties\":{\"by\":\"ana \\\"the lead\\\"\","
                + "\"launchId\":7,\"region\":\"EU\"}}", bodies.get(2));
        assertEquals(List.of("s3cret", "s3cret", "s3cret"), secrets);
        assertFalse(w.problem().isPresent(), "a success clears the problem");
    }

    @Test
    void reportsTheLastFailureOnceAttemptsAreUsedUp() throws Exception {
        failuresLeft.set(100);
        WebhookIntegration w = webhook(3);
        w.deliver(event());
        await("the problem after 3 attempts", () -> w.problem().map(p -> p.contains("failed 3 times")).orElse(false));
        assertTrue(w.problem().get().contains("HTTP 503"), w.problem().get());
        assertEquals(3, bodies.size());
        assertEquals(0, w.delivered());
    }

    @Test
    void deliverNeverWaitsForTheEndpoint() throws Exception {
        hold = true;
        WebhookIntegration w = webhook(1);
        // The endpoint answers nothing until release: were deliver to wait for it, this would never return (the
        // preemptive bound only turns such a hang into a failure).
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int i = 0; i < 20; i++) {
                w.deliver(event());
            }
        });
        release.countDown();
        await("all 20 delivered once the endpoint answers", () -> w.delivered() == 20);
    }

    @Test
    void backoffDoublesAndIsCapped() {
        assertEquals(20, WebhookIntegration.backoff(20, 1));
        assertEquals(40, WebhookIntegration.backoff(20, 2));
        assertEquals(160, WebhookIntegration.backoff(20, 4));
        assertEquals(TimeUnit.HOURS.toMillis(1), WebhookIntegration.backoff(1000, 40));
    }
}
