package nl.wegwijs.channel.web;

import java.io.IOException;
import java.util.Map;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.inbox.Inbox;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import nl.wegwijs.letters.Letters;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The web chat's upload button: {@code POST /api/chat/letter} (multipart: {@code conversationId},
 * {@code file}: a JPEG, PNG or PDF up to {@code WEGWIJS_LETTERS_MAX_SIZE}). Answers like
 * {@code POST /api/chat}, in line with the conversation's other messages. The file stays in memory
 * (see {@code spring.servlet.multipart}) and is gone when the request is.
 */
@RestController
class LetterUploadController {

    private final Letters letters;
    private final Inbox inbox;
    private final InterfaceText text;
    private final ConversationIds ids;

    LetterUploadController(Letters letters, Inbox inbox, InterfaceText text, ConversationIds ids) {
        this.letters = letters;
        this.ids = ids;
        this.inbox = inbox;
        this.text = text;
    }

    @PostMapping(path = "/api/chat/letter", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> upload(@RequestParam(required = false) String conversationId,
            @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BadChatRequest("file is missing: send a photo (JPEG, PNG) or a PDF as the part \"file\"");
        }
        if (conversationId != null && conversationId.length() > 64) {
            throw new BadChatRequest("conversationId is longer than 64 characters");
        }
        // as for messages: only an id the server issued continues a conversation
        String id = ids.verify(conversationId).orElseGet(ids::issue);
        ConversationKey key = new ConversationKey(Channel.WEB, id);
        byte[] bytes = file.getBytes();
        return inbox.inOrder(WebInbox.SOURCE, WebInbox.SOURCE + ":" + id,
                        () -> letters.explain(key, bytes, file.getContentType(), null))
                .<ResponseEntity<?>>map(reply -> ResponseEntity.ok(ChatResponse.of(id, reply)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                        .body(Map.of("error", text.get(Language.NL, "error.busy"))));
    }
}
