package nl.wegwijs.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.inbox.Outbox;
import nl.wegwijs.inbox.OutboxSender;

/**
 * The bot's replies in a parent's chat, through the durable {@link Outbox}: {@link #queue} keeps
 * them (one row per sendMessage call, a {@link TelegramPart}) in the caller's transaction;
 * {@link #send} is the outbox's sender for Telegram, through {@link TelegramReplySender#execute}
 * and its retries. When those retries are spent the reply stays in the outbox for later; any
 * other refusal (403 blocked, 400) drops it.
 */
class TelegramChatReplies implements OutboxSender {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Outbox outbox;
    private final TelegramReplySender sender;

    TelegramChatReplies(Outbox outbox, TelegramReplySender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    /** Keeps a reply for the chat, after its earlier ones; sent once the caller's transaction commits. */
    void queue(long chatId, List<OutboundMessage> messages) {
        for (OutboundMessage message : messages) {
            for (TelegramPart part : TelegramPart.of(chatId, message.text(), message.buttons())) {
                try {
                    outbox.add(TelegramUpdateHandler.SOURCE, TelegramUpdateHandler.SOURCE + ":" + chatId,
                            JSON.writeValueAsString(part));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("a reply could not be stored", e);
                }
            }
        }
    }

    @Override
    public String source() {
        return TelegramUpdateHandler.SOURCE;
    }

    @Override
    public void send(String chatKey, String payload) {
        TelegramPart part;
        try {
            part = JSON.readValue(payload, TelegramPart.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("stored reply unreadable", e);
        }
        try {
            sender.execute(part.method(null));
        } catch (TelegramReplySender.TelegramSendFailed e) {
            if (e.transientFailure()) {
                throw new Later(e.getMessage(), e.retryAfter(), e);
            }
            throw e;
        }
    }
}
