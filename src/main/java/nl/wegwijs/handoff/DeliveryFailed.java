package nl.wegwijs.handoff;

import java.time.Duration;

/**
 * Thrown by the outboxes' single-attempt {@code deliver} methods, saying what the relay should do:
 * try again after the channel's own wait (a 429, scheduled rather than slept on a shared worker),
 * give up because the person blocked the bot or deleted the account, or back off and retry.
 * Its message names only the method and the status, never text or ids.
 */
public class DeliveryFailed extends RuntimeException {

    public enum Reason { RETRY_LATER, UNREACHABLE, FAILED }

    private final Reason reason;
    private final Duration retryAfter;

    public DeliveryFailed(Reason reason, Duration retryAfter, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** How long the channel asked us to wait (only for {@link Reason#RETRY_LATER}), else null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
