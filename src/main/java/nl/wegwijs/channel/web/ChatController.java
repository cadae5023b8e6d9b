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
import nl.wegwijs.handoff.ParentMailbox;
import nl.wegwijs.conversation.IdentityIssued;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;

    ChatController(Conversation conversation, List<ButtonCatalog> buttons, ParentMailbox mailbox, Inbox inbox,
            InterfaceText text, ApplicationEventPublisher events) {
        this.events = events;
        this.conversation = conversation;
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
    ChatResponse messages(@RequestParam(required = false) String conversationId) {
        if (conversationId == null || conversationId.isBlank()) {
            throw new BadChatRequest("conversationId is missing");
        }
        if (conversationId.length() > 64) {
            throw new BadChatRequest("conversationId is longer than 64 characters");
        }
        return ChatResponse.of(conversationId, mailbox.take(new ConversationKey(Channel.WEB, conversationId)));
    }

    /**
     * Synchronous for the caller, but in line with the conversation's other messages on every
     * replica: a double tap is answered twice, one after the other, never at once.
     */
    @PostMapping(path = "/api/chat", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> chat(@RequestBody(required = false) ChatRequest request) {
        InboundMessage message = toMessage(request);
        return inbox.inOrder(WebInbox.SOURCE, WebInbox.SOURCE + ":" + message.key().chatId(), () -> conversation.handle(message))
                .<ResponseEntity<?>>map(reply -> ResponseEntity.ok(ChatResponse.of(message.key().chatId(), reply)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                        .body(Map.of("error", text.get(Language.NL, "error.busy"))));
    }

    private InboundMessage toMessage(ChatRequest request) {
        if (request == null) {
            throw new BadChatRequest("the body must be JSON with conversationId and text or button");
        }
        String id = request.conversationId();
        if (id == null || id.isBlank()) {
            if (request.button() != null && !request.button().isBlank()) {
                throw new BadChatRequest("conversationId is missing: a button belongs to a conversation");
            }
            // A first message without an id starts a new conversation under an id the server makes
            // (DESIGN.md, web chat API); the reply carries it and the client continues with it.
            id = ConversationIds.issue();
            // only askers whose identity the server issued count for the reports' k (insights)
            events.publishEvent(new IdentityIssued(new ConversationKey(Channel.WEB, id), java.time.Instant.now()));
        }
        if (id.length() > 64) {
            throw new BadChatRequest("conversationId is longer than 64 characters");
        }
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
