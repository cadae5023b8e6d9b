package nl.wegwijs.channel.telegram;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.handoff.DeskText;
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
    private final DeskText desk;

    TelegramIntermediaryOutbox(TelegramReplySender sender, ObjectProvider<LetterFiles> files, DeskText desk) {
        this.sender = sender;
        this.files = files;
        this.desk = desk;
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
        byte[] bytes = null;
        try {
            bytes = source == null ? null : source.fetch(media, media.type() == Attachment.Type.PHOTO ? PHOTO_LIMIT : FILE_LIMIT);
        } catch (IOException e) {
            // Too large for a bot to upload, or gone (Graph keeps media 30 days; its download is
            // already retried): retrying would block this chat's queue for good, so she is told.
            log.warn("a parent's {} could not be relayed to telegram: {}", media.type(), e.getClass().getSimpleName());
        }
        if (bytes == null) {
            return sender.deliver(to.chatId(), thread(to), text + "\n" + desk.get("desk.media.not-relayed"), null, buttons);
        }
        InputFile file = new InputFile(new ByteArrayInputStream(bytes), filename(media, bytes));
        return sender.deliver(to.chatId(), thread(to), text, media, file, buttons);
    }

    /** Telegram shows a document by its name: the kind of file, taken from its first bytes. */
    static String filename(Attachment media, byte[] bytes) {
        String extension = bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' ? "pdf"
                : bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' ? "png"
                : bytes.length > 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 ? "jpg"
                : bytes.length > 4 && bytes[0] == 'O' && bytes[1] == 'g' && bytes[2] == 'g' && bytes[3] == 'S' ? "ogg"
                : bytes.length > 8 && bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p' ? "mp4"
                : "bin";
        String name = switch (media.type()) {
            case PHOTO -> "foto.";
            case VOICE -> "spraakbericht.";
            case AUDIO -> "geluid.";
            case VIDEO -> "video.";
            case DOCUMENT -> "document.";
        };
        return name + extension;
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
