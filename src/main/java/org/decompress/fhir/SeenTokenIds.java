package org.decompress.fhir;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The {@code jti}s of the CDS clients' tokens accepted and not yet expired (CDS Hooks 2.0, "Trusting
 * CDS Clients": a service should not accept a {@code jti} it has seen before). In memory, so each
 * replica remembers only what it accepted itself (see the README, "For a clinic"), and bounded: a
 * token lives at most {@link CdsClientTrust#MAX_LIFETIME_SECONDS}, so {@link #capacity} ids cover a
 * sustained {@code capacity / lifetime} calls a second; beyond that new tokens wait rather than be
 * accepted unremembered.
 */
final class SeenTokenIds {

    /** What remembering a token id found. */
    enum Use {
        FIRST, REPLAYED, FULL
    }

    private record Seen(Instant until, String key) {
    }

    private final int capacity;
    private final Clock clock;
    private final Set<String> keys = new HashSet<>();
    private final PriorityQueue<Seen> byExpiry = new PriorityQueue<>((a, b) -> a.until().compareTo(b.until()));

    SeenTokenIds(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    /** Remembers the id until {@code until}, unless it is remembered already or there is no room. */
    synchronized Use remember(String issuer, String jti, Instant until) {
        Instant now = clock.instant();
        while (!byExpiry.isEmpty() && byExpiry.peek().until().isBefore(now)) {
            keys.remove(byExpiry.poll().key());
        }
        // The issuer is part of the key: two clients may well choose the same ids.
        String key = issuer + '\u0000' + jti;
        if (keys.contains(key)) {
            return Use.REPLAYED;
        }
        if (keys.size() >= capacity) {
            return Use.FULL;
        }
        keys.add(key);
        byExpiry.add(new Seen(until, key));
        return Use.FIRST;
    }
}
