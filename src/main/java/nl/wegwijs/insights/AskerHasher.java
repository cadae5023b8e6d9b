package nl.wegwijs.insights;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.wegwijs.conversation.ConversationKey;

/**
 * HMAC of the conversation key with the current month's key. The month is taken from the clock at the
 * moment of hashing, never from the event, so a late event cannot bring back a deleted month's key.
 */
final class AskerHasher {

    record Hashed(String month, String hash) {
    }

    private record MonthKey(YearMonth month, byte[] key) {
    }

    private final InsightStore.AskerKeys keys;
    private final Clock clock;
    private final ZoneId zone;
    private volatile MonthKey current;

    AskerHasher(InsightStore.AskerKeys keys, Clock clock, ZoneId zone) {
        this.keys = keys;
        this.clock = clock;
        this.zone = zone;
    }

    Hashed hash(ConversationKey conversation) {
        YearMonth month = YearMonth.now(clock.withZone(zone));
        MonthKey key = current;
        if (key == null || !key.month().equals(month)) {
            key = new MonthKey(month, keys.keyFor(month));
            current = key;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.key(), "HmacSHA256"));
            byte[] digest = mac.doFinal((conversation.channel().name() + ':' + conversation.chatId())
                    .getBytes(StandardCharsets.UTF_8));
            // 128 bits: collisions are negligible at any platform's scale
            return new Hashed(month.toString(), HexFormat.of().formatHex(digest, 0, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Forget a past month's key kept in memory once retention deleted it from the database. */
    void dropKeysBefore(YearMonth month) {
        MonthKey key = current;
        if (key != null && key.month().isBefore(month)) {
            current = null;
        }
    }
}
