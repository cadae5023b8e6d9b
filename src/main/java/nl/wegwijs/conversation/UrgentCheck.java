package nl.wegwijs.conversation;

import java.util.Optional;

/**
 * Port: the fast safety check at intake, before a message waits for anything (the conversation
 * store, a queue, a model). Implemented by the safety feature. It must answer in milliseconds,
 * without I/O, from the text alone.
 */
public interface UrgentCheck {

    /** The emergency reply for a message that says someone is in acute danger; empty otherwise. */
    Optional<Reply> emergencyReply(InboundMessage message);
}
