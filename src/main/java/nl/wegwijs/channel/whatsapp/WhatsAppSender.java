package nl.wegwijs.channel.whatsapp;

import java.util.List;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.handoff.DeliveryFailed;
import nl.wegwijs.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/** Sends our messages to a WhatsApp user, fitted to WhatsApp's limits ({@link WhatsAppMessages}). */
class WhatsAppSender {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppSender.class);

    private final GraphApi api;
    private final WhatsAppMessages messages;
    private final WhatsAppProperties properties;

    WhatsAppSender(GraphApi api, WhatsAppMessages messages, WhatsAppProperties properties) {
        this.api = api;
        this.messages = messages;
        this.properties = properties;
    }

    /** A reply to what the user just wrote (inside the window), with retries on 429 and 5xx. */
    void send(String to, Language language, List<OutboundMessage> reply) {
        messages.fitAll(to, reply, language).forEach(api::postWithRetry);
    }

    /**
     * One attempt at a queued handoff message, translated for the relay queue: 429 and other
     * trouble come back as {@link DeliveryFailed} to be scheduled (no thread sleeps on it), a
     * recipient who cannot receive messages as unreachable.
     */
    void deliverOnce(String to, Language language, OutboundMessage message) {
        try {
            for (ObjectNode body : messages.fit(to, message, language)) {
                api.post(body);
            }
        } catch (GraphApiException e) {
            throw failed(e);
        } catch (RuntimeException e) {
            throw new DeliveryFailed(DeliveryFailed.Reason.FAILED, null, "whatsapp send failed", e);
        }
    }

    /**
     * One attempt at a file from an intermediary (already in memory): uploaded to our media store,
     * then sent by its new id with the text as its caption, or the text after it when it is longer
     * than a caption may be. 429 and 5xx come back as {@link DeliveryFailed}.
     *
     * @return false when Graph refused the file for good (a type WhatsApp does not take): nothing was sent
     */
    boolean deliverFile(String to, Language language, OutboundMessage message, nl.wegwijs.conversation.Attachment.Type type,
            byte[] bytes) {
        Upload upload = Upload.of(type, bytes);
        boolean captionFits = !upload.whatsAppType().equals("audio")
                && WhatsAppMessages.length(message.text()) <= WhatsAppMessages.BODY_LIMIT && message.buttons().isEmpty();
        try {
            String id = api.upload(bytes, upload.mimeType(), upload.filename());
            api.post(WhatsAppMessages.media(to, upload.whatsAppType(), id, captionFits ? message.text() : "", upload.filename()));
        } catch (GraphApiException e) {
            if (e.retryable() || e.code() == GraphApiException.UNDELIVERABLE || e.code() == GraphApiException.OUTSIDE_WINDOW) {
                throw failed(e);
            }
            log.warn("whatsapp refused an intermediary's {}: {}", type, e.getMessage());
            return false;
        } catch (RuntimeException e) {
            throw new DeliveryFailed(DeliveryFailed.Reason.FAILED, null, "whatsapp upload failed", e);
        }
        if (!captionFits) {
            deliverOnce(to, language, message);
        }
        return true;
    }

    /** How a file goes to WhatsApp: its message type, its MIME type and a name, taken from its first bytes. */
    record Upload(String whatsAppType, String mimeType, String filename) {
        static Upload of(nl.wegwijs.conversation.Attachment.Type type, byte[] b) {
            String mime = starts(b, 0, 0xFF, 0xD8) ? "image/jpeg"
                    : starts(b, 0, 0x89, 'P', 'N', 'G') ? "image/png"
                    : starts(b, 0, '%', 'P', 'D', 'F') ? "application/pdf"
                    : starts(b, 0, 'O', 'g', 'g', 'S') ? "audio/ogg"
                    : starts(b, 0, 'I', 'D', '3') ? "audio/mpeg"
                    : starts(b, 4, 'f', 't', 'y', 'p') ? "video/mp4"
                    : "application/octet-stream";
            String kind = switch (type) {
                case PHOTO -> mime.startsWith("image/") ? "image" : "document";
                case VOICE, AUDIO -> mime.startsWith("audio/") ? "audio" : "document";
                case VIDEO -> mime.equals("video/mp4") ? "video" : "document";
                case DOCUMENT -> "document";
            };
            String extension = switch (mime) {
                case "image/jpeg" -> "jpg";
                case "image/png" -> "png";
                case "application/pdf" -> "pdf";
                case "audio/ogg" -> "ogg";
                case "audio/mpeg" -> "mp3";
                case "video/mp4" -> "mp4";
                default -> "bin";
            };
            return new Upload(kind, mime, (kind.equals("image") ? "foto." : "bestand.") + extension);
        }

        private static boolean starts(byte[] b, int at, int... magic) {
            if (b.length < at + magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if ((b[at + i] & 0xff) != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    static DeliveryFailed failed(GraphApiException e) {
        if (e.status() == 429 || e.retryable()) {
            return new DeliveryFailed(DeliveryFailed.Reason.RETRY_LATER, e.retryAfter(), e.getMessage(), e);
        }
        if (e.code() == GraphApiException.UNDELIVERABLE) {
            return new DeliveryFailed(DeliveryFailed.Reason.UNREACHABLE, null, e.getMessage(), e);
        }
        return new DeliveryFailed(DeliveryFailed.Reason.FAILED, null, e.getMessage(), e);
    }

    /** The approved "you have a new message" template, in the parent's language where it is approved. */
    void relayNotice(String to, Language language) {
        String code = language != null && properties.templateLanguages().contains(language.code()) ? language.code()
                : properties.templateLanguages().isEmpty() ? "nl" : properties.templateLanguages().get(0);
        try {
            api.post(WhatsAppMessages.template(to, properties.relayTemplate(), code));
        } catch (GraphApiException e) {
            throw failed(e);
        }
    }

    /** Blue ticks: the parent sees their message was read. Never worth delaying or failing an answer for. */
    void markRead(String messageId) {
        try {
            api.post(WhatsAppMessages.read(messageId));
        } catch (RuntimeException e) {
            log.debug("read receipt not sent: {}", e.getClass().getSimpleName());
        }
    }
}
