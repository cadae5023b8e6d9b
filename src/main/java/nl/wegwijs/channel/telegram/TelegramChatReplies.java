package nl.wegwijs.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import nl.wegwijs.channel.MessageSplitter;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.inbox.Outbox;
import nl.wegwijs.inbox.OutboxSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot's replies in a parent's chat, through the durable {@link Outbox}: {@link #queue} keeps
 * them (one row per sendMessage call, a long message split first) in the caller's transaction;
 * {@link #send} is the outbox's sender for Telegram, with Resilience4j retrying 429 (after its
 * retry_after), 5xx and network errors. When those retries are spent the reply stays in the
 * outbox for later; any other refusal (403 blocked, 400) drops it.
 */
class TelegramChatReplies implements OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramChatReplies.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Outbox outbox;
    private final TelegramClient client;
    private final Retry retry;

    TelegramChatReplies(Outbox outbox, TelegramClient client, TelegramProperties properties) {
        this.outbox = outbox;
        this.client = client;
        this.retry = Retry.of("telegram-replies", RetryConfig.custom()
                .maxAttempts(Math.max(1, properties.maxAttempts()))
                .retryOnException(TelegramChatReplies::transientFailure)
                .intervalBiFunction((IntervalBiFunction<Object>) (attempt, outcome) ->
                        wait(attempt, outcome.isLeft() ? outcome.getLeft() : null, properties.maxBackoff()))
                .build());
        retry.getEventPublisher().onRetry(e -> log.warn("telegram sendMessage failed ({}); retry {} in {} ms",
                code(e.getLastThrowable()), e.getNumberOfRetryAttempts(), e.getWaitInterval().toMillis()));
    }

    /** The stored form of one sendMessage: the chat, one part's text, the buttons (on the last part only). */
    record Part(long chat, String text, List<Button> buttons) {
    }

    /** Keeps a reply for the chat, after its earlier ones; sent once the caller's transaction commits. */
    void queue(long chatId, List<OutboundMessage> messages) {
        for (OutboundMessage message : messages) {
            List<String> parts = MessageSplitter.split(message.text(), MessageSplitter.LIMIT);
            for (int i = 0; i < parts.size(); i++) {
                List<Button> buttons = i == parts.size() - 1 ? message.buttons() : List.of();
                try {
                    outbox.add(TelegramUpdateHandler.SOURCE, TelegramUpdateHandler.SOURCE + ":" + chatId,
                            JSON.writeValueAsString(new Part(chatId, parts.get(i), buttons)));
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
        Part part;
        try {
            part = JSON.readValue(payload, Part.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("stored reply unreadable", e);
        }
        var builder = SendMessage.builder().chatId(part.chat()).text(part.text());
        if (!part.buttons().isEmpty()) {
            builder.replyMarkup(TelegramReplySender.keyboard(part.buttons()));
        }
        SendMessage method = builder.build();
        try {
            retry.executeCheckedSupplier(() -> client.execute(method));
        } catch (Throwable e) {
            if (transientFailure(e)) {
                throw new Later("telegram sendMessage " + code(e), retryAfter(e), e);
            }
            throw new TelegramReplySender.TelegramSendFailed(method.getMethod(), e instanceof TelegramApiRequestException r
                    ? r.getErrorCode() : null, e);
        }
    }

    /** 429, 5xx, an answer that is not Bot API JSON (a proxy), or no answer at all. */
    static boolean transientFailure(Throwable e) {
        if (e instanceof TelegramApiRequestException r) {
            Integer code = r.getErrorCode();
            return code == null || code == 429 || code >= 500;
        }
        return e instanceof TelegramApiException && e.getCause() instanceof IOException;
    }

    private static long wait(int attempt, Throwable failure, Duration max) {
        Duration after = retryAfter(failure);
        Duration wait = after != null ? after : Duration.ofMillis(500L << Math.min(attempt - 1, 10));
        return Math.min(wait.toMillis(), max.toMillis());
    }

    private static Duration retryAfter(Throwable failure) {
        if (failure instanceof TelegramApiRequestException r && r.getParameters() != null
                && r.getParameters().getRetryAfter() != null) {
            return Duration.ofSeconds(r.getParameters().getRetryAfter());
        }
        return null;
    }

    private static String code(Throwable e) {
        return e instanceof TelegramApiRequestException r && r.getErrorCode() != null ? "status " + r.getErrorCode() : "unreachable";
    }
}
