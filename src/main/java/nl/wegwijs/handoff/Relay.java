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
import java.util.function.LongSupplier;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.OutboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Relays messages both ways through {@link RelayQueue}: store first, send once, delete once sent.
 * A failure never waits on the calling thread: a 429 schedules the row for the time Telegram
 * asked for, other failures back off, and {@link HandoffJobs} tries again. Later messages to the
 * same person wait behind it, so the order holds per chat while other chats go on. A parent who
 * blocked the bot or deleted the account ends the ticket as unreachable ({@link ParentUnreachable}).
 */
@Component
class Relay {

    /** A parent's chat refused our message for good (403: blocked, deleted): the ticket cannot go on. */
    record ParentUnreachable(ConversationKey parent, String ticketRef) {
    }

    private static final Logger log = LoggerFactory.getLogger(Relay.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private final RelayQueue queue;
    private final TicketStore tickets;
    private final DeskAddressing addressing;
    private final Map<Channel, ParentOutbox> parents = new EnumMap<>(Channel.class);
    private final ObjectProvider<IntermediaryOutbox> intermediaries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Relay(RelayQueue queue, TicketStore tickets, DeskAddressing addressing, List<ParentOutbox> parentOutboxes,
            ObjectProvider<IntermediaryOutbox> intermediaries, ApplicationEventPublisher events, Clock clock) {
        this.queue = queue;
        this.tickets = tickets;
        this.addressing = addressing;
        parentOutboxes.forEach(o -> parents.put(o.channel(), o));
        this.intermediaries = intermediaries;
        this.events = events;
        this.clock = clock;
    }

    void toParent(Ticket ticket, List<OutboundMessage> messages) {
        for (OutboundMessage m : messages) {
            queue.add(ticket.ref(), RelayQueue.Direction.TO_PARENT, ticket.parent(), ticket.language(), m.text(), m.buttons(),
                    clock.instant());
        }
        deliverToParent(ticket.parent());
    }

    /** An intermediary's photo, document or voice note, by file id, with its caption (already headed with who sent it). */
    void toParent(Ticket ticket, String caption, Attachment media) {
        queue.add(ticket.ref(), RelayQueue.Direction.TO_PARENT, ticket.parent(), ticket.language(), caption, List.of(), media, null,
                clock.instant());
        deliverToParent(ticket.parent());
    }

    void toIntermediary(Ticket ticket, String text) {
        toIntermediary(ticket, text, null);
    }

    void toIntermediary(Ticket ticket, String text, Attachment media) {
        queue.add(ticket.ref(), RelayQueue.Direction.TO_INTERMEDIARY, ticket.parent(), ticket.language(), text, List.of(), media,
                null, clock.instant());
        deliverToIntermediary(ticket.ref());
    }

    /** A desk message about a ticket to one chat or topic, kept for retry like relayed ones. */
    void toDesk(Ticket ticket, IntermediaryAddress at, String text, List<Button> buttons) {
        queue.add(ticket.ref(), RelayQueue.Direction.TO_DESK, ticket.parent(), ticket.language(), text, buttons, null, at,
                clock.instant());
        deliverToDesk(at);
    }

    /** Sends what waits for a parent, in order; a web parent's messages wait for the page instead. */
    void deliverToParent(ConversationKey parent) {
        ParentOutbox outbox = parents.get(parent.channel());
        if (outbox == null) {
            return;
        }
        for (RelayQueue.Item item : queue.toParent(parent)) {
            if (!send(item, () -> {
                outbox.deliver(parent, OutboundMessage.of(item.text(), item.buttons()), item.media());
                return 0;
            })) {
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
        IntermediaryAddress to = ticket.get().replyTo();
        for (RelayQueue.Item item : queue.toIntermediary(ref)) {
            if (!send(item, () -> outbox.deliver(to, item.text(), item.media(), item.parent().channel(), item.buttons()))) {
                return;
            }
        }
    }

    void deliverToDesk(IntermediaryAddress at) {
        IntermediaryOutbox outbox = intermediaries.getIfAvailable();
        if (outbox == null) {
            return;
        }
        for (RelayQueue.Item item : queue.toDesk(at)) {
            if (!send(item, () -> outbox.deliver(at, item.text(), item.media(), item.buttons()))) {
                return;
            }
        }
    }

    /** For the web page: everything waiting for this parent, removed as it is handed over. */
    List<RelayQueue.Item> take(ConversationKey parent) {
        Instant now = clock.instant();
        List<RelayQueue.Item> taken = new ArrayList<>();
        for (RelayQueue.Item item : queue.toParent(parent)) {
            // another poll (a second tab) holds an earlier message: stop, so no one is shown the
            // later ones first; they wait for the next poll
            if (!queue.lease(item.id(), now, now.plus(LEASE))) {
                break;
            }
            queue.delivered(item.id());
            taken.add(item);
        }
        return taken;
    }

    void dropToIntermediary(String ref) {
        queue.dropToIntermediary(ref);
    }

    void forgetToParent(ConversationKey parent) {
        queue.dropToParent(parent);
    }

    void forget(ConversationKey parent) {
        queue.dropFor(parent);
    }

    /** Retries whatever is due, per parent, per ticket and per desk chat. */
    void retryDue() {
        Set<ConversationKey> parentsDue = new LinkedHashSet<>();
        Set<String> ticketsDue = new LinkedHashSet<>();
        Set<IntermediaryAddress> desksDue = new LinkedHashSet<>();
        for (RelayQueue.Item item : queue.due(clock.instant())) {
            switch (item.direction()) {
                case TO_PARENT -> parentsDue.add(item.parent());
                case TO_INTERMEDIARY -> ticketsDue.add(item.ticketRef());
                case TO_DESK -> desksDue.add(item.desk());
            }
        }
        parentsDue.forEach(this::deliverToParent);
        ticketsDue.forEach(this::deliverToIntermediary);
        desksDue.forEach(this::deliverToDesk);
    }

    /** One attempt at the first waiting row of a chat; false stops the rest of that chat until it is sent. */
    private boolean send(RelayQueue.Item item, LongSupplier sending) {
        Instant now = clock.instant();
        if (item.nextAttemptAt().isAfter(now) || !queue.lease(item.id(), now, now.plus(LEASE))) {
            return false;
        }
        try {
            long messageId = sending.getAsLong();
            queue.delivered(item.id());
            remember(item, messageId);
            return true;
        } catch (DeliveryFailed e) {
            if (e.reason() == DeliveryFailed.Reason.UNREACHABLE && item.direction() == RelayQueue.Direction.TO_PARENT) {
                queue.delivered(item.id());
                log.warn("relay for ticket {}: the parent's chat refuses messages; the ticket ends", item.ticketRef());
                events.publishEvent(new ParentUnreachable(item.parent(), item.ticketRef()));
                return false;
            }
            Instant retryAt = e.reason() == DeliveryFailed.Reason.RETRY_LATER && e.retryAfter() != null
                    ? now.plus(e.retryAfter()) : now.plus(backoff(item));
            queue.failed(item.id(), retryAt);
            log.warn("relay {} for ticket {} not delivered (attempt {}, {}); retry scheduled", item.direction(), item.ticketRef(),
                    item.attempts() + 1, e.reason());
            return false;
        } catch (RuntimeException e) {
            queue.failed(item.id(), now.plus(backoff(item)));
            log.warn("relay {} for ticket {} not delivered (attempt {}); kept queued: {}", item.direction(), item.ticketRef(),
                    item.attempts() + 1, Handoffs.describe(e));
            return false;
        }
    }

    private static Duration backoff(RelayQueue.Item item) {
        Duration delay = Duration.ofSeconds(15).multipliedBy(1L << Math.min(item.attempts(), 6));
        return delay.compareTo(MAX_DELAY) < 0 ? delay : MAX_DELAY;
    }

    /** A message in an intermediary's private chat about a ticket: a reply to it goes to that ticket's parent. */
    private void remember(RelayQueue.Item item, long messageId) {
        if (item.direction() == RelayQueue.Direction.TO_PARENT || messageId <= 0) {
            return;
        }
        IntermediaryAddress at = item.desk() != null ? item.desk()
                : tickets.find(item.ticketRef()).map(Ticket::replyTo).orElse(null);
        if (at != null && at.threadId() == null) {
            addressing.remember(at.chatId(), messageId, item.ticketRef());
        }
    }
}
