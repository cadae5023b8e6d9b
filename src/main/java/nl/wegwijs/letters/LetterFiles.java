package nl.wegwijs.letters;

import java.io.IOException;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Channel;

/**
 * Port: fetches a photo or document a user sent on a channel, by the channel's file id, into memory.
 * A channel adapter implements it (Telegram: getFile, then its file URL under {@code TELEGRAM_API_URL}).
 */
public interface LetterFiles {

    Channel channel();

    /** The file's bytes, never written anywhere; {@link TooLarge} beyond {@code maxBytes}. */
    byte[] fetch(Attachment attachment, long maxBytes) throws IOException;

    final class TooLarge extends IOException {
        public TooLarge() {
            super("file larger than allowed");
        }
    }
}
