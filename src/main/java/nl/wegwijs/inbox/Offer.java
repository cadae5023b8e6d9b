package nl.wegwijs.inbox;

/** What became of a message offered to the inbox. */
public sealed interface Offer {

    /** Stored: the sender may be told it arrived. */
    record Stored(long id) implements Offer {
    }

    /** The same update was stored before (a retry): nothing to do, and nothing is done twice. */
    record Duplicate() implements Offer {
    }

    /** The inbox is full: refuse, so the sender retries later. */
    record Full() implements Offer {
    }

    default boolean acknowledged() {
        return !(this instanceof Full);
    }
}
