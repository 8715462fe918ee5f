package org.policyops.examples.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.policyops.api.compliance.DomainEvent;
import org.policyops.api.compliance.Integration;

/**
 * Posts each event as JSON to the configured URL. {@link #deliver} only queues: the posts, and the retries with
 * exponential backoff, run on this instance's own thread, so a slow or failing endpoint never holds up the
 * platform. A non-2xx answer or an I/O error is a failed attempt; after the last attempt the event is dropped and
 * {@link #problem()} says so until a later post succeeds.
 */
@Component(service = Integration.class, configurationPid = WebhookIntegration.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = WebhookConfig.class, factory = true)
public class WebhookIntegration implements Integration {

    static final String PID = "org.policyops.examples.webhook";

    private final String id;
    private final URI url;
    private final Set<String> topics;
    private final int maxAttempts;
    private final long initialBackoffMillis;
    private final Duration timeout;
    private final String secretHeaderName;
    private final String secretHeaderValue;
    private final int maxQueued;
    private final HttpClient client;
    private final ScheduledExecutorService executor;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong delivered = new AtomicLong();
    private volatile String problem;

    @Activate
    public WebhookIntegration(WebhookConfig config) {
        if (config.name() == null || config.name().isBlank()) {
            throw new IllegalArgumentException("a webhook needs a name");
        }
        this.id = "webhook." + config.name().trim();
        this.url = URI.create(config.url().trim());
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("url must be an http or https URL, was " + config.url());
        }
        this.topics = new LinkedHashSet<>(Set.of(config.topics()));
        this.maxAttempts = Math.max(1, config.maxAttempts());
        this.initialBackoffMillis = Math.max(0, config.initialBackoffMillis());
        this.timeout = Duration.ofMillis(Math.max(1, config.timeoutMillis()));
        this.secretHeaderName = config.secretHeaderName() == null ? "" : config.secretHeaderName().trim();
        this.secretHeaderValue = config.secretHeaderValue() == null ? "" : config.secretHeaderValue();
        this.maxQueued = Math.max(1, config.maxQueued());
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "policyops-" + id);
            t.setDaemon(true);
            return t;
        });
        pool.setRemoveOnCancelPolicy(true);
        this.executor = pool;
        // Not on our executor: send() waits for work the client runs on its own executor, which one thread cannot do.
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String type() {
        return "webhook";
    }

    @Override
    public String description() {
        return "Posts " + String.join(", ", topics) + " events as JSON to " + url.getScheme() + "://" + url.getHost()
                + (url.getPort() < 0 ? "" : ":" + url.getPort()) + url.getPath();
    }

    @Override
    public Set<String> topics() {
        return topics;
    }

    @Override
    public void deliver(DomainEvent event) {
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            String message = "queue full (" + maxQueued + " events waiting): " + event.topic() + " was not accepted";
            problem = message;
            throw new IllegalStateException(message);
        }
        String body = Json.event(event);
        executor.execute(() -> attempt(event.topic(), body, 1));
    }

    private void attempt(String topic, String body, int attempt) {
        String failure;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("X-PolicyOps-Topic", topic)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (!secretHeaderName.isEmpty()) {
                request.header(secretHeaderName, secretHeaderValue);
            }
            // Synchronous on this instance's own thread: one post at a time, so a struggling endpoint is never flooded.
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                delivered.incrementAndGet();
                problem = null;
                queued.decrementAndGet();
                return;
            }
            failure = "HTTP " + response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queued.decrementAndGet();
            return;
        } catch (Exception e) {
            failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        if (attempt >= maxAttempts || executor.isShutdown()) {
            problem = "posting " + topic + " to " + url + " failed " + attempt + " times, last at " + Instant.now() + ": " + failure;
            queued.decrementAndGet();
            return;
        }
        long wait = backoff(initialBackoffMillis, attempt);
        problem = "posting " + topic + " to " + url + " failed (" + failure + "); attempt " + (attempt + 1) + " of " + maxAttempts
                + " in " + wait + " ms";
        try {
            executor.schedule(() -> attempt(topic, body, attempt + 1), wait, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            queued.decrementAndGet(); // shutting down
        }
    }

    /** The wait before attempt {@code attempt + 1}: initial, 2×, 4×, ..., capped at one hour. */
    static long backoff(long initialMillis, int attempt) {
        long wait = initialMillis << Math.min(attempt - 1, 30);
        return Math.min(wait < 0 ? Long.MAX_VALUE : wait, TimeUnit.HOURS.toMillis(1));
    }

    @Override
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Events posted successfully since activation. */
    long delivered() {
        return delivered.get();
    }
}
