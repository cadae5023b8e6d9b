package nl.wegwijs.channel.whatsapp;

import java.time.Duration;

/**
 * The Graph API refused a call. The message names the call and the status only, never a phone
 * number or text. {@code retryAfter} is the wait the API asked for (a 429's Retry-After), or null.
 */
class GraphApiException extends RuntimeException {

    /** Graph's code when a free-form message is sent more than 24 hours after the user's last message. */
    static final int OUTSIDE_WINDOW = 131047;
    /** Graph's code for a recipient who cannot receive messages (no WhatsApp, blocked, ...). */
    static final int UNDELIVERABLE = 131026;

    private final int status;
    private final int code;
    private final Duration retryAfter;

    GraphApiException(String call, int status, int code, Duration retryAfter) {
        super("graph " + call + " answered " + status + (code == 0 ? "" : " (code " + code + ")"));
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    int code() {
        return code;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** Too many requests, or the API's own trouble: worth another attempt. */
    boolean retryable() {
        return status == 429 || status >= 500 || code == 130429 || code == 131056 || code == 80007 || code == 4;
    }
}
