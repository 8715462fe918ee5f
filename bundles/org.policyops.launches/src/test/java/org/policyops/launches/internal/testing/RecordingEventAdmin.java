package org.policyops.launches.internal.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Keeps every event posted, in order. */
public final class RecordingEventAdmin implements EventAdmin {

    public final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void postEvent(Event event) {
        events.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        events.add(event);
    }

    public List<Event> topic(String topic) {
        return events.stream().filter(e -> e.getTopic().equals(topic)).toList();
    }
}
