package nl.wegwijs.channel.web;

import java.util.List;
import java.util.Map;
import nl.wegwijs.inbox.Inbox;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import nl.wegwijs.conversation.ButtonCatalog;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.Conversation;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.InboundMessage;
import nl.wegwijs.conversation.ConversationState;
import nl.wegwijs.conversation.ConversationStore;
import nl.wegwijs.limits.KeyedLimits;
import nl.wegwijs.handoff.ParentMailbox;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The web chat API: a thin edge that validates and hands over to the conversation pipeline. */
@RestController
class ChatController {

    private final Conversation conversation;
    private final List<ButtonCatalog> buttons;
    private final ParentMailbox mailbox;
    private final Inbox inbox;
    private final InterfaceText text;
    private final ConversationIds ids;
    private final ConversationLimits limits;
    private final ConversationStore store;

    ChatController(Conversation conversation, List<ButtonCatalog> buttons, ParentMailbox mailbox, Inbox inbox,
            InterfaceText text, ConversationIds ids, ConversationLimits limits, ConversationStore store) {
        this.conversation = conversation;
        this.ids = ids;
        this.limits = limits;
        this.store = store;
        this.inbox = inbox;
        this.text = text;
        this.buttons = buttons;
        this.mailbox = mailbox;
    }

    /**
     * Messages that came outside a reply (an intermediary's answer during a handoff), in the same
     * shape as POST /api/chat; each is handed over once. The page polls this while a handoff is open.
     */
    @GetMapping(path = "/api/chat/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> messages(@RequestParam(required = false) String conversationId) {
        if (conversationId == null || conversationId.isBlank()) {
            throw new BadChatRequest("conversationId is missing");
        }
        if (conversationId.length() > 64) {
            throw new BadChatRequest("conversationId is longer than 64 characters");
        }
        // Only the holder of an issued id reads its messages; any other id gets one and the same
        // answer, so the endpoint tells nobody whether a conversation exists or what its language is.
        return ids.verify(conversationId)
                .<ResponseEntity<?>>map(id -> ResponseEntity.ok(ChatResponse.of(id, mailbox.take(new ConversationKey(Channel.WEB, id)))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("error", "unknown or expired conversation: start a new one with POST /api/chat")));
    }

    /**
     * Synchronous for the caller, but in line with the conversation's other messages on every
     * replica: a double tap is answered twice, one after the other, never at once.
     */
    @PostMapping(path = "/api/chat", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> chat(@RequestBody(required = false) ChatRequest request) {
        InboundMessage message = toMessage(request);
        var verdict = limits.check(message.key().chatId());
        if (verdict != KeyedLimits.Verdict.ALLOWED) {
            // said once in the conversation's own language; after that only the short refusal
            Language language = store.find(message.key()).map(ConversationState::language).orElse(Language.NL);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60")
                    .body(Map.of("error", text.get(language, verdict == KeyedLimits.Verdict.SLOW_DOWN ? "limits.slow" : "limits.dropped"),
                            "conversationId", message.key().chatId()));
        }
        return inbox.inOrder(WebInbox.SOURCE, WebInbox.SOURCE + ":" + message.key().chatId(), () -> conversation.handle(message))
                .<ResponseEntity<?>>map(reply -> ResponseEntity.ok(ChatResponse.of(message.key().chatId(), reply)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                        .body(Map.of("error", text.get(Language.NL, "error.busy"))));
    }

    private InboundMessage toMessage(ChatRequest request) {
        if (request == null) {
            throw new BadChatRequest("the body must be JSON with conversationId and text or button");
        }
        String given = request.conversationId();
        if ((given == null || given.isBlank()) && request.button() != null && !request.button().isBlank()) {
            throw new BadChatRequest("conversationId is missing: a button belongs to a conversation");
        }
        if (given != null && given.length() > 64) {
            throw new BadChatRequest("conversationId is longer than 64 characters");
        }
        // Only ids the server issued continue a conversation; a message without one, or with an id
        // the server never signed or that has expired, starts a new conversation under a fresh id
        // (DESIGN.md, web chat API). The reply carries it and the client continues with it.
        String id = ids.verify(given).orElseGet(ids::issue);
        ConversationKey key = new ConversationKey(Channel.WEB, id);
        boolean hasText = request.text() != null && !request.text().isBlank();
        boolean hasButton = request.button() != null && !request.button().isBlank();
        if (hasText == hasButton) {
            throw new BadChatRequest(hasText ? "send either text or button, not both" : "text or button is missing");
        }
        if (hasButton) {
            if (buttons.stream().noneMatch(b -> b.knows(request.button()))) {
                throw new BadChatRequest("unknown button");
            }
            return InboundMessage.button(key, request.button());
        }
        if (request.text().length() > InboundMessage.MAX_TEXT) {
            throw new BadChatRequest("text is longer than " + InboundMessage.MAX_TEXT + " characters");
        }
        return InboundMessage.text(key, request.text());
    }
}
