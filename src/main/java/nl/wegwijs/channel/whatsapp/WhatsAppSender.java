package nl.wegwijs.channel.whatsapp;

import java.util.List;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.handoff.DeliveryFailed;
import nl.wegwijs.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/** Sends our messages to a WhatsApp user, fitted to WhatsApp's limits ({@link WhatsAppMessages}). */
class WhatsAppSender {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppSender.class);

    private final GraphApi api;
    private final WhatsAppMessages messages;
    private final WhatsAppProperties properties;

    WhatsAppSender(GraphApi api, WhatsAppMessages messages, WhatsAppProperties properties) {
        this.api = api;
        this.messages = messages;
        this.properties = properties;
    }

    /** A reply to what the user just wrote (inside the window), with retries on 429 and 5xx. */
    void send(String to, Language language, List<OutboundMessage> reply) {
        for (OutboundMessage message : reply) {
            for (ObjectNode body : messages.fit(to, message, language)) {
                api.postWithRetry(body);
            }
        }
    }

    /**
     * One attempt at a queued handoff message, translated for the relay queue: 429 and other
     * trouble come back as {@link DeliveryFailed} to be scheduled (no thread sleeps on it), a
     * recipient who cannot receive messages as unreachable.
     */
    void deliverOnce(String to, Language language, OutboundMessage message) {
        try {
            for (ObjectNode body : messages.fit(to, message, language)) {
                api.post(body);
            }
        } catch (GraphApiException e) {
            throw failed(e);
        } catch (RuntimeException e) {
            throw new DeliveryFailed(DeliveryFailed.Reason.FAILED, null, "whatsapp send failed", e);
        }
    }

    static DeliveryFailed failed(GraphApiException e) {
        if (e.status() == 429 || e.retryable()) {
            return new DeliveryFailed(DeliveryFailed.Reason.RETRY_LATER, e.retryAfter(), e.getMessage(), e);
        }
        if (e.code() == GraphApiException.UNDELIVERABLE) {
            return new DeliveryFailed(DeliveryFailed.Reason.UNREACHABLE, null, e.getMessage(), e);
        }
        return new DeliveryFailed(DeliveryFailed.Reason.FAILED, null, e.getMessage(), e);
    }

    /** The approved "you have a new message" template, in the parent's language where it is approved. */
    void relayNotice(String to, Language language) {
        String code = language != null && properties.templateLanguages().contains(language.code()) ? language.code()
                : properties.templateLanguages().isEmpty() ? "nl" : properties.templateLanguages().get(0);
        try {
            api.post(WhatsAppMessages.template(to, properties.relayTemplate(), code));
        } catch (GraphApiException e) {
            throw failed(e);
        }
    }

    /** Blue ticks: the parent sees their message was read. Never worth delaying or failing an answer for. */
    void markRead(String messageId) {
        try {
            api.post(WhatsAppMessages.read(messageId));
        } catch (RuntimeException e) {
            log.debug("read receipt not sent: {}", e.getClass().getSimpleName());
        }
    }
}
