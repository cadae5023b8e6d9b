package nl.wegwijs.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.wegwijs.conversation.Conversation;
import nl.wegwijs.conversation.Reply;
import nl.wegwijs.handoff.IntermediaryDesk;
import nl.wegwijs.inbox.Inbox;
import nl.wegwijs.inbox.InboxHandler;
import nl.wegwijs.inbox.InboxItem;
import nl.wegwijs.inbox.Offer;
import nl.wegwijs.limits.KeyedLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Telegram's two halves around the durable inbox. Intake (long polling or the webhook) only
 * stores the update, keyed by its update_id so a retry is a no-op, and acknowledges it once
 * stored. Processing runs on an inbox worker of any replica, one update per chat at a time:
 * the intermediary desk or the conversation pipeline, whose reply goes to the durable outbox in the
 * same transaction that marks the update done ({@link TelegramChatReplies}).
 */
class TelegramUpdateHandler implements LongPollingUpdateConsumer, InboxHandler {

    static final String SOURCE = "telegram";
    private static final Logger log = LoggerFactory.getLogger(TelegramUpdateHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Conversation conversation;
    private final TelegramReplySender sender;
    private final TelegramChatReplies replies;
    private final Inbox inbox;
    private final IntermediaryDesk desk;
    private final UrgentPath urgent;
    private final String bot;
    private final KeyedLimits perChat;

    TelegramUpdateHandler(Conversation conversation, TelegramReplySender sender, TelegramChatReplies replies, Inbox inbox,
            IntermediaryDesk desk, UrgentPath urgent, String token, KeyedLimits perChat) {
        this.replies = replies;
        this.conversation = conversation;
        this.perChat = perChat;
        this.urgent = urgent;
        this.sender = sender;
        this.inbox = inbox;
        this.desk = desk;
        // The bot's numeric id (before the colon): update ids are unique per bot, and it is no secret.
        this.bot = token.substring(0, Math.max(0, token.indexOf(':'))).isEmpty() ? "bot" : token.substring(0, token.indexOf(':'));
    }

    /**
     * Long polling: Telegram counts an update as delivered at our next getUpdates, which the
     * library sends only after this returns; so this returns only once every update is stored,
     * waiting while the inbox is full (back-pressure instead of loss).
     */
    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            String raw;
            try {
                raw = JSON.writeValueAsString(update);
            } catch (Exception e) {
                log.warn("update {} could not be serialised; dropped", update.getUpdateId());
                continue;
            }
            while (!intake(update, raw).acknowledged()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Stores one update; the caller acknowledges it to Telegram only if the answer says so. The
     * safety hook runs first: an emergency reply goes out at once (see {@link UrgentPath}), before
     * the update waits in the inbox, and the stored update says so, so it is not sent twice.
     */
    Offer intake(Update update, String raw) {
        OptionalLong chat = chatOf(update);
        if (chat.isEmpty()) {
            return new Offer.Duplicate(); // nothing we answer: acknowledged, nothing to do
        }
        boolean emergencySent = UpdateMapper.map(update).map(urgent::admit)
                .map(inbound -> inbound.message().emergencySent()).orElse(false);
        // After the crisis check, so a flood never swallows an emergency: the first update over the
        // chat's allowance is kept only to say "slow down" in order; the rest are acknowledged and dropped.
        var allowance = perChat.check(String.valueOf(chat.getAsLong()));
        if (allowance == KeyedLimits.Verdict.DROP) {
            return new Offer.Duplicate();
        }
        boolean slowDown = allowance == KeyedLimits.Verdict.SLOW_DOWN;
        String envelope = "{\"emergencySent\":" + emergencySent + ",\"slowDown\":" + slowDown + ",\"update\":" + raw + "}";
        return inbox.offer(SOURCE, SOURCE + ":" + chat.getAsLong(), bot,
                update.getUpdateId() == null ? null : update.getUpdateId().longValue(), envelope);
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public void handle(InboxItem item) {
        Update update;
        boolean emergencySent;
        boolean slowDown;
        try {
            JsonNode envelope = JSON.readTree(item.payload());
            update = JSON.treeToValue(envelope.get("update"), Update.class);
            emergencySent = envelope.path("emergencySent").asBoolean(false);
            slowDown = envelope.path("slowDown").asBoolean(false);
        } catch (Exception e) {
            log.warn("stored update {} unreadable; dropped", item.id());
            return;
        }
        Optional<ChatInbound> forParent = UpdateMapper.map(update).map(inbound -> emergencySent
                ? new ChatInbound(inbound.chatId(), inbound.message().withEmergencySent(), inbound.callbackQueryId())
                : inbound);
        if (slowDown) {
            forParent.ifPresent(inbound -> replies.queue(inbound.chatId(), conversation.slowDown(inbound.message().key()).messages()));
            return;
        }
        Optional<DeskMapper.DeskInbound> forDesk = DeskMapper.map(update);
        if (forDesk.isPresent() && desk.accepts(forDesk.get().message())) {
            if (forDesk.get().callbackQueryId() != null) {
                sender.acknowledge(forDesk.get().callbackQueryId());
            }
            desk.handle(forDesk.get().message());
            return;
        }
        forParent.ifPresent(this::answer);
    }

    private void answer(ChatInbound inbound) {
        if (inbound.callbackQueryId() != null) {
            try {
                sender.acknowledge(inbound.callbackQueryId());
            } catch (RuntimeException e) {
                // An old button press can no longer be acknowledged; the answer still matters.
                log.debug("callback acknowledgement failed: {}", e.getClass().getSimpleName());
            }
        }
        Reply reply = conversation.handle(inbound.message());
        // In the inbox worker's transaction: sent once the turn and its "done" have committed.
        replies.queue(inbound.chatId(), reply.messages());
    }

    private static OptionalLong chatOf(Update update) {
        Optional<ChatInbound> parent = UpdateMapper.map(update);
        if (parent.isPresent()) {
            return OptionalLong.of(parent.get().chatId());
        }
        return DeskMapper.map(update).map(d -> OptionalLong.of(d.message().chatId())).orElse(OptionalLong.empty());
    }
}
