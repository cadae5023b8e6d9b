package nl.wegwijs.inbox;

/** A stored reply as a sender thread takes it. The payload is never logged. */
record OutboxItem(long id, String source, String chatKey, String payload, int attempts) {

    @Override
    public String toString() {
        return "OutboxItem[" + id + ", " + source + ", attempt " + attempts + "]";
    }
}
