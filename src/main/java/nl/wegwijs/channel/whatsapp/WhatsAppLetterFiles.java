package nl.wegwijs.channel.whatsapp;

import java.io.IOException;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.letters.LetterFiles;

/**
 * Fetches a photo or document a WhatsApp user sent, into memory, by its media id: Graph's media
 * object first (its address expires within minutes), then the bytes, never beyond the size limit.
 * Serves the letters feature and the handoff's relay of a parent's photo to a Telegram intermediary.
 */
class WhatsAppLetterFiles implements LetterFiles {

    private final GraphApi api;

    WhatsAppLetterFiles(GraphApi api) {
        this.api = api;
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public byte[] fetch(Attachment attachment, long maxBytes) throws IOException {
        try {
            return api.download(attachment.fileId(), maxBytes).bytes();
        } catch (GraphApi.TooLarge e) {
            throw new TooLarge();
        } catch (RuntimeException e) {
            throw new IOException("whatsapp media download failed", e);
        }
    }
}
