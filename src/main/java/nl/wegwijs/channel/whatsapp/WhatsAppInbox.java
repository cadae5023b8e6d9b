package nl.wegwijs.channel.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import nl.wegwijs.conversation.Conversation;
import nl.wegwijs.conversation.InboundMessage;
import nl.wegwijs.conversation.Reply;
import nl.wegwijs.inbox.Inbox;
import nl.wegwijs.inbox.InboxHandler;
import nl.wegwijs.inbox.InboxItem;
import nl.wegwijs.inbox.Offer;
import nl.wegwijs.window.MessagingWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * WhatsApp messages through the durable inbox (as Telegram's): stored before the webhook answers
 * 200, deduplicated by WhatsApp's message id (Meta resends a delivery it thinks failed), and handled
 * one at a time per sender, in order, on any replica's inbox workers; the replies go to the durable
 * outbox in the transaction that marks the message done ({@link WhatsAppChatReplies}).
 */
class WhatsAppInbox implements InboxHandler {

    static final String SOURCE = "whatsapp";
    private static final Logger log = LoggerFactory.getLogger(WhatsAppInbox.class);

    private final Conversation conversation;
    private final WhatsAppSender sender;
    private final WhatsAppChatReplies replies;
    private final Inbox inbox;
    private final WhatsAppUrgentPath urgent;
    private final MessagingWindow window;
    private final WhatsAppParentOutbox outbox;
    private final String bot;

    WhatsAppInbox(Conversation conversation, WhatsAppSender sender, WhatsAppChatReplies replies, Inbox inbox,
            WhatsAppUrgentPath urgent, MessagingWindow window, WhatsAppParentOutbox outbox, WhatsAppProperties properties) {
        this.conversation = conversation;
        this.replies = replies;
        this.sender = sender;
        this.inbox = inbox;
        this.urgent = urgent;
        this.window = window;
        this.outbox = outbox;
        String number = properties.phoneNumberId();
        this.bot = "wa" + (number.length() > 30 ? number.substring(0, 30) : number);
    }

    /**
     * Stores one message; the webhook answers 200 only if every message was acknowledged. The crisis
     * check runs first and its reply goes out at once; the stored message says so, so it is not sent twice.
     */
    Offer intake(WebhookMapper.WhatsAppInbound inbound) {
        InboundMessage admitted = urgent.admit(inbound.from(), inbound.message());
        ObjectNode envelope = GraphApi.JSON.createObjectNode();
        envelope.put("emergencySent", admitted.emergencySent());
        envelope.set("message", inbound.raw());
        return inbox.offer(SOURCE, SOURCE + ":" + inbound.from(), bot, updateId(inbound.messageId()),
                GraphApi.JSON.writeValueAsString(envelope));
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public void handle(InboxItem item) {
        Optional<WebhookMapper.WhatsAppInbound> mapped;
        boolean emergencySent;
        try {
            JsonNode envelope = GraphApi.JSON.readTree(item.payload());
            mapped = WebhookMapper.map(envelope.path("message"));
            emergencySent = envelope.path("emergencySent").asBoolean(false);
        } catch (RuntimeException e) {
            log.warn("stored whatsapp message {} unreadable; dropped", item.id());
            return;
        }
        if (mapped.isEmpty()) {
            return;
        }
        WebhookMapper.WhatsAppInbound inbound = mapped.get();
        InboundMessage message = emergencySent ? inbound.message().withEmergencySent() : inbound.message();
        // The parent wrote: the window is open again, and what waited for them comes first.
        window.userWrote(message.key(), message.receivedAt());
        sender.markRead(inbound.messageId());
        outbox.release(message.key());
        Reply reply = conversation.handle(message);
        // In the inbox worker's transaction: sent once the turn and its "done" have committed.
        replies.queue(inbound.from(), reply.language(), reply.messages());
    }

    /** WhatsApp's message ids are strings; the inbox recognises a resent one by a 64-bit digest of it. */
    static long updateId(String messageId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = id << 8 | (digest[i] & 0xff);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
