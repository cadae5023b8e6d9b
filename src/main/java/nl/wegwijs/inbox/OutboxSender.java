package nl.wegwijs.inbox;

import java.time.Duration;

/**
 * Sends the stored replies of one source (a channel) for the {@link Outbox}. Called on an outbox
 * sender thread with the chat's lease held: no other reply of the chat is sent meanwhile, on any
 * replica. Returning means the channel said ok, and the row is deleted at once.
 */
public interface OutboxSender {

    String source();

    /**
     * Sends one stored reply. Throws {@link Later} when the channel is unavailable for now (its
     * own retries spent): the reply is kept, and its chat's later replies wait behind it. Any
     * other exception drops the reply (the channel refused it for good: blocked, bad request).
     */
    void send(String chatKey, String payload);

    /** The channel cannot take it now; try again after {@code after} (null: the configured wait). */
    final class Later extends RuntimeException {

        private final Duration after;

        public Later(String message, Duration after, Throwable cause) {
            super(message, cause);
            this.after = after;
        }

        public Duration after() {
            return after;
        }
    }
}
