package nl.wegwijs.channel.whatsapp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.InboundMessage;
import nl.wegwijs.conversation.MessageKind;
import tools.jackson.databind.JsonNode;

/**
 * Turns the Cloud API's webhook JSON into our own {@link InboundMessage}s: the rest of the system
 * never sees WhatsApp's shapes. Delivery and read statuses, reactions and anything without a
 * sender are dropped. The sender's profile name is never read.
 */
final class WebhookMapper {

    /** One message from a WhatsApp user, with the id its read receipt names and a photo's or document's media id. */
    record WhatsAppInbound(String from, String messageId, InboundMessage message, String mediaId, JsonNode raw) {
        @Override
        public String toString() {
            return "WhatsAppInbound[" + message.kind() + "]";
        }
    }

    private WebhookMapper() {
    }

    /** Every user message in a webhook delivery, in the order WhatsApp listed them. */
    static List<WhatsAppInbound> messages(JsonNode payload) {
        List<WhatsAppInbound> found = new ArrayList<>();
        for (JsonNode entry : payload.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                for (JsonNode message : change.path("value").path("messages")) {
                    map(message).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    static Optional<WhatsAppInbound> map(JsonNode m) {
        String from = m.path("from").asString("");
        String id = m.path("id").asString("");
        if (from.isBlank() || id.isBlank() || from.length() > 64) {
            return Optional.empty();
        }
        String type = m.path("type").asString("");
        MessageKind kind;
        String text = "";
        String media = null;
        Attachment attachment = null;
        switch (type) {
            case "text" -> {
                kind = MessageKind.TEXT;
                text = m.path("text").path("body").asString("");
            }
            case "interactive" -> {
                JsonNode reply = m.path("interactive").has("button_reply") ? m.path("interactive").path("button_reply")
                        : m.path("interactive").path("list_reply");
                if (reply.path("id").asString("").isEmpty()) {
                    return Optional.empty();
                }
                kind = MessageKind.BUTTON;
                text = reply.path("id").asString();
            }
            // A quick reply on a template ("reply to read it") is what the parent typed in effect.
            case "button" -> {
                kind = MessageKind.TEXT;
                text = m.path("button").path("text").asString("");
            }
            case "image" -> {
                kind = MessageKind.PHOTO;
                media = m.path("image").path("id").asString(null);
                attachment = attachment(Attachment.Type.PHOTO, media, m.path("image"));
            }
            case "document" -> {
                kind = MessageKind.DOCUMENT;
                media = m.path("document").path("id").asString(null);
                attachment = attachment(Attachment.Type.DOCUMENT, media, m.path("document"));
            }
            // Not read by the bot (as on Telegram), but relayed to the intermediary inside a handoff.
            case "audio" -> {
                kind = MessageKind.VOICE;
                media = m.path("audio").path("id").asString(null);
                attachment = attachment(m.path("audio").path("voice").asBoolean(false) ? Attachment.Type.VOICE : Attachment.Type.AUDIO,
                        media, m.path("audio"));
            }
            case "video" -> {
                kind = MessageKind.VIDEO;
                media = m.path("video").path("id").asString(null);
                attachment = attachment(Attachment.Type.VIDEO, media, m.path("video"));
            }
            case "sticker" -> kind = MessageKind.STICKER;
            case "location" -> kind = MessageKind.LOCATION;
            case "contacts" -> kind = MessageKind.CONTACT;
            case "reaction" -> {
                return Optional.empty();
            }
            default -> kind = MessageKind.OTHER;
        }
        long seconds = m.path("timestamp").asLong(0);
        Instant sent = seconds > 0 ? Instant.ofEpochSecond(seconds) : Instant.now();
        return Optional.of(new WhatsAppInbound(from, id, new InboundMessage(key(from), kind, text, sent, attachment), media, m));
    }

    /**
     * A photo, document, voice note or video by its WhatsApp media id, with its caption: the letters feature reads a photo or document
     * through {@link WhatsAppLetterFiles}; inside a handoff the Telegram side fetches it through the
     * same port and uploads it (a media id means nothing to Telegram).
     */
    private static Attachment attachment(Attachment.Type type, String mediaId, JsonNode media) {
        return mediaId == null || mediaId.isBlank() ? null : new Attachment(type, mediaId, media.path("caption").asString(""));
    }

    static ConversationKey key(String waId) {
        return new ConversationKey(Channel.WHATSAPP, waId);
    }
}
