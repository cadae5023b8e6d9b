package nl.wegwijs.channel.web;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The only credential of a web conversation, so the server makes it and nobody else can:
 * 128 random bits and the moment of issue, signed with HMAC-SHA256 under the replicas' shared key.
 * An id that does not verify or has outlived its lifetime is treated exactly like one never issued.
 */
final class ConversationIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final int RANDOM_BYTES = 16;
    private static final int TAG_BYTES = 16;

    private final byte[] key;
    private final Duration lifetime;
    private final Clock clock;
    private final java.util.function.Consumer<String> onIssue;

    ConversationIds(byte[] key, Duration lifetime, Clock clock) {
        this(key, lifetime, clock, id -> { });
    }

    /** {@code onIssue} hears of every new id (the reports count only askers the server issued one to). */
    ConversationIds(byte[] key, Duration lifetime, Clock clock, java.util.function.Consumer<String> onIssue) {
        this.onIssue = onIssue;
        if (key.length < 32) {
            throw new IllegalArgumentException("the web id key must have at least 32 bytes");
        }
        this.key = key.clone();
        this.lifetime = lifetime;
        this.clock = clock;
    }

    String issue() {
        ByteBuffer body = ByteBuffer.allocate(RANDOM_BYTES + Long.BYTES);
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        body.put(random).putLong(clock.instant().getEpochSecond());
        String payload = B64.encodeToString(body.array());
        String id = "w-" + payload + "." + B64.encodeToString(tag(payload));
        onIssue.accept(id);
        return id;
    }

    /** The id itself when the server issued it and it is still valid; empty for anything else. */
    Optional<String> verify(String id) {
        if (id == null || id.length() > 64 || !id.startsWith("w-")) {
            return Optional.empty();
        }
        int dot = id.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String payload = id.substring(2, dot);
        try {
            byte[] body = B64D.decode(payload);
            // compared as text, so another spelling of the same bits (base64's spare low bits) is a stranger too
            byte[] given = id.substring(dot + 1).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] expected = B64.encodeToString(tag(payload)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            if (body.length != RANDOM_BYTES + Long.BYTES || !payload.equals(B64.encodeToString(body))
                    || !MessageDigest.isEqual(given, expected)) {
                return Optional.empty();
            }
            Instant issued = Instant.ofEpochSecond(ByteBuffer.wrap(body, RANDOM_BYTES, Long.BYTES).getLong());
            Instant now = clock.instant();
            if (issued.isAfter(now.plusSeconds(300)) || issued.plus(lifetime).isBefore(now)) {
                return Optional.empty();
            }
            return Optional.of(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] tag(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] full = mac.doFinal(("wegwijs-web-id:" + payload).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return java.util.Arrays.copyOf(full, TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
