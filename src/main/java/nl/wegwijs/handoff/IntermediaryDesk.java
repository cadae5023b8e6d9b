package nl.wegwijs.handoff;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.conversation.Button;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Inbound use case for intermediaries and admins, called by the Telegram adapter: claim and close
 * buttons, their messages to parents, and the admin commands. Only registered intermediaries can
 * act; anyone else gets a polite refusal. Answers go out through {@link IntermediaryOutbox}.
 */
@Service
public class IntermediaryDesk {

    static final String CLOSE_ASK = "hi:close:";
    static final String CLOSE_WITH = "hi:outcome:";
    static final String SELECT = "hi:select:";

    private static final Logger log = LoggerFactory.getLogger(IntermediaryDesk.class);
    private static final Set<String> DESK_COMMANDS = Set.of("/close", "/tickets", "/ticket", "/claim", "/list",
            "/add_intermediary", "/pause", "/resume", "/remove_intermediary");

    private final IntermediaryRegistry registry;
    private final TicketStore tickets;
    private final Handoffs handoffs;
    private final AdminCommands admin;
    private final DeskText desk;
    private final HandoffProperties properties;
    private final ObjectProvider<IntermediaryOutbox> outbox;
    private final java.time.Clock clock;
    private final DeskAddressing addressing;

    IntermediaryDesk(IntermediaryRegistry registry, TicketStore tickets, Handoffs handoffs, AdminCommands admin, DeskText desk,
            HandoffProperties properties, ObjectProvider<IntermediaryOutbox> outbox, java.time.Clock clock, DeskAddressing addressing) {
        this.clock = clock;
        this.addressing = addressing;
        this.registry = registry;
        this.tickets = tickets;
        this.handoffs = handoffs;
        this.admin = admin;
        this.desk = desk;
        this.properties = properties;
        this.outbox = outbox;
    }

    /**
     * Whether this message is the desk's rather than a parent's: anything in a group, our
     * intermediary buttons, anything from a registered intermediary or admin, and the desk's
     * commands (so a stranger trying them is refused, not answered as a parent).
     */
    public boolean accepts(IntermediaryMessage m) {
        if (m.button()) {
            return m.text().startsWith("hi:");
        }
        if (!m.privateChat() || properties.isAdmin(m.userId()) || registry.byTelegramUser(m.userId()).isPresent()) {
            return true;
        }
        return m.isCommand() && DESK_COMMANDS.contains(command(m.text()));
    }

    public void handle(IntermediaryMessage m) {
        try {
            route(m);
        } catch (RuntimeException e) {
            log.error("intermediary message failed: {}", e.getClass().getSimpleName());
        }
    }

    private void route(IntermediaryMessage m) {
        Optional<Intermediary> who = registry.byTelegramUser(m.userId());
        boolean isAdmin = properties.isAdmin(m.userId());
        if (m.isCommand() && isAdmin && m.privateChat() && admin.handles(command(m.text()))) {
            reply(m, admin.run(command(m.text()), argument(m.text())));
            return;
        }
        if (who.isEmpty()) {
            // In a group, chatter that is not for the bot is none of its business.
            if (m.privateChat() || m.button() || m.isCommand() && DESK_COMMANDS.contains(command(m.text()))) {
                reply(m, desk.get(isAdmin ? "desk.admin.usage" : "desk.refused"));
            }
            return;
        }
        Intermediary me = who.get();
        if (me.paused() && m.button() && m.text().startsWith(Notifier.CLAIM)) {
            // A paused intermediary may still finish conversations, but takes no new ones.
            reply(m, desk.get("desk.admin.paused", me.name()));
            return;
        }
        if (m.button()) {
            button(m, me);
        } else if (m.isCommand()) {
            command(m, me, isAdmin);
        } else {
            // Text, photo, document, voice note or an edit: hers to a parent, never a parent's own message.
            Target target = target(m, me);
            if (target instanceof Target.To to) {
                handoffs.fromIntermediary(to.ticket(), me, m.text(), m.attachment(), m.edited());
            } else if (m.privateChat()) {
                unresolved(m, target);
            }
        }
    }

    /** Who a message is for: stated (reply-to, the topic), chosen earlier, or the only one; never a guess. */
    sealed interface Target {
        record To(Ticket ticket) implements Target {
        }

        record Ask(List<Ticket> open) implements Target {
        }

