package nl.wegwijs.channel.whatsapp;

import java.util.List;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.inbox.Outbox;
import nl.wegwijs.inbox.OutboxSender;
import nl.wegwijs.language.Language;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bot's replies to a WhatsApp user, through the durable {@link Outbox} as Telegram's: {@link
 * #queue} keeps each Graph API body (a reply fitted to WhatsApp's limits) in the caller's
 * transaction; {@link #send} posts one with the Graph API's Resilience4j retries (429 after its
 * Retry-After, 5xx). When those are spent the body stays for later; any other refusal drops it.
 */
class WhatsAppChatReplies implements OutboxSender {

    private final Outbox outbox;
    private final GraphApi api;
    private final WhatsAppMessages messages;

    WhatsAppChatReplies(Outbox outbox, GraphApi api, WhatsAppMessages messages) {
        this.outbox = outbox;
        this.api = api;
        this.messages = messages;
    }

    /** Keeps a reply to {@code to}, after their earlier ones; sent once the caller's transaction commits. */
    void queue(String to, Language language, List<OutboundMessage> reply) {
        for (ObjectNode body : messages.fitAll(to, reply, language)) {
            outbox.add(WhatsAppInbox.SOURCE, WhatsAppInbox.SOURCE + ":" + to, GraphApi.JSON.writeValueAsString(body));
        }
    }

    @Override
    public String source() {
        return WhatsAppInbox.SOURCE;
    }

    @Override
    public void send(String chatKey, String payload) {
        ObjectNode body = (ObjectNode) GraphApi.JSON.readTree(payload);
        try {
            api.postWithRetry(body);
        } catch (GraphApiException e) {
            if (e.retryable()) {
                throw new Later(e.getMessage(), e.retryAfter(), e);
            }
            throw e;
        } catch (org.springframework.web.client.ResourceAccessException e) {
            throw new Later("whatsapp unreachable", null, e);
        }
    }
}
