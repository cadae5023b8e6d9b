package nl.wegwijs.channel.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import nl.wegwijs.channel.MessageSplitter;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.handoff.DeliveryFailed;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendAudio;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendVideo;
import org.telegram.telegrambots.meta.api.methods.send.SendVoice;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import nl.wegwijs.conversation.OutboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.forum.CreateForumTopic;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.forum.ForumTopic;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot's Bot API calls: messages to a chat as plain text (no parse mode, so nothing in the text
 * can break formatting and nothing needs escaping) with inline buttons on the last part
 * ({@link TelegramPart}). {@link #execute} is the one retry policy (429's {@code retry_after},
 * 5xx and network errors, with backoff); {@link #deliver} is the relay queue's single attempt.
 */
class TelegramReplySender {

    private static final Logger log = LoggerFactory.getLogger(TelegramReplySender.class);
    /** Telegram's limit for a media caption. */
    static final int CAPTION_LIMIT = 1024;

    private final TelegramClient client;
    private final Retry retry;

    TelegramReplySender(TelegramClient client, TelegramProperties properties) {
        this.client = client;
        this.retry = retry(properties);
    }

    void send(long chatId, List<OutboundMessage> messages) {
        for (OutboundMessage message : messages) {
            for (TelegramPart part : TelegramPart.of(chatId, message.text(), message.buttons())) {
                execute(part.method(null));
            }
        }
    }

    /** Sends one message (split if long) into a chat or forum topic; @return the id of its last part. */
    long sendTo(long chatId, Integer threadId, String text, List<Button> buttons) {
        Message last = null;
        for (TelegramPart part : TelegramPart.of(chatId, text, buttons)) {
            last = execute(part.method(threadId));
        }
        return id(last);
    }

    /**
     * One attempt at a queued handoff message, on the caller's thread without any wait: a 429 comes
     * back as {@link DeliveryFailed} with Telegram's retry_after, for the relay queue to schedule;
     * 403 (blocked, deleted account) and "chat not found" as unreachable. Media go by file id, the
     * text as their caption (or after them, when longer than a caption may be).
     *
     * @return the id of the last message sent
     */
    long deliver(long chatId, Integer threadId, String text, Attachment media, List<Button> buttons) {
        return deliver(chatId, threadId, text, media, media == null ? null : new InputFile(media.fileId()), buttons);
    }

    /** As above, with the file itself (uploaded) instead of by its id: a file from another channel. */
    long deliver(long chatId, Integer threadId, String text, Attachment media, InputFile file, List<Button> buttons) {
        String rest = text == null ? "" : text;
        Message last = null;
        if (media != null) {
            boolean captionFits = rest.length() <= CAPTION_LIMIT;
            last = once(media(chatId, threadId, media, file, captionFits ? rest : "", captionFits ? buttons : List.of()));
            if (captionFits) {
                return id(last);
            }
        }
        for (TelegramPart part : TelegramPart.of(chatId, rest, buttons)) {
            last = once(part.method(threadId));
        }
        return id(last);
    }

    private static long id(Message m) {
        return m == null || m.getMessageId() == null ? 0 : m.getMessageId();
    }

    private static PartialBotApiMethod<Message> media(long chatId, Integer threadId, Attachment media, InputFile file, String caption,
            List<Button> buttons) {
        String c = caption.isEmpty() ? null : caption;
        var markup = TelegramPart.keyboard(buttons);
        return switch (media.type()) {
            case PHOTO -> SendPhoto.builder().chatId(chatId).messageThreadId(threadId).photo(file).caption(c).replyMarkup(markup).build();
            case DOCUMENT -> SendDocument.builder().chatId(chatId).messageThreadId(threadId).document(file).caption(c).replyMarkup(markup).build();
            case VOICE -> SendVoice.builder().chatId(chatId).messageThreadId(threadId).voice(file).caption(c).replyMarkup(markup).build();
            case AUDIO -> SendAudio.builder().chatId(chatId).messageThreadId(threadId).audio(file).caption(c).replyMarkup(markup).build();
            case VIDEO -> SendVideo.builder().chatId(chatId).messageThreadId(threadId).video(file).caption(c).replyMarkup(markup).build();
        };
    }

    /** A single call, translated for the relay queue; the method's name and the status are all that is said. */
    private Message once(PartialBotApiMethod<Message> method) {
        try {
            if (method instanceof SendMessage m) {
                return client.execute(m);
            }
            if (method instanceof SendPhoto m) {
                return client.execute(m);
            }
            if (method instanceof SendDocument m) {
                return client.execute(m);
            }
            if (method instanceof SendVoice m) {
                return client.execute(m);
            }
            if (method instanceof SendAudio m) {
                return client.execute(m);
            }
            if (method instanceof SendVideo m) {
                return client.execute(m);
            }
            throw new IllegalArgumentException("unsupported method " + method.getMethod());
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            String what = "telegram " + method.getMethod() + " failed" + (code == null ? "" : " with " + code);
            if (code != null && code == 429) {
                Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                return fail(DeliveryFailed.Reason.RETRY_LATER, Duration.ofSeconds(after == null ? 1 : after), what, e);
            }
            boolean gone = code != null && (code == 403
                    || code == 400 && e.getApiResponse() != null && e.getApiResponse().toLowerCase(java.util.Locale.ROOT).contains("chat not found"));
            return fail(gone ? DeliveryFailed.Reason.UNREACHABLE : DeliveryFailed.Reason.FAILED, null, what, e);
        } catch (TelegramApiException e) {
            return fail(DeliveryFailed.Reason.FAILED, null, "telegram " + method.getMethod() + " failed", e);
        }
    }

    private static Message fail(DeliveryFailed.Reason reason, Duration after, String what, Exception cause) {
        throw new DeliveryFailed(reason, after, what, cause);
    }

    /** Replaces a sent message's text; its buttons go, so nobody presses a stale one. */
    void edit(long chatId, long messageId, String text) {
        execute(EditMessageText.builder().chatId(chatId).messageId((int) messageId)
                .text(MessageSplitter.split(text, MessageSplitter.LIMIT).get(0)).build());
    }

    long createTopic(long groupChatId, String name) {
        ForumTopic topic = execute(CreateForumTopic.builder().chatId(groupChatId).name(name.length() > 128 ? name.substring(0, 128) : name).build());
        return topic.getMessageThreadId();
    }

    void acknowledge(String callbackQueryId) {
        try {
            execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
        } catch (RuntimeException e) {
            // Only the button's spinner keeps turning; the answer itself still goes out.
            log.debug("callback not acknowledged: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * One Bot API call under the one retry policy for Telegram (Resilience4j): 429 after its
     * retry_after, 5xx, an answer that is not Bot API JSON (a proxy) and network errors are tried
     * again, doubling the wait from 500 ms, at most {@code WEGWIJS_TELEGRAM_MAX_ATTEMPTS} times and
     * never waiting longer than {@code WEGWIJS_TELEGRAM_MAX_BACKOFF}; anything else fails at once.
     */
    <T extends java.io.Serializable> T execute(BotApiMethod<T> method) {
        try {
            return retry.executeCheckedSupplier(() -> client.execute(method));
        } catch (Throwable e) {
            throw new TelegramSendFailed(method.getMethod(), e);
        }
    }

    private static Retry retry(TelegramProperties properties) {
        Retry retry = Retry.of("telegram", RetryConfig.custom()
                .maxAttempts(Math.max(1, properties.maxAttempts()))
                .retryOnException(TelegramReplySender::transientFailure)
                .intervalBiFunction((IntervalBiFunction<Object>) (attempt, outcome) ->
                        wait(attempt, outcome.isLeft() ? outcome.getLeft() : null, properties.maxBackoff()))
                .build());
        retry.getEventPublisher().onRetry(e -> log.warn("telegram call failed ({}); retry {} in {} ms",
                code(e.getLastThrowable()), e.getNumberOfRetryAttempts(), e.getWaitInterval().toMillis()));
        return retry;
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

    /** A call that failed for good, or whose retries are spent ({@link #transientFailure()}); says the method and status only. */
    static class TelegramSendFailed extends RuntimeException {

        private final boolean transientFailure;
        private final Duration retryAfter;

        TelegramSendFailed(String method, Throwable cause) {
            super("telegram " + method + " failed (" + code(cause) + ")", cause);
            this.transientFailure = TelegramReplySender.transientFailure(cause);
            this.retryAfter = TelegramReplySender.retryAfter(cause);
        }

        /** Telegram could not take it now (429, 5xx, unreachable): worth trying again later. */
        boolean transientFailure() {
            return transientFailure;
        }

        /** Telegram's retry_after of the last answer, if it gave one. */
        Duration retryAfter() {
            return retryAfter;
        }
    }
}
