package nl.wegwijs.handoff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells intermediaries about a ticket, with a Claim button: in their private chat, or in a new
 * forum topic of their organisation's group (one topic per ticket per group, however many of its
 * members match). Every notice is recorded, so it can be edited once the ticket is taken and the
 * next round of escalation skips those already told.
 */
@Component
class Notifier {

    static final String CLAIM = "hi:claim:";

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final ObjectProvider<IntermediaryOutbox> outbox;
    private final TicketStore tickets;
    private final IntermediaryRegistry registry;
    private final DeskText desk;
    private final ParentTexts parentTexts;

    Notifier(ObjectProvider<IntermediaryOutbox> outbox, TicketStore tickets, IntermediaryRegistry registry, DeskText desk,
            ParentTexts parentTexts) {
        this.outbox = outbox;
        this.tickets = tickets;
        this.registry = registry;
        this.desk = desk;
        this.parentTexts = parentTexts;
    }

    /** @return how many of them were told */
    int notify(Ticket ticket, List<Intermediary> who, boolean escalated) {
        IntermediaryOutbox out = outbox.getIfAvailable();
        if (out == null || who.isEmpty()) {
            return 0;
        }
        String text = escalated ? desk.get("desk.notice.escalated", summary(ticket)) : summary(ticket);
        List<Button> claim = List.of(new Button(desk.get("desk.button.claim"), CLAIM + ticket.ref()));
        Map<Long, IntermediaryAddress> topics = new HashMap<>();
        tickets.notices(ticket.ref()).stream().filter(n -> n.at().threadId() != null)
                .forEach(n -> topics.put(n.at().chatId(), n.at()));
        int told = 0;
        for (Intermediary i : who) {
            try {
                Optional<Long> group = i.delivery() == Delivery.TOPIC
                        ? registry.organisation(i.organisation()).map(Organisation::groupChatId) : Optional.empty();
                if (group.isPresent()) {
                    IntermediaryAddress topic = topics.get(group.get());
                    Long messageId = null;
                    if (topic == null) {
                        long thread = out.openTopic(group.get(), ticket.alias() + " · " + LanguageNames.display(ticket.wantedLanguage(), Language.NL));
                        topic = new IntermediaryAddress(group.get(), thread);
                        messageId = out.send(topic, text, claim);
                        topics.put(group.get(), topic);
                    }
                    tickets.addNotice(ticket.ref(), i.id(), topic, messageId);
                } else {
                    IntermediaryAddress chat = IntermediaryAddress.privateChat(i.telegramUserId());
                    tickets.addNotice(ticket.ref(), i.id(), chat, out.send(chat, text, claim));
                }
                told++;
            } catch (RuntimeException e) {
                log.warn("could not tell {} about ticket {}: {}", i, ticket.ref(), Handoffs.describe(e));
            }
        }
        return told;
    }

    /** Language, topic, region and the scrubbed question: what the parent agreed to share, nothing else. */
    String summary(Ticket ticket) {
        return desk.get("desk.notice", ticket.alias(), LanguageNames.display(ticket.wantedLanguage(), Language.NL),
                LanguageNames.display(ticket.language().code(), Language.NL), parentTexts.topic(ticket.topic(), Language.NL),
                ticket.region() == null || ticket.region().isBlank() ? "-" : ticket.region(),
                ticket.question() == null || ticket.question().isBlank() ? "-" : "\"" + ticket.question() + "\"");
    }
}
