package nl.wegwijs.channel.telegram;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.handoff.DeliveryFailed;
import nl.wegwijs.handoff.IntermediaryAddress;
import nl.wegwijs.handoff.IntermediaryOutbox;
import nl.wegwijs.letters.LetterFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.telegram.telegrambots.meta.api.objects.InputFile;

/**
 * The handoff's messages to intermediaries, in their private chat or their organisation's forum
 * topic. A photo or document from a parent on another channel (WhatsApp) has an id Telegram does
 * not know: it is fetched from that channel into memory (its {@link LetterFiles}) and uploaded.
 */
class TelegramIntermediaryOutbox implements IntermediaryOutbox {

    private static final Logger log = LoggerFactory.getLogger(TelegramIntermediaryOutbox.class);
    /** What a bot may upload: photos up to 10 MB, other files up to 50 MB. */
    static final long PHOTO_LIMIT = 10L * 1024 * 1024;
    static final long FILE_LIMIT = 50L * 1024 * 1024;

    private final TelegramReplySender sender;
    private final ObjectProvider<LetterFiles> files;

    TelegramIntermediaryOutbox(TelegramReplySender sender, ObjectProvider<LetterFiles> files) {
        this.sender = sender;
        this.files = files;
    }

    @Override
    public long send(IntermediaryAddress to, String text, List<Button> buttons) {
        return sender.sendTo(to.chatId(), to.threadId() == null ? null : to.threadId().intValue(), text, buttons);
    }

    @Override
    public long deliver(IntermediaryAddress to, String text, Attachment media, List<Button> buttons) {
        return sender.deliver(to.chatId(), thread(to), text, media, buttons);
    }

    @Override
    public long deliver(IntermediaryAddress to, String text, Attachment media, Channel from, List<Button> buttons) {
        if (media == null || from == null || from == Channel.TELEGRAM) {
            return deliver(to, text, media, buttons);
        }
        LetterFiles source = files.orderedStream().filter(f -> f.channel() == from).findFirst().orElse(null);
        if (source == null) {
            return sender.deliver(to.chatId(), thread(to), text, null, buttons);
        }
        byte[] bytes;
        try {
            bytes = source.fetch(media, media.type() == Attachment.Type.PHOTO ? PHOTO_LIMIT : FILE_LIMIT);
        } catch (LetterFiles.TooLarge e) {
            // Never sendable: the intermediary still learns a file came (the text says what), not the file.
            log.warn("a parent's {} is too large to relay to telegram", media.type());
            return sender.deliver(to.chatId(), thread(to), text, null, buttons);
        } catch (IOException e) {
            throw new DeliveryFailed(DeliveryFailed.Reason.FAILED, null, "fetching a parent's file failed", e);
        }
        InputFile file = new InputFile(new ByteArrayInputStream(bytes), filename(media, bytes));
        return sender.deliver(to.chatId(), thread(to), text, media, file, buttons);
    }

    /** Telegram shows a document by its name: the kind of file, taken from its first bytes. */
    static String filename(Attachment media, byte[] bytes) {
        String extension = bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' ? "pdf"
                : bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' ? "png"
                : bytes.length > 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 ? "jpg"
                : "bin";
        return (media.type() == Attachment.Type.PHOTO ? "foto." : "document.") + extension;
    }

    private static Integer thread(IntermediaryAddress to) {
        return to.threadId() == null ? null : to.threadId().intValue();
    }

    @Override
    public void edit(IntermediaryAddress to, long messageId, String text) {
        sender.edit(to.chatId(), messageId, text);
    }

    @Override
    public long openTopic(long groupChatId, String title) {
        return sender.createTopic(groupChatId, title);
    }
}
