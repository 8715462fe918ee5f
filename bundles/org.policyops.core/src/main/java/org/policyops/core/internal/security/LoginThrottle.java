package org.policyops.core.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Counts failed logins per user name and per client address and, once either has failed too often within a time
 * window, refuses further attempts for a cool-down. While cooling down even the right password is refused: were it
 * accepted, an attacker could go on guessing and tell a hit by the answer.
 *
 * <p>A successful login forgets only the failures of that same user from that same address, so an attacker who owns
 * one account cannot wipe the count of the address or of another user by logging in with it, and a user's login
 * from their desk does not reset what an attacker elsewhere has run up.
 *
 * <p>Memory is bounded: each key keeps at most its last {@code maxFailures} failures, and there are at most
 * {@code maxEntries} keys; beyond that the keys that have expired go first, then the least recently used.
 */
final class LoginThrottle {

    /** The limits; a maximum of 0 failures turns that kind of counting off. */
    record Settings(int maxFailuresPerUser, int maxFailuresPerAddress, Duration window, Duration coolDown,
            int maxEntries) {

        static final Settings OFF = new Settings(0, 0, Duration.ZERO, Duration.ZERO, 0);
    }

    private record Failure(Instant at, String user, String address) {
    }

    private static final class Entry {
        final ArrayDeque<Failure> failures = new ArrayDeque<>();
        Instant lockedUntil = Instant.MIN;
    }

    private final Clock clock;
    /** In access order, so the first key is the one least recently used. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private Settings settings = Settings.OFF;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    synchronized void configure(Settings settings) {
        this.settings = settings;
        entries.clear();
    }

    /** How long logins of this user, or from this address (may be null), are refused still; zero when they are not. */
    synchronized Duration retryAfter(String user, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : keys(user, address)) {
            Entry e = key == null ? null : entries.get(key);
            if (e != null && e.lockedUntil.isAfter(now)) {
                Duration left = Duration.between(now, e.lockedUntil);
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait;
    }

    /**
     * Records a failed login; the attempts after the one that reaches a limit are refused for the cool-down.
     *
     * @return whether this failure started a cool-down
     */
    synchronized boolean failed(String user, String address) {
        boolean locked = false;
        Instant now = clock.instant();
        Failure failure = new Failure(now, user, address);
        String[] keys = keys(user, address);
        int[] limits = { settings.maxFailuresPerUser(), settings.maxFailuresPerAddress() };
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null || limits[i] <= 0) {
                continue;
            }
            Entry e = entries.computeIfAbsent(keys[i], k -> new Entry());
            e.failures.addLast(failure);
            Instant oldest = now.minus(settings.window());
            while (!e.failures.isEmpty() && (e.failures.size() > limits[i] || !e.failures.peekFirst().at().isAfter(oldest))) {
                e.failures.removeFirst();
            }
            if (e.failures.size() >= limits[i]) {
                e.lockedUntil = now.plus(settings.coolDown());
                locked = true;
            }
        }
        evict(now);
        return locked;
    }

    /** Forgets the failures of this user from this address, and no others. */
    synchronized void succeeded(String user, String address) {
        Instant now = clock.instant();
        for (String key : keys(user, address)) {
            Entry e = key == null ? null : entries.get(key);
            if (e == null) {
                continue;
            }
            e.failures.removeIf(f -> f.user().equals(user) && Objects.equals(f.address(), address));
            if (e.failures.isEmpty() && !e.lockedUntil.isAfter(now)) {
                entries.remove(key);
            }
        }
    }

    /** The number of user names and addresses tracked now. */
    synchronized int size() {
        return entries.size();
    }

    private void evict(Instant now) {
        int max = Math.max(1, settings.maxEntries());
        if (entries.size() <= max) {
            return;
        }
        Instant oldest = now.minus(settings.window());
        entries.values().removeIf(e -> !e.lockedUntil.isAfter(now)
                && (e.failures.isEmpty() || !e.failures.peekLast().at().isAfter(oldest)));
        // Still full of live keys (many addresses or names at once): drop the least recently used, down to 90 %, so
        // that the next failures do not each sweep the whole map again.
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        int target = entries.size() > max ? max - max / 10 : entries.size();
        while (entries.size() > target && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    private static String[] keys(String user, String address) {
        return new String[] { "user\u0000" + user, address == null ? null : "address\u0000" + address };
    }
}