        record Ended(Ticket ticket) implements Target {
        }

        record None() implements Target {
        }
    }

    private Target target(IntermediaryMessage m, Intermediary me) {
        if (!m.privateChat()) {
            return current(m, me).<Target>map(Target.To::new).orElseGet(Target.None::new);
        }
        if (m.replyTo() != null) {
            Optional<Ticket> addressed = addressing.ticketOf(m.chatId(), m.replyTo()).flatMap(tickets::find)
                    .filter(t -> me.id().equals(t.intermediaryId()));
            if (addressed.isPresent()) {
                return addressed.get().status() == TicketStatus.CLAIMED ? new Target.To(addressed.get()) : new Target.Ended(addressed.get());
            }
        }
        List<Ticket> open = tickets.claimedBy(me.id()).stream()
                .filter(t -> t.replyTo() != null && t.replyTo().threadId() == null && t.replyTo().chatId() == m.chatId()).toList();
        Optional<String> selected = addressing.selected(m.chatId());
        if (selected.isPresent()) {
            Optional<Ticket> chosen = open.stream().filter(t -> t.ref().equals(selected.get())).findFirst();
            if (chosen.isPresent()) {
                return new Target.To(chosen.get());
            }
            // The one she chose has ended: whoever else is open, she did not choose them.
            return open.isEmpty() ? new Target.None() : new Target.Ask(open);
        }
        if (open.size() == 1) {
            addressing.select(m.chatId(), open.get(0).ref());
            return new Target.To(open.get(0));
        }
        return open.isEmpty() ? new Target.None() : new Target.Ask(open);
    }

    private void unresolved(IntermediaryMessage m, Target target) {
        if (target instanceof Target.Ask ask) {
            askWhich(m, ask.open());
        } else if (target instanceof Target.Ended ended) {
            reply(m, desk.get("desk.ticket.ended", ended.ticket().alias()));
        } else {
            reply(m, desk.get("desk.no-ticket"));
        }
    }

    private void askWhich(IntermediaryMessage m, List<Ticket> open) {
        List<Button> choices = open.stream().map(t -> new Button(t.alias(), SELECT + t.ref())).toList();
        send(m, desk.get("desk.ask-which", open.stream().map(Ticket::alias).collect(Collectors.joining(", "))), choices);
    }

    private void button(IntermediaryMessage m, Intermediary me) {
        String data = m.text();
        if (data.startsWith(Notifier.CLAIM)) {
            String ref = data.substring(Notifier.CLAIM.length());
            switch (handoffs.claim(ref, me, m.address())) {
                case WON -> log.info("ticket {} claimed", ref);
                case YOURS -> log.debug("ticket {}: a second tap on claim", ref);
                case TAKEN -> reply(m, desk.get("desk.claimed.lost", "Ouder #" + ref));
                case GONE -> reply(m, desk.get("desk.claimed.gone", "Ouder #" + ref));
                case NOT_OFFERED -> reply(m, desk.get("desk.claim.not-offered", "Ouder #" + ref));
                case FULL -> reply(m, desk.get("desk.claim.full", String.valueOf(me.maxOpen())));
            }
        } else if (data.startsWith(SELECT)) {
            mine(data.substring(SELECT.length()), me).filter(t -> t.replyTo().threadId() == null).ifPresentOrElse(t -> {
                addressing.select(m.chatId(), t.ref());
                reply(m, desk.get("desk.ticket.switched", t.alias()));
            }, () -> reply(m, desk.get("desk.ticket.unknown")));
        } else if (data.startsWith(CLOSE_ASK)) {
            mine(data.substring(CLOSE_ASK.length()), me).ifPresentOrElse(t -> askOutcome(m, t), () -> reply(m, desk.get("desk.ticket.unknown")));
        } else if (data.startsWith(CLOSE_WITH)) {
            String[] parts = data.substring(CLOSE_WITH.length()).split(":", 2);
            Optional<HandoffEvent.Outcome> outcome = parts.length == 2 ? outcome(parts[1]) : Optional.empty();
            Optional<Ticket> ticket = mine(parts[0], me);
            boolean alreadyClosed = tickets.find(parts[0]).filter(t -> t.status() == TicketStatus.CLOSED)
                    .filter(t -> me.id().equals(t.intermediaryId()) || me.organisation().equals(t.organisation())).isPresent();
            if (alreadyClosed) {
                return; // a second tap: the first one was answered
            }
            if (ticket.isPresent() && outcome.isPresent()) {
                if (handoffs.closeByIntermediary(ticket.get(), me, outcome.get())) {
                    handoffs.deskNote(ticket.get(), m.address(), desk.get("desk.closed", ticket.get().alias(),
                            desk.get("desk.outcome." + outcome.get().name())), List.of());
                }
            } else {
                reply(m, desk.get("desk.ticket.unknown"));
            }
        }
    }

