package org.policyops.launches.internal.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
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
 * <p>
 * <b>Upgrades.</b> Queues and counters belong to the integration <em>id</em>, not to the service that registered
 * it: when its plugin is updated, refreshed or replaced, the service leaves and the queue stays; events posted
 * meanwhile wait in it (up to its capacity) and are delivered, in order, to the version that registers the id next.
 * An event whose delivery failed because the integration was being replaced during it is handed to the next version.
 * A second registration of an id that is already registered is refused (the first stays); it is listed with the
 * reason as its {@code problem}, which the plugin inventory shows among the plugin's errors, and it takes over
 * when the first one leaves.
 */
@Component(service = { EventHandler.class, IntegrationDispatcher.class }, configurationPid = LaunchesConfig.PID,
        property = EventConstants.EVENT_TOPIC + "=org/policyops/*")
public class IntegrationDispatcher implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationDispatcher.class);

    /** How long the inventory waits for an integration to say what is wrong with it. */
    static final long PROBLEM_TIMEOUT_MILLIS = 500;

    /** One registration of an integration service: what it said about itself when it arrived. */
    private record Binding(long serviceId, String id, String type, String description, Set<String> topics,
            Integration integration, long bundleId, String plugin, String pluginVersion) {
    }

    /** Channels by integration id; they outlive the registrations bound to them. Guarded by {@link #lock}. */
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    /** Registrations refused because their id was taken, oldest first. Guarded by {@link #lock}. */
    private final Map<Long, Binding> refused = new LinkedHashMap<>();
    private final Object lock = new Object();
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

    /** Applies to integration ids seen from now on; those already known keep their queue. */
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
        Binding binding = new Binding(serviceId, id, type, description, topics, integration, bundleId, plugin, pluginVersion);
        synchronized (lock) {
            Channel channel = channels.computeIfAbsent(id, k -> new Channel(k, queueCapacity));
            Binding current = channel.binding;
            if (current != null) {
                refused.put(serviceId, binding);
                LOG.warn("Refusing integration {} of {} {}: its id is already registered by {} {}, which keeps it.", id,
                        plugin, pluginVersion, current.plugin(), current.pluginVersion());
                return;
            }
            int waiting = channel.bind(binding);
            LOG.info("Integration {} ({}) of {} {} receives {}{}.", id, type, plugin, pluginVersion, topics,
                    waiting == 0 ? "" : "; " + waiting + " events that waited for it are delivered first");
        }
    }

    public void remove(long serviceId) {
        synchronized (lock) {
            if (refused.remove(serviceId) != null) {
                return;
            }
            for (Channel c : channels.values()) {
                Binding b = c.binding;
                if (b != null && b.serviceId() == serviceId) {
                    c.unbind(serviceId);
                    LOG.info("Integration {} of {} {} left ({} delivered, {} failed so far); its queue waits for its next "
                            + "version.", b.id(), b.plugin(), b.pluginVersion(), c.delivered.get(), c.failed.get());
                    // A registration refused as a duplicate takes over, oldest first.
                    for (Binding waiting : refused.values()) {
                        if (waiting.id().equals(b.id())) {
                            refused.remove(waiting.serviceId());
                            c.bind(waiting);
                            LOG.info("Integration {} of {} {} takes over the id.", waiting.id(), waiting.plugin(),
                                    waiting.pluginVersion());
                            break;
                        }
                    }
                    return;
                }
            }
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

    /**
     * The registered integrations with their delivery counts (since the id was first registered, across versions),
     * by id; then registrations refused as duplicates, with the reason as their problem.
     */
    public List<IntegrationInfo> integrations() {
        List<IntegrationInfo> infos = new ArrayList<>();
        List<Channel> all = new ArrayList<>(channels.values());
        all.sort(Comparator.comparing((Channel c) -> c.id));
        for (Channel c : all) {
            Binding b = c.binding;
            if (b != null) {
                infos.add(new IntegrationInfo(b.id(), b.type(), b.description(), b.topics(), b.bundleId(), b.plugin(),
                        b.pluginVersion(), c.delivered.get(), c.failed.get(), c.lastError, c.lastDeliveryAt, problem(c, b)));
            }
        }
        List<Binding> duplicates;
        synchronized (lock) {
            duplicates = new ArrayList<>(refused.values());
        }
        for (Binding d : duplicates) {
            Channel c = channels.get(d.id());
            Binding winner = c == null ? null : c.binding;
            infos.add(new IntegrationInfo(d.id(), d.type(), d.description(), d.topics(), d.bundleId(), d.plugin(),
                    d.pluginVersion(), 0, 0, null, null, "refused: integration id " + d.id() + " is already registered by "
                            + (winner == null ? "another plugin" : winner.plugin() + " " + winner.pluginVersion())
                            + "; this registration receives no events"));
        }
        return infos;
    }

    /** Asks the integration what is wrong, on another thread and for at most half a second: it may hang too. */
    private String problem(Channel c, Binding b) {
        Future<?> pending = c.probe;
        if (pending != null && !pending.isDone()) {
            return "does not answer when asked for its problem (asked " + c.probeStarted + ")";
        }
        Future<java.util.Optional<String>> f;
        try {
            f = probes.submit(() -> b.integration().problem());
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

    /**
     * One integration id: its queue, delivery thread and counts, and the registration currently bound to it (none
     * while its plugin is being replaced). The thread drains the queue only while a registration is bound.
     */
    private final class Channel {
        final String id;
        final int capacity;
        final ArrayDeque<DomainEvent> queue = new ArrayDeque<>();
        final ExecutorService worker;
        final AtomicLong delivered = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong dropped = new AtomicLong();
        volatile Binding binding;
        /** The topics of the last registration: events keep being queued for them while none is bound. */
        volatile Set<String> topics = Set.of();
        volatile String lastError;
        volatile Instant lastDeliveryAt;
        volatile Future<?> probe;
        volatile Instant probeStarted;
        private boolean draining;
        private boolean closed;

        Channel(String id, int capacity) {
            this.id = id;
            this.capacity = capacity;
            this.worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "policyops-integration-" + id);
                t.setDaemon(true);
                return t;
            });
        }

        /** Binds a registration; returns how many events were waiting for it. */
        synchronized int bind(Binding b) {
            binding = b;
            topics = b.topics();
            startDraining();
            return queue.size();
        }

        synchronized void unbind(long serviceId) {
            if (binding != null && binding.serviceId() == serviceId) {
                binding = null;
            }
        }

        void offer(DomainEvent event) {
            long n;
            synchronized (this) {
                if (closed) {
                    return;
                }
                if (queue.size() < capacity) {
                    queue.addLast(event);
                    startDraining();
                    return;
                }
                n = dropped.incrementAndGet();
            }
            failed.incrementAndGet();
            Binding b = binding;
            lastError = "queue full (" + capacity + " events waiting): dropped " + event.topic() + " at " + clock.instant()
                    + "; " + n + " dropped so far";
            if (n == 1 || n % 100 == 0) {
                LOG.warn("Integration {} of {} is not keeping up: its queue of {} events is full; dropped {} ({} so far).",
                        id, b == null ? "a plugin being replaced" : b.plugin() + " " + b.pluginVersion(), capacity,
                        event.topic(), n);
            }
        }

        /** Called holding the monitor. */
        private void startDraining() {
            if (!draining && !closed && binding != null && !queue.isEmpty()) {
                draining = true;
                try {
                    worker.execute(this::drain);
                } catch (RejectedExecutionException e) {
                    draining = false;
                }
            }
        }

        private void drain() {
            while (true) {
                DomainEvent event;
                Binding b;
                synchronized (this) {
                    b = binding;
                    if (b == null || closed || queue.isEmpty()) {
                        draining = false;
                        return;
                    }
                    event = queue.pollFirst();
                }
                if (!deliver(b, event)) {
                    synchronized (this) {
                        // Replaced while it was being handed over: the next version gets it, first.
                        queue.addFirst(event);
                    }
                }
            }
        }

        /** False when it failed because the registration left meanwhile (the event is then kept for the next one). */
        private boolean deliver(Binding b, DomainEvent event) {
            try {
                b.integration().deliver(event);
                delivered.incrementAndGet();
                return true;
            } catch (Throwable t) { // NOSONAR: an integration's failure of any kind is counted, never propagated
                if (binding != b && !closed) {
                    LOG.info("Integration {} of {} {} was replaced while taking {}; its next version gets it.", id,
                            b.plugin(), b.pluginVersion(), event.topic());
                    return false;
                }
                failed.incrementAndGet();
                lastError = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
                LOG.warn("Integration {} of {} {} failed to take {}: {}", id, b.plugin(), b.pluginVersion(), event.topic(),
                        lastError);
                if (t instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return true;
            } finally {
                lastDeliveryAt = clock.instant();
            }
        }

        void close() {
            synchronized (this) {
                closed = true;
                queue.clear();
            }
            worker.shutdownNow();
        }
    }
}
