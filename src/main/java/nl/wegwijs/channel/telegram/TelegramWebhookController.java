package nl.wegwijs.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: Telegram posts each update here, so any replica behind the Service can take it.
 * Answers 200 only once the update is stored in the durable inbox (a retry of a stored one is a
 * no-op), and 503 while the inbox is full, so Telegram retries later. Only requests carrying the
 * shared secret are accepted.
 */
@RestController
@ConditionalOnExpression("!'${wegwijs.telegram.token:}'.isBlank() && !'${wegwijs.telegram.webhook-url:}'.isBlank()")
class TelegramWebhookController {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final TelegramUpdateHandler handler;
    private final byte[] secret;

    TelegramWebhookController(TelegramUpdateHandler handler, TelegramProperties properties) {
        this.handler = handler;
        this.secret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/telegram/webhook")
    ResponseEntity<Void> update(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String token,
            @RequestBody String body) {
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(401).build();
        }
        Update update;
        try {
            update = JSON.readValue(body, Update.class);
        } catch (Exception e) {
            // Telegram would resend a refused update forever; a malformed one is dropped.
            return ResponseEntity.ok().build();
        }
        boolean stored;
        try {
            stored = handler.intake(update, body).acknowledged();
        } catch (RuntimeException e) {
            // Not stored (the database is unreachable): Telegram must keep it and retry.
            stored = false;
        }
        return stored ? ResponseEntity.ok().build() : ResponseEntity.status(503).header("Retry-After", "5").build();
    }
}
