package nl.wegwijs.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.OutboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Relays messages both ways through {@link RelayQueue}: store first, send, delete once sent. On a
 * failure (the Telegram sender already retried 429 and 5xx) the message stays queued with a
 * growing delay and {@link HandoffJobs} tries again; later messages to the same person wait
 * behind it, so the order holds.
 */
@Component
class Relay {

    private static final Logger log = LoggerFactory.getLogger(Relay.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private final RelayQueue queue;
    private final TicketStore tickets;
    private final Map<Channel, ParentOutbox> parents = new EnumMap<>(Channel.class);
    private final ObjectProvider<IntermediaryOutbox> intermediaries;
    private final Clock clock;

    Relay(RelayQueue queue, TicketStore tickets, List<ParentOutbox> parentOutboxes,
            ObjectProvider<IntermediaryOutbox> intermediaries, Clock clock) {
        this.queue = queue;
        this.tickets = tickets;
        parentOutboxes.forEach(o -> parents.put(o.channel(), o));
        this.intermediaries = intermediaries;
        this.clock = clock;
    }

    void toParent(Ticket ticket, List<OutboundMessage> messages) {
        for (OutboundMessage m : messages) {
            queue.add(ticket.ref(), RelayQueue.Direction.TO_PARENT, ticket.parent(), ticket.language(), m.text(), m.buttons(),
                    clock.instant());
        }
        deliverToParent(ticket.parent());
    }

    void toIntermediary(Ticket ticket, String text) {
        queue.add(ticket.ref(), RelayQueue.Direction.TO_INTERMEDIARY, ticket.parent(), ticket.language(), text, List.of(),
                clock.instant());
        deliverToIntermediary(ticket.ref());
    }

    /** Sends what waits for a parent, in order; a web parent's messages wait for the page instead. */
    void deliverToParent(ConversationKey parent) {
        ParentOutbox outbox = parents.get(parent.channel());
        if (outbox == null) {
            return;
        }
        for (RelayQueue.Item item : queue.toParent(parent)) {
            if (!send(item, () -> outbox.send(parent, List.of(OutboundMessage.of(item.text(), item.buttons()))))) {
                return;
            }
        }
    }

    /** Sends what the parent wrote to the intermediary who claimed the ticket; before a claim it waits. */
    void deliverToIntermediary(String ref) {
        Optional<Ticket> ticket = tickets.find(ref).filter(t -> t.status() == TicketStatus.CLAIMED && t.replyTo() != null);
        IntermediaryOutbox outbox = intermediaries.getIfAvailable();
        if (ticket.isEmpty() || outbox == null) {
            return;
        }
        for (RelayQueue.Item item : queue.toIntermediary(ref)) {
            if (!send(item, () -> outbox.send(ticket.get().replyTo(), item.text(), item.buttons()))) {
                return;
            }
        }
    }

    /** For the web page: everything waiting for this parent, removed as it is handed over. */
    List<RelayQueue.Item> take(ConversationKey parent) {
        Instant now = clock.instant();
        List<RelayQueue.Item> taken = new ArrayList<>();
        for (RelayQueue.Item item : queue.toParent(parent)) {
            if (queue.lease(item.id(), now, now.plus(LEASE))) {
                queue.delivered(item.id());
                taken.add(item);
            }
        }
        return taken;
    }

    void dropToIntermediary(String ref) {
        queue.dropToIntermediary(ref);
    }

    void forget(ConversationKey parent) {
        queue.dropFor(parent);
    }

    /** Retries whatever is due, per parent and per ticket. */
    void retryDue() {
        Set<ConversationKey> parentsDue = new LinkedHashSet<>();
        Set<String> ticketsDue = new LinkedHashSet<>();
        for (RelayQueue.Item item : queue.due(clock.instant())) {
            if (item.direction() == RelayQueue.Direction.TO_PARENT) {
                parentsDue.add(item.parent());
            } else {
                ticketsDue.add(item.ticketRef());
            }
        }
        parentsDue.forEach(this::deliverToParent);
        ticketsDue.forEach(this::deliverToIntermediary);
    }

    private boolean send(RelayQueue.Item item, Runnable sending) {
        Instant now = clock.instant();
        if (!queue.lease(item.id(), now, now.plus(LEASE))) {
            return false;
        }
        try {
            sending.run();
            queue.delivered(item.id());
            return true;
        } catch (RuntimeException e) {
            Duration delay = Duration.ofSeconds(15).multipliedBy(1L << Math.min(item.attempts(), 6));
            queue.failed(item.id(), now.plus(delay.compareTo(MAX_DELAY) < 0 ? delay : MAX_DELAY));
            log.warn("relay {} for ticket {} not delivered (attempt {}); kept queued: {}", item.direction(), item.ticketRef(),
                    item.attempts() + 1, Handoffs.describe(e));
            return false;
        }
    }
}
