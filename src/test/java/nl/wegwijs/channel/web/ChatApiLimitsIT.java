package nl.wegwijs.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wegwijs.support.ChatApiClient;
import nl.wegwijs.support.OperatorEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The chat API under abuse, configured as an operator does: odd content types, huge bodies, a
 * client or a conversation that floods, and the headers that let a municipality embed the chat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ChatApiLimitsIT.Operator.class)
@ActiveProfiles("test")
class ChatApiLimitsIT {

    static class Operator extends OperatorEnvironment {
        @Override
        protected Map<String, String> variables() {
            return Map.of("WEGWIJS_WEB_PER_CLIENT", "8", "WEGWIJS_WEB_PER_CONVERSATION", "4", "WEGWIJS_WEB_MAX_BODY", "8KB",
                    "WEGWIJS_WEB_EMBED_ORIGINS", "https://www.gemeente.example, https://wijk.example:8443");
        }
    }

    @LocalServerPort
    int port;

    /** Each test speaks from its own address (through a trusted proxy), so their allowances stay apart. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    private ChatApiClient.Response post(String address, String contentType, HttpRequest.BodyPublisher body) {
        var api = new ChatApiClient(port);
        var request = HttpRequest.newBuilder(URI.create(api.base() + "/api/chat")).header("X-Forwarded-For", address);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return api.send(request.POST(body).build());
    }

    private static String freshAddress() {
        return "203.0.113." + ADDRESSES.incrementAndGet();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/*", "*/*", "text/plain", "application/xml", "application/x-www-form-urlencoded", "nonsense"})
    void aBodyThatIsNotJsonIsRefusedWith415AndAJsonMessage(String type) {
        var response = post(freshAddress(), type, HttpRequest.BodyPublishers.ofString("{\"text\": \"hallo\"}"));
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.body().path("error").asString()).contains("application/json");
    }

    @Test
    void aBodyWithoutContentTypeIsRefusedWith415() {
        assertThat(post(freshAddress(), null, HttpRequest.BodyPublishers.ofString("{\"text\": \"hallo\"}")).status()).isEqualTo(415);
    }

    @Test
    void aHugeBodyIsRefusedBeforeItIsReadWhetherItsLengthIsDeclaredOrNot() {
        byte[] huge = ("{\"text\": \"" + "a".repeat(20 * 1024 * 1024) + "\"}").getBytes();
        var declared = post(freshAddress(), "application/json", HttpRequest.BodyPublishers.ofByteArray(huge));
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.body().path("error").asString()).contains("longer than");

        // streamed without a length (chunked): counted while it comes in, refused at the limit
        byte[] streamed = ("{\"text\": \"" + "a".repeat(1024 * 1024) + "\"}").getBytes();
        var chunked = post(freshAddress(), "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(streamed)));
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.body().path("error").asString()).contains("longer than");
    }

    @Test
    void aClientThatFloodsIsAskedOnceToSlowDownThenRefusedWhileOthersAreServed() {
        String flooder = freshAddress();
        for (int i = 0; i < 8; i++) {
            assertThat(post(flooder, "application/json", HttpRequest.BodyPublishers.ofString("{\"text\": \"hallo\"}")).status())
                    .as("message %d within the allowance", i + 1).isEqualTo(200);
        }
        var slowDown = post(flooder, "application/json", HttpRequest.BodyPublishers.ofString("{\"text\": \"hallo\"}"));
        var dropped = post(flooder, "application/json", HttpRequest.BodyPublishers.ofString("{\"text\": \"hallo\"}"));

        assertThat(slowDown.status()).isEqualTo(429);
        assertThat(slowDown.body().path("error").asString()).contains("112").contains("Wacht even");
        assertThat(dropped.status()).isEqualTo(429);
        assertThat(dropped.body().path("error").asString()).doesNotContain("Wacht even");
        assertThat(post(freshAddress(), "application/json", HttpRequest.BodyPublishers.ofString("{\"text\": \"hallo\"}")).status())
                .as("another parent").isEqualTo(200);
    }

    @Test
    void aConversationThatFloodsIsAskedOnceInItsOwnLanguage() {
        // a new address for every message: only the conversation's own allowance counts here
        var api = new ChatApiClient(port).behindProxy(ChatApiLimitsIT::freshAddress);
        assertThat(api.button("flood", "lang:tr").status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(api.text("flood", "OTS nedir?").status()).isEqualTo(200);
        }
        var slowDown = api.text("flood", "OTS nedir?");
        assertThat(slowDown.status()).isEqualTo(429);
        assertThat(slowDown.body().path("error").asString()).contains("Biraz bekleyin").contains("112");
        assertThat(api.text("other", "wat is een ots").status()).isEqualTo(200);
    }

    @Test
    void theChatMayBeFramedByTheConfiguredSitesOnlyAndSendsNoReferrerAbroad() {
        var api = new ChatApiClient(port);
        var page = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/")).GET().build());
        var headers = rawHeaders("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'self' https://www.gemeente.example https://wijk.example:8443");
        assertThat(headers.firstValue("X-Frame-Options")).as("would forbid every embedding").isEmpty();
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(rawHeaders("/login").firstValue("X-Frame-Options")).as("the dashboard is never framed").contains("DENY");
    }

    @Test
    void errorsAreJsonEvenOnTheErrorPageItself() {
        var api = new ChatApiClient(port);
        var direct = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/error")).GET().build());
        assertThat(direct.status()).isEqualTo(404);
        assertThat(direct.body().path("error").asString()).isNotBlank();
        var wrongMethod = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/chat")).DELETE().build());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.body().path("error").asString()).isNotBlank();
    }

    private java.net.http.HttpHeaders rawHeaders(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding()).headers();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
