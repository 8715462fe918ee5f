package org.policyops.tooling.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.policyops.api.compliance.PluginHeaders;
import org.policyops.api.tooling.ToolDescriptor;
import org.policyops.api.tooling.ToolInfo;
import org.policyops.core.events.EventPoster;
import org.policyops.core.events.Notice;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.ProblemException;
import org.policyops.tooling.internal.domain.DependencyGraph;
import org.policyops.tooling.internal.dto.ToolRequest;
import org.policyops.tooling.internal.entity.StatusChange;
import org.policyops.tooling.internal.entity.ToolEntity;
import org.policyops.tooling.internal.service.ToolingNotices.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the tools that plugins contribute ({@link ToolDescriptor} services) in the registry: a tool appears, provided
 * by its plugin, when the service is registered, and is marked gone when it goes. The database work runs on a thread
 * of its own, in the order the services came and went, so a plugin's start never waits on the database. On start,
 * tools whose plugin is no longer there are marked gone.
 */
@Component(immediate = true)
public class PluginTools {

    private static final Logger LOG = LoggerFactory.getLogger(PluginTools.class);
    static final String BY = "plugin";

    /** A registered descriptor: the plugin's name and the tool's key. */
    record Provided(String plugin, String key) {
    }

    // Field injection here rather than the constructor: DS binds a component's references before it calls the
    // activate method, so the descriptors present at start are known when activate looks for missing ones.
    @Reference(target = ToolingUnit.TARGET)
    JpaTemplate jpa;
    @Reference
    EventPoster events;
    Clock clock = Clock.systemUTC();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policyops-tooling-plugins");
        t.setDaemon(true);
        return t;
    });
    private final Map<ServiceReference<?>, Provided> bound = new ConcurrentHashMap<>();

    public PluginTools() {
        // for DS
    }

    PluginTools(JpaTemplate jpa, EventPoster events, Clock clock) {
        this.jpa = jpa;
        this.events = events;
        this.clock = clock;
    }

    @Activate
    void activate() {
        executor.execute(this::markMissingGone);
    }

    @Reference(service = ToolDescriptor.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDescriptor(ToolDescriptor descriptor, ServiceReference<ToolDescriptor> ref) {
        add(ref, pluginName(ref.getBundle()), descriptor);
    }

    void removeDescriptor(ServiceReference<ToolDescriptor> ref) {
        remove(ref);
    }

    /** Registers what a descriptor describes (the key identifies the service in {@link #remove}). */
    void add(ServiceReference<?> ref, String plugin, ToolDescriptor descriptor) {
        ToolInfo info;
        try {
            info = descriptor.tool();
        } catch (RuntimeException e) {
            LOG.warn("The tool descriptor of plugin '{}' failed; its tool is not registered", plugin, e);
            return;
        }
        if (info == null || info.key() == null) {
            LOG.warn("A tool descriptor of plugin '{}' describes no tool (no key); ignored", plugin);
            return;
        }
        bound.put(ref, new Provided(plugin, info.key()));
        executor.execute(() -> provide(plugin, info));
    }

    void remove(ServiceReference<?> ref) {
        Provided p = bound.remove(ref);
        if (p != null) {
            executor.execute(() -> gone(p));
        }
    }

    /** Completes when everything queued so far was written (for tests). */
    CompletableFuture<Void> idle() {
        return CompletableFuture.runAsync(() -> {
        }, executor);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    static String pluginName(Bundle bundle) {
        Object header = bundle.getHeaders().get(PluginHeaders.PLUGIN);
        return header == null || header.toString().isBlank() ? bundle.getSymbolicName() : header.toString().trim();
    }

    private void provide(String plugin, ToolInfo info) {
        try {
            Instant now = PersistenceSupport.now(clock);
            ToolRequest.Valid v = new ToolRequest(info.key(), info.name(), info.kind() == null ? null : info.kind().name(),
                    info.description(), info.stages().stream().map(Enum::name).toList(), info.ownerTeam(),
                    info.status() == null ? null : info.status().name(), info.regions(), info.locales(), info.policies(),
                    new ToolRequest.Links(info.docsUrl(), info.runbookUrl(), info.supportChannel()), info.dependsOn())
                    .validate(null);
            Notice notice = jpa.txExpr(TransactionType.Required, em -> {
                ToolEntity t = em.find(ToolEntity.class, v.key());
                if (t != null && t.getProvidedBy() == null) {
                    LOG.warn("Plugin '{}' describes the tool '{}', which was entered in the registry; the registry's entry stays",
                            plugin, v.key());
                    return null;
                }
                if (t != null && t.lockedBy() != null && !t.lockedBy().equals(plugin)) {
                    LOG.warn("Plugin '{}' describes the tool '{}', which plugin '{}' provides already; ignored", plugin,
                            v.key(), t.lockedBy());
                    return null;
                }
                Tools.requireKnown(em, v.content().dependsOn(), Set.of());
                Tools.requireNoCycle(new DependencyGraph(Tools.edges(em)).with(v.key(), v.content().dependsOn()), List.of(v.key()));
                String status = v.status() == null ? "PRODUCTION" : v.status();
                boolean created = t == null;
                if (created) {
                    t = new ToolEntity(v.key(), status, now.toEpochMilli());
                    em.persist(t);
                    Tools.register(em, t, BY + ":" + plugin, "provided by plugin " + plugin);
                } else if (!status.equals(t.getStatus())) {
                    // The plugin states its tool's status; it is recorded as it is, not held to the lifecycle's steps.
                    em.persist(new StatusChange(t.getKey(), t.getStatus(), status, now.toEpochMilli(), BY + ":" + plugin, null));
                    t.moveTo(status, now.toEpochMilli());
                }
                t.apply(v.content());
                t.provide(plugin);
                em.flush();
                return ToolingNotices.toolChanged(v.key(), created ? Change.CREATED : Change.UPDATED, BY + ":" + plugin, now);
            });
            if (notice != null) {
                events.post(notice);
            }
        } catch (ProblemException e) {
            LOG.warn("Plugin '{}' describes the tool '{}' in a way the registry refuses, so it is not registered: {} {}",
                    plugin, info.key(), e.detail(), e.errors());
        } catch (RuntimeException e) {
            LOG.error("Could not register the tool '{}' of plugin '{}'", info.key(), plugin, e);
        }
    }

    private void gone(Provided p) {
        try {
            Instant now = PersistenceSupport.now(clock);
            boolean marked = jpa.txExpr(TransactionType.Required, em -> {
                ToolEntity t = em.find(ToolEntity.class, p.key());
                if (t == null || !p.plugin().equals(t.lockedBy())) {
                    return false;
                }
                t.providerGone(now.toEpochMilli());
                return true;
            });
            if (marked) {
                events.post(ToolingNotices.toolChanged(p.key(), Change.UPDATED, BY + ":" + p.plugin(), now));
            }
        } catch (RuntimeException e) {
            LOG.error("Could not mark the tool '{}' of plugin '{}' as gone", p.key(), p.plugin(), e);
        }
    }

    /** Tools held by plugins that are not there now (removed while the registry was stopped) are marked gone. */
    private void markMissingGone() {
        try {
            long now = PersistenceSupport.now(clock).toEpochMilli();
            int marked = jpa.txExpr(TransactionType.Required, em -> {
                int n = 0;
                for (ToolEntity t : em.createQuery("select t from ToolEntity t where t.providedBy is not null "
                        + "and t.providerGoneAt is null", ToolEntity.class).getResultList()) {
                    if (!bound.containsValue(new Provided(t.getProvidedBy(), t.getKey()))) {
                        t.providerGone(now);
                        n++;
                    }
                }
                return n;
            });
            if (marked > 0) {
                LOG.info("{} tools of plugins that are no longer installed were marked gone", marked);
            }
        } catch (RuntimeException e) {
            LOG.error("Could not check the tools of removed plugins", e);
        }
    }
}
