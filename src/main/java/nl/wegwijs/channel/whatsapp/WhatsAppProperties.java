package nl.wegwijs.channel.whatsapp;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * WhatsApp (Business Cloud API) is on when an access token and a phone number id are set, from the
 * environment only ({@code WHATSAPP_ACCESS_TOKEN}, {@code WHATSAPP_PHONE_NUMBER_ID}); the app
 * secret and the verify token are then required too.
 *
 * @param apiUrl            Graph API base with its version ({@code WHATSAPP_API_URL}); tests point it at a fake
 * @param appSecret         the Meta app's secret: every webhook POST must carry its HMAC-SHA256 of the body
 * @param verifyToken       what Meta sends back once when the webhook is registered (GET)
 * @param relayTemplate     approved template sent when an intermediary writes after the 24-hour window
 * @param templateLanguages the languages that template is approved in; others get the first
 * @param window            how long after the parent's last message free-form messages may be sent
 * @param maxAttempts       attempts at a send on 429, 5xx and network errors (Resilience4j retry)
 * @param backoff           the first wait between attempts, doubled each time, capped by {@code maxBackoff}
 */
@ConfigurationProperties("wegwijs.whatsapp")
record WhatsAppProperties(
        String accessToken,
        String phoneNumberId,
        String appSecret,
        String verifyToken,
        @DefaultValue("https://graph.facebook.com/v23.0") String apiUrl,
        @DefaultValue("wegwijs_new_message") String relayTemplate,
        @DefaultValue({"nl", "en", "ar", "tr", "pl", "uk"}) List<String> templateLanguages,
        @DefaultValue("24h") Duration window,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("500ms") Duration backoff,
        @DefaultValue("30s") Duration maxBackoff) {

    boolean enabled() {
        return set(accessToken) && set(phoneNumberId);
    }

    void requireSecrets() {
        if (!set(appSecret) || !set(verifyToken)) {
            throw new IllegalStateException("WHATSAPP_APP_SECRET and WHATSAPP_VERIFY_TOKEN are required when WhatsApp is on");
        }
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "WhatsAppProperties[apiUrl=" + apiUrl + ", token=" + (enabled() ? "set" : "unset") + "]";
    }
}
