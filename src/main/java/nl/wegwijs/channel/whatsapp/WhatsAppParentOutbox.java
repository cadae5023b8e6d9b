package nl.wegwijs.channel.whatsapp;

import java.io.IOException;
import java.util.List;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.ConversationState;
import nl.wegwijs.conversation.ConversationStore;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.handoff.DeliveryFailed;
import nl.wegwijs.handoff.ParentOutbox;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import nl.wegwijs.letters.LetterFiles;
import nl.wegwijs.window.HeldMessage;
import nl.wegwijs.window.MessagingWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The handoff's messages to a WhatsApp parent (an intermediary's answer, a claim, a long wait),
 * within WhatsApp's 24-hour window. After it, WhatsApp allows only an approved template: the parent
 * gets the configured "you have a new message, reply to read it" once, and the messages wait in
 * the database ({@link MessagingWindow}) until the parent writes again, then go out first.
 */
class WhatsAppParentOutbox implements ParentOutbox {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppParentOutbox.class);

    private final WhatsAppSender sender;
    private final MessagingWindow window;
    private final ConversationStore conversations;
    private final WhatsAppProperties properties;
    private final ObjectProvider<LetterFiles> files;
    private final InterfaceText text;

    WhatsAppParentOutbox(WhatsAppSender sender, MessagingWindow window, ConversationStore conversations,
            WhatsAppProperties properties, ObjectProvider<LetterFiles> files, InterfaceText text) {
        this.files = files;
        this.text = text;
        this.sender = sender;
        this.window = window;
        this.conversations = conversations;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public void send(ConversationKey parent, List<OutboundMessage> messages) {
        messages.forEach(m -> deliver(parent, m, null));
    }

    /**
     * One attempt. An intermediary's photo, document, voice note or video goes by a Telegram file id,
     * which means nothing to WhatsApp: it is fetched from Telegram into memory (Telegram's
     * {@link LetterFiles}) and uploaded to Graph, then sent by its new media id with its caption
     * (headed with who sent it). A file WhatsApp cannot take, or Telegram will not hand over: the
     * caption with a note that a file could not be passed on.
     */
    @Override
    public void deliver(ConversationKey parent, OutboundMessage message, Attachment media) {
        Language language = languageOf(parent);
        if (window.isOpen(parent, properties.window())) {
            try {
                release(parent);
                deliverOnce(parent, language, message, media);
                return;
            } catch (DeliveryFailed e) {
                if (!(e.getCause() instanceof GraphApiException g && g.code() == GraphApiException.OUTSIDE_WINDOW)) {
                    throw e;
                }
                // WhatsApp counts the window from its own clock: it has closed after all.
            }
        }
        if (window.claimNotice(parent)) {
            try {
                sender.relayNotice(parent.chatId(), language);
            } catch (RuntimeException e) {
                window.releaseNotice(parent);
                throw e;
            }
        }
        window.hold(parent, language, message, media);
    }

    private void deliverOnce(ConversationKey parent, Language language, OutboundMessage message, Attachment media) {
        if (media == null) {
            sender.deliverOnce(parent.chatId(), language, message);
            return;
        }
        LetterFiles source = files.orderedStream().filter(f -> f.channel() == Channel.TELEGRAM).findFirst().orElse(null);
        byte[] bytes = null;
        try {
            bytes = source == null ? null : source.fetch(media, limit(media.type()));
        } catch (IOException e) {
            // Too large for WhatsApp, or Telegram will not hand it over (a bot fetches at most 20 MB):
            // retrying would block this parent's queue for good, so the parent is told instead.
            log.warn("an intermediary's {} could not be fetched for whatsapp: {}", media.type(), e.getClass().getSimpleName());
        }
        if (bytes == null || !sender.deliverFile(parent.chatId(), language, message, media.type(), bytes)) {
            sender.deliverOnce(parent.chatId(), language, OutboundMessage.of(
                    message.text() + "\n" + text.get(language, "handoff.media.not-relayed"), message.buttons()));
        }
    }

    /** WhatsApp's limits for what a business sends: images 5 MB, audio and video 16 MB, documents 100 MB. */
    static long limit(Attachment.Type type) {
        return switch (type) {
            case PHOTO -> 5L * 1024 * 1024;
            case VOICE, AUDIO, VIDEO -> 16L * 1024 * 1024;
            case DOCUMENT -> 100L * 1024 * 1024;
        };
    }

    /** Sends what waited for the parent, oldest first; called once the parent has written again. */
    void release(ConversationKey parent) {
        for (HeldMessage held : window.held(parent)) {
            if (!window.take(held)) {
                continue;
            }
            try {
                if (held.media() == null) {
                    sender.send(parent.chatId(), held.language(), List.of(held.message()));
                } else {
                    deliverOnce(parent, held.language(), held.message(), held.media());
                }
            } catch (RuntimeException e) {
                // Kept for the next time the parent writes, rather than lost.
                window.hold(parent, held.language(), held.message(), held.media());
                log.warn("a held whatsapp message could not be sent; kept: {}", e.getClass().getSimpleName());
                return;
            }
        }
    }

    private Language languageOf(ConversationKey parent) {
        try {
            return conversations.find(parent).map(ConversationState::language).orElse(Language.NL);
        } catch (RuntimeException e) {
            return Language.NL;
        }
    }
}
