package org.policyops.launches.internal.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.policyops.api.compliance.DomainEvent;
import org.policyops.api.compliance.Integration;
import org.policyops.api.launches.IntegrationInfo;
import org.policyops.launches.internal.LaunchesConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers PolicyOps domain events to the {@link Integration} services plugins register. Event Admin hands every
 * {@code org/policyops/*} event to {@link #handleEvent}, which only queues it for each integration whose topics
 * match and returns at once. Each integration has its own delivery thread and its own bounded queue
 * ({@code integrationQueueCapacity}, 1000 by default), so deliveries to one integration are one at a time and in
 * order, and an integration that throws, or hangs, affects no other integration and never the thread that posted
 * the event. When an integration's queue is full (it is hung or far too slow), further events for it are dropped:
 * each drop is counted as a failed delivery, named in {@code lastError}, and logged (the first and every 100th).
 */
@Component(service = { EventHandler.class, IntegrationDispatcher.class }, configurationPid = LaunchesConfig.PID,
        property = EventConstants.EVENT_TOPIC + "=org/policyops/*")
public class IntegrationDispatcher implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationDispatcher.class);

    /** How long the inventory waits for an integration to say what is wrong with it. */
    static final long PROBLEM_TIMEOUT_MILLIS = 500;

    private final Map<Long, Channel> channels = new ConcurrentHashMap<>();
    private final Clock clock;
    private final ExecutorService probes = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "policyops-integration-probe");
        t.setDaemon(true);
        return t;
    });
    private volatile int queueCapacity;

    @Activate
    public IntegrationDispatcher(LaunchesConfig config) {
        this(Clock.systemUTC(), config.integrationQueueCapacity());
    }

    /** Outside OSGi (tests). */
    public IntegrationDispatcher(Clock clock, int queueCapacity) {
        this.clock = clock;
        this.queueCapacity = capacity(queueCapacity);
    }

    /** Applies to integrations registered from now on; those already running keep their queue. */
    @Modified
    void modified(LaunchesConfig config) {
        queueCapacity = capacity(config.integrationQueueCapacity());
    }

    private static int capacity(int configured) {
        if (configured < 1 || configured > 100_000) {
            LOG.error("integrationQueueCapacity must be 1 to 100000, was {}; using 1000.", configured);
            return 1000;
        }
        return configured;
    }

    @Reference(service = Integration.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addIntegration(ServiceReference<Integration> ref, Integration integration) {
        Bundle b = ref.getBundle();
        add((Long) ref.getProperty(Constants.SERVICE_ID), integration, b == null ? -1 : b.getBundleId(),
                b == null ? "unknown" : b.getSymbolicName(), b == null ? "0.0.0" : b.getVersion().toString());
    }

    void removeIntegration(ServiceReference<Integration> ref, Integration integration) {
        remove((Long) ref.getProperty(Constants.SERVICE_ID));
    }

    /** Registers an integration (also used by tests, outside OSGi). */
    public void add(long serviceId, Integration integration, long bundleId, String plugin, String pluginVersion) {
        String id;
        String type;
        String description;
        Set<String> topics;
        try {
            id = integration.id();
            type = integration.type();
            description = integration.description();
            topics = integration.topics() == null ? Set.of() : Set.copyOf(integration.topics());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Ignoring integration {} of {} {}: it failed when asked for its id, type, description or topics: {}",
                    integration.getClass().getName(), plugin, pluginVersion, e.toString());
            return;
        }
        if (id == null || id.isBlank()) {
            LOG.warn("Ignoring integration {} of {} {}: it has no id.", integration.getClass().getName(), plugin, pluginVersion);
            return;
        }
        Channel channel = new Channel(serviceId, id, type, description, topics, integration, bundleId, plugin,
                pluginVersion, queueCapacity);
        channels.put(serviceId, channel);
        LOG.info("Integration {} ({}) of {} {} receives {}.", id, type, plugin, pluginVersion, topics);
    }

    public void remove(long serviceId) {
        Channel c = channels.remove(serviceId);
        if (c != null) {
            c.close();
            LOG.info("Integration {} of {} {} left ({} delivered, {} failed).", c.id, c.plugin, c.pluginVersion,
                    c.delivered.get(), c.failed.get());
        }
    }

    @Deactivate
    public void deactivate() {
        channels.values().forEach(Channel::close);
        channels.clear();
        probes.shutdownNow();
    }

    @Override
    public void handleEvent(Event event) {
        DomainEvent domainEvent;
        try {
            domainEvent = toDomainEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("Cannot hand event {} to integrations: {}", event.getTopic(), e.toString());
            return;
        }
        for (Channel c : channels.values()) {
            if (matches(c.topics, domainEvent.topic())) {
                c.offer(domainEvent);
            }
        }
    }

    /** The registered integrations with their delivery counts, by id. */
    public List<IntegrationInfo> integrations() {
        List<Channel> all = new ArrayList<>(channels.values());
        all.sort(Comparator.comparing((Channel c) -> c.id).thenComparingLong(c -> c.serviceId));
        List<IntegrationInfo> infos = new ArrayList<>(all.size());
        for (Channel c : all) {
            infos.add(new IntegrationInfo(c.id, c.type, c.description, c.topics, c.bundleId, c.plugin, c.pluginVersion,
                    c.delivered.get(), c.failed.get(), c.lastError, c.lastDeliveryAt, problem(c)));
        }
        return infos;
    }

    /** Asks the integration what is wrong, on another thread and for at most half a second: it may hang too. */
    private String problem(Channel c) {
        Future<?> pending = c.probe;
        if (pending != null && !pending.isDone()) {
            return "does not answer when asked for its problem (asked " + c.probeStarted + ")";
        }
        Future<java.util.Optional<String>> f;
        try {
            f = probes.submit(() -> c.integration.problem());
        } catch (RejectedExecutionException e) {
            return null;
        }
        c.probe = f;
        c.probeStarted = clock.instant();
        try {
            java.util.Optional<String> p = f.get(PROBLEM_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            return p == null ? null : p.orElse(null);
        } catch (TimeoutException e) {
            return "does not answer when asked for its problem (within " + PROBLEM_TIMEOUT_MILLIS + " ms)";
        } catch (java.util.concurrent.ExecutionException e) {
            return "failed when asked for its problem: " + e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** True when a subscription matches: exact, {@code *} for everything, or a {@code prefix/*} subtree. */
    static boolean matches(Set<String> subscriptions, String topic) {
        for (String s : subscriptions) {
            if (s == null) {
                continue;
            }
            String sub = s.trim();
            if (sub.equals("*") || sub.equals(topic)) {
                return true;
            }
            if (sub.endsWith("/*") && topic.startsWith(sub.substring(0, sub.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The event's properties as strings, numbers and booleans (others as text); Event Admin's own are left out. */
    static DomainEvent toDomainEvent(Event event) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String name : event.getPropertyNames()) {
            if (name.equals(EventConstants.EVENT_TOPIC)) {
                continue;
            }
            Object value = event.getProperty(name);
            if (value == null) {
                continue;
            }
            properties.put(name, value instanceof String || value instanceof Number || value instanceof Boolean ? value
                    : value.toString());
        }
        return new DomainEvent(event.getTopic(), properties);
    }

    /** One integration: its queue and delivery thread, and its counts. */
    private final class Channel {
        final long serviceId;
        final String id;
        final String type;
        final String description;
        final Set<String> topics;
        final Integration integration;
        final long bundleId;
        final String plugin;
        final String pluginVersion;
        final ThreadPoolExecutor worker;
        final AtomicLong delivered = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong dropped = new AtomicLong();
        final int capacity;
        volatile String lastError;
        volatile Instant lastDeliveryAt;
        volatile Future<?> probe;
        volatile Instant probeStarted;

        Channel(long serviceId, String id, String type, String description, Set<String> topics, Integration integration,
                long bundleId, String plugin, String pluginVersion, int capacity) {
            this.serviceId = serviceId;
            this.id = id;
            this.type = type;
            this.description = description;
            this.topics = topics;
            this.integration = integration;
            this.bundleId = bundleId;
            this.plugin = plugin;
            this.pluginVersion = pluginVersion;
            this.capacity = capacity;
            this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity), r -> {
                Thread t = new Thread(r, "policyops-integration-" + id);
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.AbortPolicy());
        }

        void offer(DomainEvent event) {
            try {
                worker.execute(() -> deliver(event));
            } catch (RejectedExecutionException e) {
                if (worker.isShutdown()) {
                    return; // it is leaving
                }
                long n = dropped.incrementAndGet();
                failed.incrementAndGet();
                lastError = "queue full (" + capacity + " events waiting): dropped " + event.topic() + " at "
                        + clock.instant() + "; " + n + " dropped so far";
                if (n == 1 || n % 100 == 0) {
                    LOG.warn("Integration {} of {} {} is not keeping up: its queue of {} events is full; dropped {} ({} so far).",
                            id, plugin, pluginVersion, capacity, event.topic(), n);
                }
            }
        }

        private void deliver(DomainEvent event) {
            try {
                integration.deliver(event);
                delivered.incrementAndGet();
            } catch (Throwable t) { // NOSONAR: an integration's failure of any kind is counted, never propagated
                failed.incrementAndGet();
                lastError = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
                LOG.warn("Integration {} of {} {} failed to take {}: {}", id, plugin, pluginVersion, event.topic(), lastError);
                if (t instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            } finally {
                lastDeliveryAt = clock.instant();
            }
        }

        void close() {
            worker.shutdownNow();
        }
    }
}
