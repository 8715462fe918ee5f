package org.policyops.core.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.policyops.core.events.EventPosters;
import org.policyops.core.events.Notice;

class EventAdminPosterTest {

    final EventAdmin admin = mock(EventAdmin.class);
    final TransactionSynchronizationRegistry registry = mock(TransactionSynchronizationRegistry.class);

    @Test
    void outsideATransactionPostsAtOnceWithTheProperties() {
        when(registry.getTransactionStatus()).thenReturn(Status.STATUS_NO_TRANSACTION);
        new EventAdminPoster(admin, registry).post(new Notice("policyops/test/DONE", Map.of("id", 7L)));

        ArgumentCaptor<Event> event = ArgumentCaptor.forClass(Event.class);
        verify(admin).postEvent(event.capture());
        assertEquals("policyops/test/DONE", event.getValue().getTopic());
        assertEquals(7L, event.getValue().getProperty("id"));
    }

    @Test
    void insideATransactionPostsOnlyOnceItCommitted() {
        when(registry.getTransactionStatus()).thenReturn(Status.STATUS_ACTIVE);
        List<Synchronization> registered = new ArrayList<>();
        org.mockito.Mockito.doAnswer(call -> registered.add(call.getArgument(0)))
                .when(registry).registerInterposedSynchronization(any());
        EventAdminPoster poster = new EventAdminPoster(admin, registry);

        poster.postAll(List.of(new Notice("policyops/test/A", Map.of()), new Notice("policyops/test/B", Map.of())));
        verify(admin, never()).postEvent(any());
        assertEquals(2, registered.size());

        registered.get(0).beforeCompletion();
        registered.get(0).afterCompletion(Status.STATUS_COMMITTED);
        registered.get(1).afterCompletion(Status.STATUS_ROLLEDBACK);
        ArgumentCaptor<Event> event = ArgumentCaptor.forClass(Event.class);
        verify(admin).postEvent(event.capture());
        assertEquals("policyops/test/A", event.getValue().getTopic());
    }

    @Test
    void aTransactionAlreadyMarkedForRollbackPostsNothing() {
        when(registry.getTransactionStatus()).thenReturn(Status.STATUS_MARKED_ROLLBACK);
        doThrow(new IllegalStateException("marked for rollback")).when(registry).registerInterposedSynchronization(any());
        new EventAdminPoster(admin, registry).post("policyops/test/A", Map.of());
        verify(admin, never()).postEvent(any());
    }

    @Test
    void withoutEventAdminOrWithABrokenOneNothingIsThrown() {
        new EventAdminPoster(null, null).post("policyops/test/A", Map.of());
        doThrow(new IllegalStateException("event admin stopped")).when(admin).postEvent(any());
        new EventAdminPoster(admin, null).post("policyops/test/A", Map.of());
        EventPosters.to(admin).post("policyops/test/A", Map.of());
        EventPosters.none().post("policyops/test/A", Map.of());
        verify(admin, org.mockito.Mockito.times(2)).postEvent(any());
    }
}
