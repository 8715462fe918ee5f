package org.policyops.planning.internal.service;

import org.policyops.core.events.EventPosters;
import org.policyops.testing.LocalJpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.policyops.api.LifecycleStage;
import org.policyops.api.planning.PlanningEvents;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.dto.PolicyRequest;
import org.policyops.planning.internal.dto.TransitionRequest;
import org.policyops.planning.internal.dto.VersionRequest;

/** Events are posted once the change is committed, with the documented properties, and never for a refused change. */
class PlanningEventsTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    LocalJpa jpa;
    EventAdmin eventAdmin;
    PolicyService service;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(PlanningUnit.NAME);
        eventAdmin = mock(EventAdmin.class);
        service = new PolicyService(jpa, EventPosters.to(eventAdmin), Clock.fixed(NOW, ZoneOffset.UTC));
        service.create(new PolicyRequest("hate-speech", "Hate Speech", "Hate speech", "Policy Global", null));
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    @Test
    void postsVersionCreatedAfterCommit() {
        List<Long> storedWhenPosted = new ArrayList<>();
        doAnswer(call -> {
            storedWhenPosted.add(jpa.count("PolicyVersionEntity"));
            return null;
        }).when(eventAdmin).postEvent(any());

        service.createVersion("hate-speech", new VersionRequest("3.1.0", "Coded slurs.", Instant.parse("2026-09-07T09:30:00Z")), "s.haddad");

        ArgumentCaptor<Event> event = ArgumentCaptor.forClass(Event.class);
        verify(eventAdmin).postEvent(event.capture());
        Event e = event.getValue();
        assertEquals(PlanningEvents.POLICY_VERSION_CREATED, e.getTopic());
        assertEquals("hate-speech", e.getProperty(PlanningEvents.PROP_POLICY_KEY));
        assertEquals("3.1.0", e.getProperty(PlanningEvents.PROP_VERSION));
        assertEquals("DEVELOPMENT", e.getProperty(PlanningEvents.PROP_STAGE));
        assertEquals("s.haddad", e.getProperty(PlanningEvents.PROP_BY));
        assertEquals("2026-09-07T09:30:00Z", e.getProperty(PlanningEvents.PROP_AT));
        assertEquals(List.of(1L), storedWhenPosted, "the version was committed before the event was posted");
    }

    @Test
    void postsStageChangedWithThePreviousStageAndMajorChange() {
        service.createVersion("hate-speech", new VersionRequest("3.0.0", "New.", null), "a.okafor");
        List<Event> events = new ArrayList<>();
        doAnswer(call -> events.add(call.getArgument(0))).when(eventAdmin).postEvent(any());

        for (LifecycleStage stage : List.of(LifecycleStage.TESTING, LifecycleStage.TRAINING, LifecycleStage.DEPLOYMENT,
                LifecycleStage.ENFORCEMENT)) {
            service.transition("hate-speech", "3.0.0", null, new TransitionRequest(stage, null, null), "m.lindqvist");
        }
        assertEquals(4, events.size());
        Event testing = events.get(0);
        assertEquals(PlanningEvents.POLICY_VERSION_STAGE_CHANGED, testing.getTopic());
        assertEquals("DEVELOPMENT", testing.getProperty(PlanningEvents.PROP_PREVIOUS_STAGE));
        assertEquals("TESTING", testing.getProperty(PlanningEvents.PROP_STAGE));
        assertEquals("m.lindqvist", testing.getProperty(PlanningEvents.PROP_BY));
        assertEquals(NOW.toString(), testing.getProperty(PlanningEvents.PROP_AT));
        assertEquals(false, testing.getProperty(org.policyops.api.planning.PlanningEvents.PROP_MAJOR_CHANGE));
        Event enforced = events.get(3);
        assertEquals("DEPLOYMENT", enforced.getProperty(PlanningEvents.PROP_PREVIOUS_STAGE));
        assertEquals("ENFORCEMENT", enforced.getProperty(PlanningEvents.PROP_STAGE));
        assertEquals(true, enforced.getProperty(org.policyops.api.planning.PlanningEvents.PROP_MAJOR_CHANGE));
    }

    @Test
    void postsNothingForARefusedChange() {
        service.createVersion("hate-speech", new VersionRequest("1.0.0", "First.", null), "a.okafor");
        assertThrows(ProblemException.class, () -> service.transition("hate-speech", "1.0.0", null,
                new TransitionRequest(LifecycleStage.ENFORCEMENT, null, null), "m.lindqvist"));
        assertThrows(ProblemException.class,
                () -> service.createVersion("hate-speech", new VersionRequest("1.0.0", "Again.", null), "a.okafor"));
        verify(eventAdmin, times(1)).postEvent(any());
    }

    @Test
    void worksWithoutEventAdminAndSurvivesABrokenOne() {
        new PolicyService(jpa, EventPosters.none(), Clock.fixed(NOW, ZoneOffset.UTC))
                .createVersion("hate-speech", new VersionRequest("1.0.0", "First.", null), "a.okafor");
        verify(eventAdmin, never()).postEvent(any());

        doThrow(new IllegalStateException("event admin stopped")).when(eventAdmin).postEvent(any());
        service.createVersion("hate-speech", new VersionRequest("2.0.0", "Second.", null), "a.okafor");
        assertEquals(2, jpa.count("PolicyVersionEntity"));
    }
}
