package nl.wegwijs.conversation;

import java.util.Optional;

/**
 * A message as it is taken in: when it says someone is in acute danger, {@code emergency} is the
 * reply to send at once, on a path of its own, and {@code message} is marked so the pipeline
 * that handles it later does not send that reply again.
 */
public record Admission(InboundMessage message, Optional<Reply> emergency) {
}
