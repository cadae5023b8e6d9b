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

    IntermediaryDesk(IntermediaryRegistry registry, TicketStore tickets, Handoffs handoffs, AdminCommands admin, DeskText desk,
            HandoffProperties properties, ObjectProvider<IntermediaryOutbox> outbox, java.time.Clock clock) {
        this.clock = clock;
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
            Optional<Ticket> ticket = current(m, me);
            if (ticket.isPresent()) {
                handoffs.fromIntermediary(ticket.get(), me, m.text());
            } else if (m.privateChat()) {
                reply(m, desk.get("desk.no-ticket"));
            }
        }
    }

    private void button(IntermediaryMessage m, Intermediary me) {
        String data = m.text();
        if (data.startsWith(Notifier.CLAIM)) {
            String ref = data.substring(Notifier.CLAIM.length());
            switch (handoffs.claim(ref, me, m.address())) {
                case WON -> log.info("ticket {} claimed", ref);
                case TAKEN -> reply(m, desk.get("desk.claimed.lost", "Ouder #" + ref));
                case GONE -> reply(m, desk.get("desk.claimed.gone", "Ouder #" + ref));
            }
        } else if (data.startsWith(CLOSE_ASK)) {
            mine(data.substring(CLOSE_ASK.length()), me).ifPresentOrElse(t -> askOutcome(m, t), () -> reply(m, desk.get("desk.ticket.unknown")));
        } else if (data.startsWith(CLOSE_WITH)) {
            String[] parts = data.substring(CLOSE_WITH.length()).split(":", 2);
            Optional<HandoffEvent.Outcome> outcome = parts.length == 2 ? outcome(parts[1]) : Optional.empty();
            Optional<Ticket> ticket = mine(parts[0], me);
            if (ticket.isPresent() && outcome.isPresent()) {
                handoffs.closeByIntermediary(ticket.get(), me, outcome.get());
                reply(m, desk.get("desk.closed", ticket.get().alias(), desk.get("desk.outcome." + outcome.get().name())));
            } else {
                reply(m, desk.get("desk.ticket.unknown"));
            }
        }
    }

    private void command(IntermediaryMessage m, Intermediary me, boolean isAdmin) {
        String name = command(m.text());
        String argument = argument(m.text());
        switch (name) {
            case "/close" -> current(m, me).ifPresentOrElse(t -> askOutcome(m, t), () -> reply(m, desk.get("desk.no-ticket")));
            case "/tickets" -> {
                List<Ticket> mine = tickets.claimedBy(me.id());
                reply(m, mine.isEmpty() ? desk.get("desk.tickets.none") : desk.get("desk.tickets",
                        mine.stream().map(t -> "- " + t.alias() + " (" + LanguageNames.display(t.wantedLanguage(), nl()) + ")")
                                .collect(Collectors.joining("\n"))));
            }
            case "/ticket" -> mine(argument.replace("#", "").toUpperCase(Locale.ROOT), me).ifPresentOrElse(t -> {
                tickets.touch(t.ref(), clock.instant());
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
                .map(o -> new Button(desk.get("desk.outcome." + o.name()), CLOSE_WITH + t.ref() + ":" + o.name()))
                .toList();
        send(m, desk.get("desk.close.ask", t.alias()), outcomes);
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
