package nl.wegwijs.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.ConversationStore;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.Stage;
import nl.wegwijs.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The life of a ticket, from both sides: request, consent, notify, claim, relay, escalate, close,
 * forget. Parent-side methods return the reply for the pipeline; everything else reaches people
 * through {@link Relay} (parents) and {@link IntermediaryOutbox} (intermediaries).
 */
@Service
class Handoffs {

    private static final Logger log = LoggerFactory.getLogger(Handoffs.class);

    private final TicketStore tickets;
    private final IntermediaryRegistry registry;
    private final Relay relay;
    private final Notifier notifier;
    private final ParentTexts texts;
    private final DeskText desk;
    private final ObjectProvider<IntermediaryOutbox> outbox;
    private final ConversationStore conversations;
    private final ApplicationEventPublisher events;
    private final HandoffProperties properties;
    private final Clock clock;
    private final DeskAddressing addressing;
    private final TransactionOperations transactions;

    Handoffs(TicketStore tickets, IntermediaryRegistry registry, Relay relay, Notifier notifier, ParentTexts texts, DeskText desk,
            ObjectProvider<IntermediaryOutbox> outbox, ConversationStore conversations, ApplicationEventPublisher events,
            HandoffProperties properties, Clock clock, DeskAddressing addressing, TransactionOperations transactions) {
        this.addressing = addressing;
        this.transactions = transactions;
        this.tickets = tickets;
        this.registry = registry;
        this.relay = relay;
        this.notifier = notifier;
        this.texts = texts;
        this.desk = desk;
        this.outbox = outbox;
        this.conversations = conversations;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- parent side

    Ticket request(ConversationKey parent, Language language, String wanted, String topic, String question, String referral) {
        String ref = tickets.create(parent, language, wanted, topic, properties.region(), referral, question, clock.instant());
        publish(HandoffEvent.Kind.REQUESTED, tickets.find(ref).orElseThrow(), null, null);
        return tickets.find(ref).orElseThrow();
    }

    /** The parent said yes: queue the ticket and tell the matched intermediaries, or say honestly that no one is there. */
    List<OutboundMessage> consent(Ticket request) {
        Language language = request.language();
        if (!tickets.consent(request.ref(), clock.instant())) {
            return List.of(texts.withStop(language, texts.get(language, "handoff.already")));
        }
        Ticket ticket = tickets.find(request.ref()).orElseThrow();
        publish(HandoffEvent.Kind.CONSENTED, ticket, null, null);
        List<Intermediary> all = registry.all();
        ZonedDateTime now = now();
        List<Intermediary> matched = Matching.available(all, ticket, now, tickets::load);
        // Take the first round like any later one, so a replica's escalation job cannot notify the same people meanwhile.
        boolean round = tickets.escalate(ticket.ref(), ticket.escalationLevel(), now.toInstant());
        int told = round ? notifier.notify(ticket, matched.stream().limit(properties.notifyAtOnce()).toList(), false) : 0;
        String wanted = LanguageNames.display(ticket.wantedLanguage(), language);
        if (told > 0) {
            return List.of(texts.withStop(language, texts.get(language, "handoff.queued", wanted)));
        }
        publish(HandoffEvent.Kind.NO_ONE_AVAILABLE, ticket, null, null);
        Optional<ZonedDateTime> expected = Matching.nextExpected(all, ticket, now).filter(at -> at.isAfter(now));
        return List.of(texts.noOneAvailable(language, ticket.wantedLanguage(), expected));
    }

    void decline(Ticket request) {
        tickets.delete(request.ref());
        addressing.forgetTicket(request.ref());
    }

    /**
     * Which organisations' volunteers would read along together in a group (forum topic) if this
     * ticket went there, with their names: the parent is told before consenting (honest group mode).
     */
    List<String> groupsReadingAlong(String wantedLanguage, String region) {
        Map<String, List<String>> byOrganisation = new LinkedHashMap<>();
        for (Intermediary i : registry.all()) {
            boolean inGroup = i.delivery() == Delivery.TOPIC
                    && registry.organisation(i.organisation()).map(Organisation::groupChatId).isPresent();
            if (inGroup && !i.coordinator() && !i.paused() && i.speaks(wantedLanguage) && i.serves(region)) {
                byOrganisation.computeIfAbsent(i.organisation(), k -> new java.util.ArrayList<>()).add(i.name());
            }
        }
        return byOrganisation.entrySet().stream()
                .map(e -> registry.organisationName(e.getKey()) + ": " + String.join(", ", e.getValue())).toList();
    }

    /** "That's not my question": the parent's own line, scrubbed, becomes the ticket's topic. */
    Ticket correctTopic(Ticket ticket, String scrubbedLine) {
        tickets.correctTopic(ticket.ref(), scrubbedLine);
        return tickets.find(ticket.ref()).orElse(ticket);
    }

    /** A message from the parent: to the intermediary, or kept until someone claims the ticket. */
    List<OutboundMessage> fromParent(Ticket ticket, String text) {
        return fromParent(ticket, text, null, false);
    }

    /**
     * A text, a photo, document or voice note (by file id, with its caption) or an edit (a marked
     * correction) from the parent: to the intermediary, or kept until someone claims the ticket.
     */
    List<OutboundMessage> fromParent(Ticket ticket, String text, nl.wegwijs.conversation.Attachment media, boolean edited) {
        String body = edited ? desk.get("desk.parent.edited", ticket.alias(), text)
                : media != null ? desk.get("desk.parent.media", ticket.alias(), desk.get("desk.media." + media.type().name()),
                        media.caption().isBlank() ? "" : ": " + media.caption())
                : desk.get("desk.parent", ticket.alias(), text);
        relay.toIntermediary(ticket, body, media);
        tickets.touch(ticket.ref(), clock.instant());
        if (ticket.status() == TicketStatus.CLAIMED) {
            return List.of();
        }
        return List.of(texts.withStop(ticket.language(), texts.get(ticket.language(), "handoff.held")));
    }

    List<OutboundMessage> stopByParent(Ticket ticket) {
        if (close(ticket, HandoffEvent.Outcome.PARENT_STOPPED, false)) {
            if (ticket.status() == TicketStatus.CLAIMED) {
                tellIntermediary(ticket, desk.get("desk.parent.stopped", ticket.alias()));
            }
        }
        return List.of(texts.withPerson(ticket.language(), texts.get(ticket.language(), "handoff.stopped")));
    }

    // ---- intermediary side

    /** YOURS: a second tap by the one who has it, answered by the first tap only. */
    enum ClaimResult { WON, YOURS, TAKEN, GONE, NOT_OFFERED, FULL }

    /**
     * Only someone who was offered the ticket (told about it, in her chat or her organisation's
     * topic), or a coordinator once it was escalated, and who has room for one more, can take it.
     */
    ClaimResult claim(String ref, Intermediary by, IntermediaryAddress at) {
        Optional<Ticket> before = tickets.find(ref);
        if (before.isEmpty() || before.get().status() == TicketStatus.CLOSED || before.get().status() == TicketStatus.AWAITING_CONSENT) {
            return ClaimResult.GONE;
        }
        if (before.get().status() == TicketStatus.CLAIMED) {
            return by.id().equals(before.get().intermediaryId()) ? ClaimResult.YOURS : ClaimResult.TAKEN;
        }
        boolean offered = tickets.notices(ref).stream().anyMatch(n -> n.intermediaryId().equals(by.id()));
        boolean coordinatorAfterEscalation = by.coordinator() && before.get().escalationLevel() >= 2;
        if (!offered && !coordinatorAfterEscalation) {
            return ClaimResult.NOT_OFFERED;
        }
        if (tickets.load(by.id()) >= by.maxOpen()) {
            return ClaimResult.FULL;
        }
        if (!tickets.claim(ref, by, at, clock.instant())) {
            return tickets.find(ref).filter(t -> by.id().equals(t.intermediaryId())).isPresent() ? ClaimResult.YOURS : ClaimResult.TAKEN;
        }
        Ticket ticket = tickets.find(ref).orElseThrow();
        publish(HandoffEvent.Kind.CLAIMED, ticket, null, Duration.between(ticket.requestedAt(), ticket.claimedAt()));
        String organisation = registry.organisationName(by.organisation());
        editNotices(ticket, n -> n.intermediaryId().equals(by.id()) || n.at().equals(at)
                ? desk.get("desk.claimed.you", ticket.alias())
                : desk.get("desk.claimed.other", ticket.alias(), by.name(), organisation));
        boolean group = at.threadId() != null;
        if (!group) {
            // Claiming is choosing: her next message goes to this parent until she chooses another.
            addressing.select(at.chatId(), ref);
        }
        relay.toDesk(ticket, at, desk.get(group ? "desk.claimed.start.group" : "desk.claimed.start", ticket.alias(), by.name(), organisation)
                        + "\n\n" + notifier.summary(ticket),
                List.of(new nl.wegwijs.conversation.Button(desk.get("desk.button.close"), IntermediaryDesk.CLOSE_ASK + ref)));
        Language language = ticket.language();
        relay.toParent(ticket, List.of(texts.withStop(language, group
                ? texts.get(language, "handoff.claimed.group", organisation)
                : texts.get(language, "handoff.claimed", by.name(), organisation))));
        relay.deliverToIntermediary(ref);
        return ClaimResult.WON;
    }

    void fromIntermediary(Ticket ticket, Intermediary by, String text) {
        fromIntermediary(ticket, by, text, null, false);
    }

    /** Her text, photo, document or voice note (by file id) or edit, under her name, or her organisation's in group mode. */
    void fromIntermediary(Ticket ticket, Intermediary by, String text, nl.wegwijs.conversation.Attachment media, boolean edited) {
        Language language = ticket.language();
        String who = senderName(ticket, by);
        if (media != null) {
            String caption = media.caption().isBlank() ? who : texts.get(language, "handoff.from", who, media.caption());
            relay.toParent(ticket, caption, media);
        } else {
            relay.toParent(ticket, List.of(OutboundMessage.of(texts.get(language, edited ? "handoff.from.edited" : "handoff.from", who, text))));
        }
        tickets.touch(ticket.ref(), clock.instant());
    }

    /** In a group several volunteers read and write: the parent sees the organisation, not one person. */
    private String senderName(Ticket ticket, Intermediary by) {
        return ticket.replyTo() != null && ticket.replyTo().threadId() != null
                ? registry.organisationName(ticket.organisation()) : by.name();
    }

    /** @return false when it was already closed (a second tap on an outcome): nothing is said twice */
    boolean closeByIntermediary(Ticket ticket, Intermediary by, HandoffEvent.Outcome outcome) {
        if (close(ticket, outcome, true)) {
            Language language = ticket.language();
            relay.toParent(ticket, List.of(texts.withPerson(language, texts.get(language, "handoff.closed", senderName(ticket, by)))));
            return true;
        }
        return false;
    }

    /** A desk message about a ticket (an outcome question, a confirmation), kept for retry like relayed ones. */
    void deskNote(Ticket ticket, IntermediaryAddress at, String text, List<nl.wegwijs.conversation.Button> buttons) {
        relay.toDesk(ticket, at, text, buttons);
    }

    /** Telegram refused a message to the parent for good (blocked, account deleted): the ticket ends and she is told. */
    @org.springframework.context.event.EventListener
    void on(Relay.ParentUnreachable unreachable) {
        tickets.find(unreachable.ticketRef()).filter(t -> t.status().open()).ifPresent(ticket -> {
            relay.forgetToParent(ticket.parent());
            if (close(ticket, HandoffEvent.Outcome.UNREACHABLE, true) && ticket.status() == TicketStatus.CLAIMED) {
                tellIntermediary(ticket, desk.get("desk.parent.unreachable", ticket.alias()));
            }
        });
    }

    /**
     * The safety step already sent the parent the emergency reply: the person in the handoff learns
     * that, with her organisation's short guidance for this moment, right after the parent's words.
     */
    @org.springframework.context.event.EventListener
    void on(nl.wegwijs.conversation.TurnCompleted turn) {
        if (turn.outcome() == null || turn.outcome().kind() != nl.wegwijs.conversation.OutcomeKind.CRISIS) {
            return;
        }
        try {
            tickets.openFor(turn.key()).filter(t -> t.status().open()).ifPresent(ticket -> {
                String guidance = registry.organisation(ticket.organisation()).map(Organisation::crisisGuidance)
                        .orElseGet(() -> desk.get("desk.crisis.guidance"));
                relay.toIntermediary(ticket, desk.get("desk.crisis", ticket.alias(), guidance));
            });
        } catch (RuntimeException e) {
            log.warn("could not tell the intermediary about an emergency reply: {}", describe(e));
        }
    }

    // ---- the scheduled side

    /** Tickets nobody took: tell the next intermediaries, then the coordinators; tell the parent when it takes long. */
    void escalate() {
        ZonedDateTime now = now();
        Instant instant = now.toInstant();
        List<Intermediary> all = registry.all();
        for (Ticket ticket : tickets.queued()) {
            try {
                escalate(ticket, all, now);
                if (!ticket.parentToldWait() && ticket.consentedAt() != null
                        && !instant.isBefore(ticket.consentedAt().plus(properties.tellParentAfter()))
                        && tickets.markParentToldWait(ticket.ref())) {
                    relay.toParent(ticket, List.of(texts.waitingLong(ticket.language())));
                }
            } catch (RuntimeException e) {
                log.warn("escalation of ticket {} failed: {}", ticket.ref(), describe(e));
            }
        }
    }

    private void escalate(Ticket ticket, List<Intermediary> all, ZonedDateTime now) {
        Set<String> told = tickets.notices(ticket.ref()).stream().map(TicketStore.Notice::intermediaryId).collect(Collectors.toSet());
        List<Intermediary> next = Matching.available(all, ticket, now, tickets::load).stream()
                .filter(i -> !told.contains(i.id())).limit(properties.notifyAtOnce()).toList();
        if (told.isEmpty()) {
            // Nobody was there at the request; someone's hours have started since.
            if (!next.isEmpty() && tickets.escalate(ticket.ref(), ticket.escalationLevel(), now.toInstant())) {
                notifier.notify(ticket, next, false);
            }
            return;
        }
        Instant since = ticket.escalatedAt() != null ? ticket.escalatedAt() : ticket.consentedAt();
        if (now.toInstant().isBefore(since.plus(properties.escalateAfter()))) {
            return;
        }
        List<Intermediary> who = next.isEmpty()
                ? Matching.coordinators(all, ticket).stream().filter(c -> !told.contains(c.id())).toList() : next;
        if (!who.isEmpty() && tickets.escalate(ticket.ref(), ticket.escalationLevel(), now.toInstant())) {
            notifier.notify(ticket, who, true);
            publish(HandoffEvent.Kind.ESCALATED, ticket, null, null);
        }
    }

    /** {@code /vergeet}: the parent's tickets go at once; an intermediary in a conversation is told it ended. */
    void forget(ConversationKey parent) {
        for (Ticket ticket : tickets.allFor(parent)) {
            if (ticket.status() == TicketStatus.CLAIMED) {
                tellIntermediary(ticket, desk.get("desk.parent.forgotten", ticket.alias()));
            } else if (ticket.status() == TicketStatus.QUEUED) {
                editNotices(ticket, n -> desk.get("desk.parent.withdrew", ticket.alias()));
            }
            tickets.delete(ticket.ref());
            addressing.forgetTicket(ticket.ref());
        }
        relay.forget(parent);
    }

    // ---- shared

    private boolean close(Ticket ticket, HandoffEvent.Outcome outcome, boolean resetParentState) {
        if (!tickets.close(ticket.ref(), outcome, clock.instant())) {
            return false;
        }
        relay.dropToIntermediary(ticket.ref());
        if (ticket.status() == TicketStatus.QUEUED) {
            editNotices(ticket, n -> desk.get("desk.parent.withdrew", ticket.alias()));
        }
        publish(HandoffEvent.Kind.CLOSED, ticket, outcome, null);
        if (resetParentState) {
            // The parent is not writing now: put their conversation back with the bot.
            conversations.find(ticket.parent()).filter(s -> ticket.ref().equals(s.ticketRef()))
                    .ifPresent(s -> conversations.save(s.withStage(Stage.BOT, null)));
        }
        return true;
    }

    private void tellIntermediary(Ticket ticket, String text) {
        if (ticket.replyTo() != null) {
            relay.toDesk(ticket, ticket.replyTo(), text, List.of());
        }
    }

    private void send(IntermediaryAddress to, String text, List<nl.wegwijs.conversation.Button> buttons) {
        IntermediaryOutbox out = outbox.getIfAvailable();
        if (out == null) {
            return;
        }
        try {
            out.send(to, text, buttons);
        } catch (RuntimeException e) {
            log.warn("could not reach an intermediary: {}", describe(e));
        }
    }

    private void editNotices(Ticket ticket, java.util.function.Function<TicketStore.Notice, String> text) {
        IntermediaryOutbox out = outbox.getIfAvailable();
        if (out == null) {
            return;
        }
        Map<String, TicketStore.Notice> distinct = new LinkedHashMap<>();
        for (TicketStore.Notice n : tickets.notices(ticket.ref())) {
            if (n.messageId() != null) {
                distinct.putIfAbsent(n.at().chatId() + "/" + n.messageId(), n);
            }
        }
        for (TicketStore.Notice n : distinct.values()) {
            try {
                out.edit(n.at(), n.messageId(), text.apply(n));
            } catch (RuntimeException e) {
                log.warn("could not update a notice of ticket {}: {}", ticket.ref(), describe(e));
            }
        }
    }

    /**
     * In a transaction: the turn's when there is one (the event is stored and sent with its commit),
     * else its own, because the event publication registry hands events to their listeners only
     * after a commit (escalation and the desk run outside a turn).
     */
    private void publish(HandoffEvent.Kind kind, Ticket ticket, HandoffEvent.Outcome outcome, Duration timeToClaim) {
        String organisation = kind == HandoffEvent.Kind.CLAIMED || kind == HandoffEvent.Kind.CLOSED
                ? tickets.find(ticket.ref()).map(Ticket::organisation).orElse(ticket.organisation()) : ticket.organisation();
        HandoffEvent event = new HandoffEvent(kind, ticket.parent(), ticket.language(), organisation, ticket.referral(),
                outcome, timeToClaim, clock.instant());
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /**
     * What went wrong, fit for a log: a send failure's own message names only the method and the
     * status ("telegram sendMessage failed with 502"); anything else only by its class, since
     * database messages can quote values.
     */
    static String describe(RuntimeException e) {
        String message = e.getMessage();
        return message != null && message.startsWith("telegram ") && message.length() < 120 ? message : e.getClass().getSimpleName();
    }

    /** Claimed tickets nobody wrote in for a long time end as NO_RESPONSE, so no text stays forever. */
    void closeIdle() {
        Instant before = clock.instant().minus(properties.idleClose());
        for (Ticket ticket : tickets.idleClaimed(before)) {
            if (close(ticket, HandoffEvent.Outcome.NO_RESPONSE, true)) {
                tellIntermediary(ticket, desk.get("desk.idle-closed", ticket.alias()));
                Language language = ticket.language();
                relay.toParent(ticket, List.of(texts.withPerson(language, texts.get(language, "handoff.idle-closed"))));
            }
        }
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(properties.timezone());
    }

}
