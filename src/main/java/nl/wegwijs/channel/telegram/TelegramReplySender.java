package nl.wegwijs.channel.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
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
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends our messages to a chat as plain text (no parse mode, so nothing in the text can break
 * formatting and nothing needs escaping) with inline buttons on the last part. Honours 429's
 * {@code retry_after} and backs off on 5xx and network errors, so a reply survives a hiccup.
 */
class TelegramReplySender {

    private static final Logger log = LoggerFactory.getLogger(TelegramReplySender.class);
    private static final int BUTTONS_PER_ROW = 2;
    /** Telegram's limit for a media caption. */
    static final int CAPTION_LIMIT = 1024;

    private final TelegramClient client;
    private final TelegramProperties properties;
    private final Sleeper sleeper;

    TelegramReplySender(TelegramClient client, TelegramProperties properties, Sleeper sleeper) {
        this.client = client;
        this.properties = properties;
        this.sleeper = sleeper;
    }

    void send(long chatId, List<OutboundMessage> messages) {
        for (OutboundMessage message : messages) {
            List<String> parts = MessageSplitter.split(message.text(), MessageSplitter.LIMIT);
            for (int i = 0; i < parts.size(); i++) {
                var builder = SendMessage.builder().chatId(chatId).text(parts.get(i));
                if (i == parts.size() - 1 && !message.buttons().isEmpty()) {
                    builder.replyMarkup(keyboard(message.buttons()));
                }
                execute(builder.build());
            }
        }
    }

    /** Sends one message (split if long) into a chat or forum topic; @return the id of its last part. */
    long sendTo(long chatId, Integer threadId, String text, List<Button> buttons) {
        List<String> parts = MessageSplitter.split(text, MessageSplitter.LIMIT);
        Message last = null;
        for (int i = 0; i < parts.size(); i++) {
            var builder = SendMessage.builder().chatId(chatId).text(parts.get(i)).messageThreadId(threadId);
            if (i == parts.size() - 1 && !buttons.isEmpty()) {
                builder.replyMarkup(keyboard(buttons));
            }
            last = execute(builder.build());
        }
        return last == null || last.getMessageId() == null ? 0 : last.getMessageId();
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
        List<String> parts = MessageSplitter.split(rest, MessageSplitter.LIMIT);
        for (int i = 0; i < parts.size(); i++) {
            var builder = SendMessage.builder().chatId(chatId).text(parts.get(i)).messageThreadId(threadId);
            if (i == parts.size() - 1 && !buttons.isEmpty()) {
                builder.replyMarkup(keyboard(buttons));
            }
            last = once(builder.build());
        }
        return id(last);
    }

    private static long id(Message m) {
        return m == null || m.getMessageId() == null ? 0 : m.getMessageId();
    }

    private static PartialBotApiMethod<Message> media(long chatId, Integer threadId, Attachment media, InputFile file, String caption,
            List<Button> buttons) {
        String c = caption.isEmpty() ? null : caption;
        var markup = buttons.isEmpty() ? null : keyboard(buttons);
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

    static InlineKeyboardMarkup keyboard(List<Button> all) {
        List<Button> buttons = TelegramButtons.fit(all);
        if (buttons.isEmpty()) {
            return null;
        }
        var rows = new java.util.ArrayList<InlineKeyboardRow>();
        for (int i = 0; i < buttons.size(); i += BUTTONS_PER_ROW) {
            var row = new InlineKeyboardRow();
            for (Button b : buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW))) {
                row.add(InlineKeyboardButton.builder().text(b.label()).callbackData(b.value()).build());
            }
            rows.add(row);
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    <T extends java.io.Serializable> T execute(BotApiMethod<T> method) {
        Duration backoff = Duration.ofMillis(500);
        for (int attempt = 1; ; attempt++) {
            try {
                return client.execute(method);
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                boolean tooMany = code != null && code == 429;
                // No code: the answer was not Bot API JSON, as when a proxy in between fails.
                boolean serverError = code == null || code >= 500;
                if (!(tooMany || serverError) || attempt >= properties.maxAttempts()) {
                    throw new TelegramSendFailed(method.getMethod(), code, e);
                }
                Duration wait = tooMany && e.getParameters() != null && e.getParameters().getRetryAfter() != null
                        ? Duration.ofSeconds(e.getParameters().getRetryAfter()) : backoff;
                log.warn("telegram {} answered {}; retrying in {} ms", method.getMethod(), code, wait.toMillis());
                sleeper.sleep(min(wait, properties.maxBackoff()));
            } catch (TelegramApiException e) {
                if (!(e.getCause() instanceof IOException) || attempt >= properties.maxAttempts()) {
                    throw new TelegramSendFailed(method.getMethod(), null, e);
                }
                log.warn("telegram {} unreachable; retrying in {} ms", method.getMethod(), backoff.toMillis());
                sleeper.sleep(min(backoff, properties.maxBackoff()));
            }
            backoff = backoff.multipliedBy(2);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Waits between attempts; tests replace it so they need not sleep. */
    interface Sleeper {
        void sleep(Duration duration);

        static Sleeper real() {
            return d -> {
                try {
                    Thread.sleep(d.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TelegramSendFailed("sleep", null, e);
                }
            };
        }
    }

    static class TelegramSendFailed extends RuntimeException {
        TelegramSendFailed(String method, Integer code, Throwable cause) {
            super("telegram " + method + " failed" + (code == null ? "" : " with " + code), cause);
        }
    }
}
