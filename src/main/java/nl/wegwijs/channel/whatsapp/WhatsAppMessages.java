package nl.wegwijs.channel.whatsapp;

import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.channel.MessageSplitter;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fits the core's text and choices to WhatsApp's limits: a text message holds 4,096 characters, an
 * interactive body 1,024; up to three choices whose labels fit 20 characters become reply buttons,
 * anything else a list (at most ten rows per list, titles of 24 characters with the rest of a long
 * label as the row's description). A choice whose value is too long for an id is left off.
 */
final class WhatsAppMessages {

    static final int TEXT_LIMIT = 4096;
    static final int BODY_LIMIT = 1024;
    static final int MAX_BUTTONS = 3;
    static final int BUTTON_TITLE_LIMIT = 20;
    static final int MAX_ROWS = 10;
    static final int ROW_TITLE_LIMIT = 24;
    static final int ROW_DESCRIPTION_LIMIT = 72;
    static final int ROW_ID_LIMIT = 200;

    private final InterfaceText text;

    WhatsAppMessages(InterfaceText text) {
        this.text = text;
    }

    /** The Graph API bodies that carry a whole reply (several of our messages) to {@code to}, in order. */
    List<ObjectNode> fitAll(String to, List<OutboundMessage> reply, Language language) {
        return reply.stream().flatMap(message -> fit(to, message, language).stream()).toList();
    }

    /** The Graph API bodies that carry one of our messages to {@code to}, in order. */
    List<ObjectNode> fit(String to, OutboundMessage message, Language language) {
        List<ObjectNode> bodies = new ArrayList<>();
        List<Button> choices = message.buttons().stream().filter(b -> b.value().length() <= ROW_ID_LIMIT).toList();
        List<String> parts = new ArrayList<>(MessageSplitter.split(message.text(), TEXT_LIMIT));
        if (choices.isEmpty()) {
            parts.stream().filter(p -> !p.isBlank()).forEach(p -> bodies.add(text(to, p)));
            return bodies;
        }
        // The choices ride on the last part, which must fit an interactive body.
        String last = parts.remove(parts.size() - 1);
        List<String> tail = new ArrayList<>(MessageSplitter.split(last, BODY_LIMIT));
        String body = tail.remove(tail.size() - 1);
        parts.addAll(tail);
        parts.stream().filter(p -> !p.isBlank()).forEach(p -> bodies.add(text(to, p)));
        if (body.isBlank()) {
            body = "\u2026";
        }
        boolean buttonsFit = choices.size() <= MAX_BUTTONS
                && choices.stream().allMatch(b -> !b.label().isBlank() && length(b.label()) <= BUTTON_TITLE_LIMIT);
        if (buttonsFit) {
            bodies.add(buttons(to, body, choices));
            return bodies;
        }
        Language lang = language == null ? Language.NL : language;
        for (int i = 0; i < choices.size(); i += MAX_ROWS) {
            bodies.add(list(to, i == 0 ? body : text.get(lang, "whatsapp.more"), text.get(lang, "whatsapp.choose"),
                    choices.subList(i, Math.min(choices.size(), i + MAX_ROWS))));
        }
        return bodies;
    }

    static ObjectNode text(String to, String body) {
        ObjectNode m = envelope(to, "text");
        m.putObject("text").put("preview_url", false).put("body", body);
        return m;
    }

    static ObjectNode template(String to, String name, String languageCode) {
        ObjectNode m = envelope(to, "template");
        ObjectNode template = m.putObject("template").put("name", name);
        template.putObject("language").put("code", languageCode);
        return m;
    }

    /**
     * A photo, document, voice note or video we uploaded, by its media id; the caption (image,
     * document and video only; at most {@link #BODY_LIMIT}) is empty when it does not fit.
     */
    static ObjectNode media(String to, String type, String mediaId, String caption, String filename) {
        ObjectNode m = envelope(to, type);
        ObjectNode media = m.putObject(type).put("id", mediaId);
        if (!"audio".equals(type) && caption != null && !caption.isBlank() && length(caption) <= BODY_LIMIT) {
            media.put("caption", caption);
        }
        if ("document".equals(type) && filename != null) {
            media.put("filename", filename);
        }
        return m;
    }

    static ObjectNode read(String messageId) {
        ObjectNode m = GraphApi.JSON.createObjectNode();
        m.put("messaging_product", "whatsapp").put("status", "read").put("message_id", messageId);
        return m;
    }

    private static ObjectNode buttons(String to, String body, List<Button> choices) {
        ObjectNode m = envelope(to, "interactive");
        ObjectNode interactive = m.putObject("interactive").put("type", "button");
        interactive.putObject("body").put("text", body);
        ArrayNode buttons = interactive.putObject("action").putArray("buttons");
        for (Button b : choices) {
            buttons.addObject().put("type", "reply").putObject("reply").put("id", b.value()).put("title", b.label().strip());
        }
        return m;
    }

    private static ObjectNode list(String to, String body, String open, List<Button> choices) {
        ObjectNode m = envelope(to, "interactive");
        ObjectNode interactive = m.putObject("interactive").put("type", "list");
        interactive.putObject("body").put("text", body);
        ObjectNode action = interactive.putObject("action").put("button", cut(open, BUTTON_TITLE_LIMIT));
        ArrayNode rows = action.putArray("sections").addObject().putArray("rows");
        for (Button b : choices) {
            String label = b.label().isBlank() ? b.value() : b.label().strip();
            ObjectNode row = rows.addObject().put("id", b.value()).put("title", cut(label, ROW_TITLE_LIMIT));
            if (length(label) > ROW_TITLE_LIMIT) {
                row.put("description", cut(label, ROW_DESCRIPTION_LIMIT));
            }
        }
        return m;
    }

    private static ObjectNode envelope(String to, String type) {
        ObjectNode m = GraphApi.JSON.createObjectNode();
        m.put("messaging_product", "whatsapp").put("recipient_type", "individual").put("to", to).put("type", type);
        return m;
    }

    /** Characters as WhatsApp counts them (code points, so an emoji or an Arabic letter is one). */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** At most {@code limit} characters, ending in an ellipsis when cut, never inside a surrogate pair. */
    static String cut(String s, int limit) {
        if (length(s) <= limit) {
            return s;
        }
        int end = s.offsetByCodePoints(0, limit - 1);
        return s.substring(0, end).stripTrailing() + "\u2026";
    }
}
