package nl.wegwijs.handoff;

/** The life of a handoff ticket. */
enum TicketStatus {
    /** Asked for a person; nothing is shared until the parent says yes. */
    AWAITING_CONSENT,
    /** Consented and waiting for an intermediary to claim it. */
    QUEUED,
    /** An intermediary took it: messages are relayed both ways. */
    CLAIMED,
    /** Ended, with an outcome; kept without any text until retention removes it. */
    CLOSED;

    boolean open() {
        return this == QUEUED || this == CLAIMED;
    }
}
