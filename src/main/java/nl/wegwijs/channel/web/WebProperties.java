package nl.wegwijs.channel.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web chat's edge, as an operator sets it (README, "Web chat").
 *
 * @param secret          key that signs the conversation ids the server issues
 *                        (WEGWIJS_WEB_SECRET); without it the first replica makes one and keeps it in
 *                        the database, so every replica accepts the ids the others issued
 * @param idLifetime      an issued id is accepted this long; after it the page gets a new one
 * @param embedOrigins    sites allowed to show the chat in a frame (frame-ancestors), besides this one
 * @param maxBody         bodies longer than this are refused before they are read
 * @param perClient       messages one client address may send per minute
 * @param perConversation messages one conversation may send per minute
 */
@ConfigurationProperties("wegwijs.web")
public record WebProperties(
        String secret,
        @DefaultValue("90d") Duration idLifetime,
        @DefaultValue List<String> embedOrigins,
        @DefaultValue("16KB") org.springframework.util.unit.DataSize maxBody,
        @DefaultValue("60") int perClient,
        @DefaultValue("20") int perConversation) {
}
