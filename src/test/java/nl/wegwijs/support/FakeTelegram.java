package nl.wegwijs.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Telegram Bot API, faked at the HTTP level: the real telegrambots client polls it and sends
 * to it. Updates are queued with {@link #deliver}; what the bot sent is read back with {@link #sent}.
 */
public final class FakeTelegram implements AutoCloseable {

    public static final String TOKEN = "123456:TEST-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final AtomicInteger batch = new AtomicInteger();
    private final AtomicInteger messageId = new AtomicInteger(100);

    public FakeTelegram() {
        server.start();
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.stubFor(post(urlEqualTo(path("sendmessage"))).atPriority(5).willReturn(okJson(
                "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1763800000,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"ok\"}}")));
        server.stubFor(post(urlEqualTo(path("getupdates"))).atPriority(5).inScenario("updates")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(200)));
    }

    public String url() {
        return server.baseUrl();
    }

    public WireMockServer server() {
        return server;
    }

    public static String path(String method) {
        return "/bot" + TOKEN + "/" + method;
    }

    /** Hands the bot these updates on its next poll, once. */
    public void deliver(String... updates) {
        String state = "batch-" + batch.incrementAndGet();
        server.stubFor(post(urlEqualTo(path("getupdates"))).atPriority(1).inScenario("updates")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"ok\":true,\"result\":[" + String.join(",", updates) + "]}"))
                .willSetStateTo(state));
        server.stubFor(post(urlEqualTo(path("getupdates"))).atPriority(1).inScenario("updates")
                .whenScenarioStateIs(state)
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(200))
                .willSetStateTo(Scenario.STARTED));
    }

    /** The sendMessage bodies the bot posted, in order. */
    public List<JsonNode> sent() {
        List<JsonNode> bodies = new ArrayList<>();
        server.findAll(postRequestedFor(urlEqualTo(path("sendmessage"))))
                .forEach(r -> bodies.add(JSON.readTree(r.getBodyAsString())));
        return bodies;
    }

    public List<JsonNode> sentTo(long chatId) {
        return sent().stream().filter(b -> b.path("chat_id").asString().equals(Long.toString(chatId))).toList();
    }

    public int nextId() {
        return messageId.incrementAndGet();
    }

    public String text(long chatId, String text) {
        int id = nextId();
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1763800000,"
                + chat(chatId) + ",\"text\":" + JSON.writeValueAsString(text) + "}}";
    }

    public String button(long chatId, String data) {
        int id = nextId();
        return "{\"update_id\":" + id + ",\"callback_query\":{\"id\":\"cb" + id + "\",\"from\":" + user(chatId)
                + ",\"chat_instance\":\"ci\",\"data\":\"" + data + "\",\"message\":{\"message_id\":" + id
                + ",\"date\":1763800000," + chat(chatId) + ",\"text\":\"menu\"}}}";
    }

    public String sticker(long chatId) {
        int id = nextId();
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1763800000," + chat(chatId)
                + ",\"sticker\":{\"file_id\":\"f\",\"file_unique_id\":\"u\",\"type\":\"regular\",\"width\":512,"
                + "\"height\":512,\"is_animated\":false,\"is_video\":false}}}";
    }

    public String voice(long chatId) {
        int id = nextId();
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1763800000," + chat(chatId)
                + ",\"voice\":{\"file_id\":\"v\",\"file_unique_id\":\"vu\",\"duration\":3}}}";
    }

    private static String chat(long chatId) {
        return "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\",\"first_name\":\"Parent\"},\"from\":" + user(chatId);
    }

    private static String user(long chatId) {
        return "{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"Parent\"}";
    }

    public void rateLimitNextSend(int retryAfterSeconds) {
        server.stubFor(post(urlEqualTo(path("sendmessage"))).atPriority(1).inScenario("429")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                                + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}"))
                .willSetStateTo("limited-once"));
    }

    @Override
    public void close() {
        server.stop();
    }
}
