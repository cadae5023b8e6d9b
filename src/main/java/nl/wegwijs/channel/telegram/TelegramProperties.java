package nl.wegwijs.channel.telegram;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Telegram is on when a token is set ({@code TELEGRAM_BOT_TOKEN}, from the environment only).
 *
 * @param apiUrl      Bot API base URL: Telegram's own, a local Bot API server, or a test fake
 * @param maxAttempts sending attempts on 429 and 5xx before a reply is given up
 * @param maxBackoff  the longest wait between attempts (also caps 429's retry_after)
 * @param webhookUrl  public HTTPS address of /telegram/webhook: webhook mode for several replicas
 *                    behind a Service; empty: long polling, by one replica at a time (a database lease
 *                    elects it; the others only work the inbox)
 * @param webhookSecret shared secret Telegram sends back in a header, so only Telegram can post updates
 * @param perChat     updates per minute one chat may send (per replica); the first over it is answered
 *                    with a polite "slow down", the rest are acknowledged and dropped (never a crisis:
 *                    the emergency check runs before the limit)
 */
@ConfigurationProperties("wegwijs.telegram")
record TelegramProperties(
        String token,
        @DefaultValue("https://api.telegram.org") String apiUrl,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("30s") Duration maxBackoff,
        String webhookUrl,
        String webhookSecret,
        @DefaultValue("30") int perChat) {

    boolean webhook() {
        return webhookUrl != null && !webhookUrl.isBlank();
    }

    boolean enabled() {
        return token != null && !token.isBlank();
    }

    TelegramUrl telegramUrl() {
        URI uri = URI.create(apiUrl);
        int port = uri.getPort() != -1 ? uri.getPort() : "http".equals(uri.getScheme()) ? 80 : 443;
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    @Override
    public String toString() {
        return "TelegramProperties[apiUrl=" + apiUrl + ", token=" + (enabled() ? "set" : "unset") + "]";
    }
}
