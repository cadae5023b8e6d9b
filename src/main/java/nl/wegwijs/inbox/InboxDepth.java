package nl.wegwijs.inbox;

import java.time.Duration;

/**
 * What waits in the inbox over all replicas: pending messages and how long the oldest has waited
 * (zero when none). Read from the database, so every replica reports the same figures.
 */
public record InboxDepth(int pending, Duration oldestAge) {
}
