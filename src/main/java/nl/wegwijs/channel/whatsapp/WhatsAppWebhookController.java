package nl.wegwijs.channel.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The Cloud API's webhook. GET: Meta's one-time check when the webhook is registered, answered with
 * its challenge only for our verify token. POST: a delivery, accepted only with a valid
 * {@code X-Hub-Signature-256} (HMAC-SHA256 of the raw body with the app secret); 200 only once
 * every message in it is stored in the durable inbox, 503 otherwise so Meta delivers it again.
 */
@RestController
@ConditionalOnExpression("!'${wegwijs.whatsapp.access-token:}'.isBlank() && !'${wegwijs.whatsapp.phone-number-id:}'.isBlank()")
class WhatsAppWebhookController {

    static final String PATH = "/whatsapp/webhook";
    private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhookController.class);

    private final WhatsAppInbox inbox;
    private final byte[] appSecret;
    private final byte[] verifyToken;

    WhatsAppWebhookController(WhatsAppInbox inbox, WhatsAppProperties properties) {
        properties.requireSecrets();
        this.inbox = inbox;
        this.appSecret = properties.appSecret().getBytes(StandardCharsets.UTF_8);
        this.verifyToken = properties.verifyToken().getBytes(StandardCharsets.UTF_8);
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if ("subscribe".equals(mode) && token != null && challenge != null
                && MessageDigest.isEqual(verifyToken, token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.ok(challenge);
        }
        return ResponseEntity.status(403).build();
    }

    @PostMapping(PATH)
    ResponseEntity<Void> deliver(@RequestHeader(name = "X-Hub-Signature-256", required = false) String signature,
            @RequestBody byte[] body) {
        if (!signedByMeta(signature, body)) {
            return ResponseEntity.status(401).build();
        }
        List<WebhookMapper.WhatsAppInbound> messages;
        try {
            JsonNode payload = GraphApi.JSON.readTree(body);
            messages = WebhookMapper.messages(payload);
        } catch (RuntimeException e) {
            // Signed but unreadable: Meta would resend it for days; nothing in it can be answered.
            log.warn("signed whatsapp delivery unreadable; dropped");
            return ResponseEntity.ok().build();
        }
        boolean stored = true;
        for (WebhookMapper.WhatsAppInbound message : messages) {
            try {
                stored &= inbox.intake(message).acknowledged();
            } catch (RuntimeException e) {
                // Not stored (the database is unreachable): Meta must keep the delivery and retry.
                stored = false;
            }
        }
        return stored ? ResponseEntity.ok().build() : ResponseEntity.status(503).header("Retry-After", "5").build();
    }

    /** Compares in constant time, over the raw bytes as they arrived (re-serialised JSON would not match). */
    private boolean signedByMeta(String header, byte[] body) {
        if (header == null || !header.startsWith("sha256=")) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret, "HmacSHA256"));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, header.substring("sha256=".length()).toLowerCase(java.util.Locale.ROOT)
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
