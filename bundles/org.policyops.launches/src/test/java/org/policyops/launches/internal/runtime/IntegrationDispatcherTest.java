package org.policyops.launches.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.policyops.api.compliance.DomainEvent;
import org.policyops.api.compliance.Integration;
import org.policyops.api.launches.IntegrationInfo;
import org.policyops.api.launches.LaunchEvents;
import org.policyops.testing.Waiting;

/** Each integration is fed on its own thread from its own bounded queue: none can hold up the others or the poster. */
class IntegrationDispatcherTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch hangingEntered = new CountDownLatch(1);
    private final IntegrationDispatcher dispatcher = new IntegrationDispatcher(Clock.systemUTC(), 5);

    @AfterEach
    void tearDown() {
        release.countDown();
        dispatcher.deactivate();
    }

    static class Recording implements Integration {
        final String id;
        final Set<String> topics;
        final List<DomainEvent> received = new CopyOnWriteArrayList<>();

        Recording(String id, Set<String> topics) {
            this.id = id;
            this.topics = topics;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String type() {
            return "test";
        }

        @Override
        public String description() {
            return "records events";
        }

        @Override
        public Set<String> topics() {
            return topics;
        }

        @Override
        public void deliver(DomainEvent event) throws Exception {
            received.add(event);
        }
    }

    private static Event event(String topic, long launchId) {
        return new Event(topic, Map.of(LaunchEvents.PROP_LAUNCH_ID, launchId, LaunchEvents.PROP_REGION, "EU"));
    }

    private static void await(String what, Callable<Boolean> condition) {
        Waiting.waitUntil(what, condition);
    }

    private IntegrationInfo info(String id) {
        return dispatcher.integrations().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eventsReachTheIntegrationsWhoseTopicsMatchInOrder() throws Exception {
        Recording launches = new Recording("launches", Set.of("org/policyops/launches/*"));
        Recording approvals = new Recording("approvals", Set.of(LaunchEvents.LAUNCH_APPROVED));
        dispatcher.add(1, launches, 10, "org.example.webhook", "1.0.0");
        dispatcher.add(2, approvals, 10, "org.example.webhook", "1.0.0");
        dispatcher.handleEvent(event(LaunchEvents.LAUNCH_CREATED, 1));
        dispatcher.handleEvent(event(LaunchEvents.LAUNCH_APPROVED, 1));
        dispatcher.handleEvent(event("org/policyops/planning/policyversion/CREATED", 1));
        await("launches.received.size() == 2 && approvals.received.size() == 1", () -> launches.received.size() == 2 && approvals.received.size() == 1);
        assertEquals(LaunchEvents.LAUNCH_CREATED, launches.received.get(0).topic());
        assertEquals(1L, launches.received.get(0).properties().get(LaunchEvents.PROP_LAUNCH_ID));
        assertEquals("EU", launches.received.get(0).text(LaunchEvents.PROP_REGION));
        assertEquals(LaunchEvents.LAUNCH_APPROVED, launches.received.get(1).topic());
        await("info(\"launches\").delivered() == 2", () -> info("launches").delivered() == 2);
        IntegrationInfo i = info("launches");
        assertEquals(0, i.failed());
        assertEquals("org.example.webhook", i.plugin());
        assertTrue(i.lastDeliveryAt() != null);
        assertNull(i.problem());
    }

    @Test
    void aThrowingOrHangingIntegrationAffectsNoOtherAndNeverThePoster() throws Exception {
        Recording healthy = new Recording("healthy", Set.of("*"));
        Recording throwing = new Recording("throwing", Set.of("*")) {
            @Override
            public void deliver(DomainEvent event) {
                received.add(event);
                throw new IllegalStateException("endpoint answered 503");
            }
        };
        Integration hanging = new Recording("hanging", Set.of("*")) {
            @Override
            public void deliver(DomainEvent event) throws InterruptedException {
                hangingEntered.countDown();
                release.await();
            }

            @Override
            public Optional<String> problem() {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.empty();
            }
        };
        dispatcher.add(1, throwing, 10, "p", "1");
        dispatcher.add(2, hanging, 11, "p", "1");
        dispatcher.add(3, healthy, 12, "p", "1");
        // The poster returns although one integration hangs (a blocked poster would never get past this). Each event
        // is posted once the healthy and the throwing integration have taken the previous one, and the first has
        // reached the hanging one, so that only the hanging one's queue fills, predictably, however slow the
        // machine: the queues hold 5 events each.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 20; i++) {
                dispatcher.handleEvent(event(LaunchEvents.READINESS_CHANGED, i));
                int posted = i + 1;
                await("healthy.received.size() == posted && throwing.received.size() == posted", () -> healthy.received.size() == posted && throwing.received.size() == posted);
                if (i == 0) {
                    assertTrue(hangingEntered.await(5, TimeUnit.SECONDS), "the hanging integration got the first event");
                }
            }
        });
        await("healthy.received.size() == 20", () -> healthy.received.size() == 20);
        await("info(\"throwing\").failed() == 20", () -> info("throwing").failed() == 20);
        assertEquals("java.lang.IllegalStateException: endpoint answered 503", info("throwing").lastError());
        // The hanging one holds one event, queues 5 and drops the other 14, each counted as failed.
        await("info(\"hanging\").failed() == 14", () -> info("hanging").failed() == 14);
        IntegrationInfo h = info("hanging");
        assertEquals(0, h.delivered());
        assertTrue(h.lastError().startsWith("queue full (5 events waiting): dropped " + LaunchEvents.READINESS_CHANGED),
                h.lastError());
        assertTrue(h.problem().startsWith("does not answer when asked for its problem"), h.problem());
        assertEquals(20, info("healthy").delivered());
    }

    @Test
    void anIntegrationThatLeavesStopsReceiving() throws Exception {
        Recording r = new Recording("leaving", Set.of("org/policyops/*"));
        Recording staying = new Recording("staying", Set.of("org/policyops/*"));
        dispatcher.add(1, r, 10, "p", "1");
        dispatcher.add(2, staying, 10, "p", "1");
        dispatcher.handleEvent(event(LaunchEvents.LAUNCH_CREATED, 1));
        await("the first event reached the leaving integration", () -> r.received.size() == 1);
        dispatcher.remove(1);
        dispatcher.handleEvent(event(LaunchEvents.LAUNCH_CREATED, 2));
        // Events are handed to the integrations present when they are posted: once the one that stays has the
        // second event, the one that left can no longer get it.
        await("the second event reached the integration that stays", () -> staying.received.size() == 2);
        assertEquals(1, r.received.size());
        assertEquals(List.of("staying"), dispatcher.integrations().stream().map(IntegrationInfo::id).toList());
    }

    @Test
    void topicMatching() {
        assertTrue(IntegrationDispatcher.matches(Set.of("org/policyops/launches/*"), LaunchEvents.LAUNCH_CREATED));
        assertTrue(IntegrationDispatcher.matches(Set.of("*"), "org/policyops/planning/policyversion/CREATED"));
        assertTrue(IntegrationDispatcher.matches(Set.of(LaunchEvents.LAUNCH_CREATED), LaunchEvents.LAUNCH_CREATED));
        assertTrue(!IntegrationDispatcher.matches(Set.of("org/policyops/launch/*"), LaunchEvents.LAUNCH_CREATED));
        assertTrue(!IntegrationDispatcher.matches(Set.of(LaunchEvents.LAUNCH_APPROVED), LaunchEvents.LAUNCH_CREATED));
    }

    private static List<Object> launchIds(Recording r) {
        return r.received.stream().map(e -> e.properties().get(LaunchEvents.PROP_LAUNCH_ID)).toList();
    }

    @Test
    void theQueueAndCountsOfAnIdOutliveItsVersionsAndEventsPostedMeanwhileReachTheNextInOrder() throws Exception {
        Recording v1 = new Recording("webhook", Set.of("org/policyops/launches/*"));
        dispatcher.add(1, v1, 10, "org.example.webhook", "1.0.0");
        dispatcher.handleEvent(event(LaunchEvents.LAUNCH_CREATED, 1));
        dispatcher.handleEvent(event(LaunchEvents.LAUNCH_APPROVED, 2));
        await("info(\"webhook\").delivered() == 2", () -> info("webhook").delivered() == 2);

        dispatcher.remove(1); // the plugin is being updated
        dispatcher.handleEvent(event(LaunchEvents.LAUNCH_APPROVED, 3));
        dispatcher.handleEvent(event(LaunchEvents.LAUNCH_APPROVED, 4));
        dispatcher.handleEvent(event(LaunchEvents.LAUNCH_APPROVED, 5));
        assertTrue(dispatcher.integrations().isEmpty(), "no version registered now");

        Recording v2 = new Recording("webhook", Set.of("org/policyops/launches/*"));
        dispatcher.add(2, v2, 10, "org.example.webhook", "1.1.0");
        await("v2.received.size() == 3", () -> v2.received.size() == 3);
        assertEquals(List.of(3L, 4L, 5L), launchIds(v2), "in the order they were posted");
        assertEquals(List.of(1L, 2L), launchIds(v1));
        IntegrationInfo i = info("webhook");
        assertEquals(5, i.delivered(), "counted across versions");
        assertEquals("1.1.0", i.pluginVersion());
    }

    @Test
    void anEventWhoseDeliveryFailedBecauseTheVersionWasReplacedMeanwhileGoesToTheNextVersion() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch replaced = new CountDownLatch(1);
        Recording v1 = new Recording("webhook", Set.of("*")) {
            @Override
            public void deliver(DomainEvent event) throws Exception {
                entered.countDown();
                replaced.await();
                throw new IllegalStateException("the bundle is stopping");
            }
        };
        dispatcher.add(1, v1, 10, "p", "1.0.0");
        dispatcher.handleEvent(event(LaunchEvents.LAUNCH_APPROVED, 1));
        assertTrue(entered.await(5, TimeUnit.SECONDS));
        dispatcher.remove(1);
        Recording v2 = new Recording("webhook", Set.of("*"));
        dispatcher.add(2, v2, 10, "p", "1.1.0");
        dispatcher.handleEvent(event(LaunchEvents.LAUNCH_APPROVED, 2));
        replaced.countDown();
        await("v2.received.size() == 2", () -> v2.received.size() == 2);
        assertEquals(List.of(1L, 2L), launchIds(v2));
        assertEquals(0, info("webhook").failed());
    }

    @Test
    void aSecondRegistrationOfAnIdIsRefusedAndShownUntilTheFirstLeaves() throws Exception {
        Recording first = new Recording("webhook", Set.of("*"));
        Recording second = new Recording("webhook", Set.of("*"));
        dispatcher.add(1, first, 10, "org.example.a", "1.0.0");
        dispatcher.add(2, second, 11, "org.example.b", "2.0.0");
        dispatcher.handleEvent(event(LaunchEvents.LAUNCH_CREATED, 1));
        await("first.received.size() == 1", () -> first.received.size() == 1);
        List<IntegrationInfo> all = dispatcher.integrations();
        assertEquals(2, all.size(), all.toString());
        assertNull(all.get(0).problem());
        assertEquals(11, all.get(1).bundleId());
        assertEquals("refused: integration id webhook is already registered by org.example.a 1.0.0; this registration "
                + "receives no events", all.get(1).problem());

        dispatcher.remove(1);
        dispatcher.handleEvent(event(LaunchEvents.LAUNCH_CREATED, 2));
        await("second.received.size() == 1", () -> second.received.size() == 1);
        assertEquals(List.of(2L), launchIds(second));
        assertEquals(List.of(1L), launchIds(first), "each event reached one of them only");
        assertEquals(1, dispatcher.integrations().size());
        assertEquals("org.example.b", info("webhook").plugin());
    }
}
