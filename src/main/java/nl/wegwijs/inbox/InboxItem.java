package nl.wegwijs.inbox;

/** A stored message as a worker hands it to its channel's handler. The payload is never logged. */
public record InboxItem(long id, String source, String chatKey, String payload, int attempts) {

    @Override
    public String toString() {
        return "InboxItem[" + id + ", " + source + ", attempt " + attempts + "]";
    }
}