    private void command(IntermediaryMessage m, Intermediary me, boolean isAdmin) {
        String name = command(m.text());
        String argument = argument(m.text());
        switch (name) {
            case "/close" -> {
                Target target = target(m, me);
                if (target instanceof Target.To to) {
                    askOutcome(m, to.ticket());
                } else {
                    unresolved(m, target);
                }
            }
            case "/tickets" -> {
                List<Ticket> mine = tickets.claimedBy(me.id());
                String selected = addressing.selected(m.chatId()).orElse("");
                reply(m, mine.isEmpty() ? desk.get("desk.tickets.none") : desk.get("desk.tickets",
                        mine.stream().map(t -> "- " + t.alias() + " (" + LanguageNames.display(t.wantedLanguage(), nl()) + ")"
                                + (t.ref().equals(selected) ? " " + desk.get("desk.tickets.selected") : ""))
                                .collect(Collectors.joining("\n"))));
            }
            case "/ticket" -> mine(argument.replace("#", "").toUpperCase(Locale.ROOT), me).ifPresentOrElse(t -> {
                addressing.select(m.chatId(), t.ref());
                reply(m, desk.get("desk.ticket.switched", t.alias()));
            }, () -> reply(m, desk.get("desk.ticket.unknown")));
            case "/claim" -> button(new IntermediaryMessage(m.chatId(), m.threadId(), m.userId(), m.privateChat(), true,
                    Notifier.CLAIM + argument.replace("#", "").toUpperCase(Locale.ROOT)), me);
            case "/start", "/help" -> reply(m, desk.get("desk.help"));
            default -> reply(m, desk.get(isAdmin ? "desk.admin.usage" : "desk.unknown-command"));
        }
    }

    private void askOutcome(IntermediaryMessage m, Ticket t) {
        List<Button> outcomes = java.util.Arrays.stream(HandoffEvent.Outcome.values())
                .filter(o -> o != HandoffEvent.Outcome.UNREACHABLE)
                .map(o -> new Button(desk.get("desk.outcome." + o.name()), CLOSE_WITH + t.ref() + ":" + o.name()))
                .toList();
        handoffs.deskNote(t, m.address(), desk.get("desk.close.ask", t.alias()), outcomes);
    }

    /** The ticket this message belongs to: the topic's own, or the intermediary's current one in a private chat. */
    private Optional<Ticket> current(IntermediaryMessage m, Intermediary me) {
        return tickets.claimedAt(m.address())
                .filter(t -> t.intermediaryId().equals(me.id()) || !m.privateChat() && me.organisation().equals(t.organisation()));
    }

    private Optional<Ticket> mine(String ref, Intermediary me) {
        return tickets.find(ref).filter(t -> t.status() == TicketStatus.CLAIMED)
                .filter(t -> me.id().equals(t.intermediaryId()) || me.organisation().equals(t.organisation()) && t.replyTo().threadId() != null);
    }

    private static Optional<HandoffEvent.Outcome> outcome(String name) {
        try {
            return Optional.of(HandoffEvent.Outcome.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void reply(IntermediaryMessage m, String text) {
        send(m, text, List.of());
    }

    private void send(IntermediaryMessage m, String text, List<Button> buttons) {
        IntermediaryOutbox out = outbox.getIfAvailable();
        if (out != null) {
            out.send(m.address(), text, buttons);
        }
    }

    private static String command(String text) {
        return text.strip().split("\\s+", 2)[0].replaceFirst("@.*$", "").toLowerCase(Locale.ROOT);
    }

    private static String argument(String text) {
        String[] parts = text.strip().split("\\s+", 2);
        return parts.length > 1 ? parts[1].strip() : "";
    }

    private static nl.wegwijs.language.Language nl() {
        return nl.wegwijs.language.Language.NL;
    }
}
