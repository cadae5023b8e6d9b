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
        // Every sent message gets its own id, as on Telegram, so a reply to it can name it.
        // (telegrambots spells most paths in lower case, but "sendVoice" not)
        for (String method : List.of("sendmessage", "sendphoto", "senddocument", "sendVoice", "sendaudio", "sendvideo")) {
            server.stubFor(post(urlEqualTo(path(method))).atPriority(5).willReturn(okJson(
                    "{\"ok\":true,\"result\":{\"message_id\":1{{randomValue length=8 type='NUMERIC'}},\"date\":1763800000,"
                            + "\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"ok\"}}").withTransformers("response-template")));
        }
        server.stubFor(post(urlEqualTo(path("getupdates"))).atPriority(5).inScenario("updates")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(200)));
    }

    /** The variables an operator sets for webhook mode against this fake (README, Helm chart). */
    public java.util.Map<String, String> webhookVariables(String secret) {
        return java.util.Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN,
                "TELEGRAM_API_URL", url(),
                "TELEGRAM_WEBHOOK_URL", "https://wegwijs.example/telegram/webhook",
                "TELEGRAM_WEBHOOK_SECRET", secret,
                // tests send far faster than any parent; the flood test sets its own allowance
                "WEGWIJS_TELEGRAM_PER_CHAT", "100000");
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

    private volatile String lastBatch;

    /**
     * Hands the bot these updates on its next poll, once. A batch waits until the bot has taken the
     * one before, so two deliveries in a row never replace each other.
     */
    public void deliver(String... updates) {
        String previous = lastBatch;
        if (previous != null) {
            long until = System.currentTimeMillis() + 20_000;
            while (!taken(previous) && System.currentTimeMillis() < until) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        lastBatch = updates.length == 0 ? null : updateIdOf(updates[0]);
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

    private static String updateIdOf(String update) {
        return "\"update_id\":" + JSON.readTree(update).path("update_id").asLong() + ",";
    }

    private boolean taken(String marker) {
        return server.getAllServeEvents().stream().anyMatch(e -> e.getRequest().getUrl().equals(path("getupdates"))
                && e.getResponse().getBodyAsString() != null && e.getResponse().getBodyAsString().contains(marker));
    }

    /** The sendMessage bodies the bot posted, in order (also those the fake refused with 429 or 403). */
    public List<JsonNode> sent() {
        List<JsonNode> bodies = new ArrayList<>();
        server.findAll(postRequestedFor(urlEqualTo(path("sendmessage"))))
                .forEach(r -> bodies.add(JSON.readTree(r.getBodyAsString())));
        return bodies;
    }

    /** The sendMessage bodies to this chat that the fake accepted (not those refused with 429 or 403), in order. */
    public List<JsonNode> deliveredTo(long chatId) {
        List<com.github.tomakehurst.wiremock.stubbing.ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(events); // WireMock lists the newest first
        List<JsonNode> bodies = new ArrayList<>();
        for (var event : events) {
            if (event.getRequest().getUrl().equals(path("sendmessage")) && event.getResponse().getStatus() == 200) {
                JsonNode body = JSON.readTree(event.getRequest().getBodyAsString());
                if (body.path("chat_id").asString().equals(Long.toString(chatId))) {
                    bodies.add(body);
                }
            }
        }
        return bodies;
    }

    public List<JsonNode> sentTo(long chatId) {
        return sent().stream().filter(b -> b.path("chat_id").asString().equals(Long.toString(chatId))).toList();
    }

    /** The callback data of every inline button sent to this chat, in the order sent. */
    public List<String> callbacksTo(long chatId) {
        List<String> data = new ArrayList<>();
        for (JsonNode m : sentTo(chatId)) {
            for (JsonNode row : m.path("reply_markup").path("inline_keyboard")) {
                row.forEach(b -> data.add(b.path("callback_data").asString()));
            }
        }
        return data;
    }

    /** The bodies of every send of this method ("sendphoto", "sendvoice", ...): multipart for media. */
    public List<String> sentRaw(String method) {
        List<String> bodies = new ArrayList<>();
        server.findAll(postRequestedFor(urlEqualTo(path(method)))).forEach(r -> bodies.add(r.getBodyAsString()));
        return bodies;
    }

    /** The message id the fake gave the last sendMessage to this chat whose text contains the fragment. */
    public long messageIdOf(long chatId, String fragment) {
        long id = 0;
        List<com.github.tomakehurst.wiremock.stubbing.ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(events); // WireMock lists the newest first
        for (var event : events) {
            if (!event.getRequest().getUrl().equals(path("sendmessage")) || event.getResponse().getStatus() != 200) {
                continue;
            }
            JsonNode body = JSON.readTree(event.getRequest().getBodyAsString());
            if (body.path("chat_id").asString().equals(Long.toString(chatId)) && body.path("text").asString().contains(fragment)) {
                id = JSON.readTree(event.getResponse().getBodyAsString()).path("result").path("message_id").asLong();
            }
        }
        return id;
    }

    public String replyText(long chatId, long replyToMessageId, String text) {
        int id = nextId();
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1763800000," + chat(chatId)
                + ",\"reply_to_message\":{\"message_id\":" + replyToMessageId + ",\"date\":1763800000," + chat(chatId)
                + ",\"text\":\"earlier\"},\"text\":" + JSON.writeValueAsString(text) + "}}";
    }

    public String edited(long chatId, String text) {
        int id = nextId();
        return "{\"update_id\":" + id + ",\"edited_message\":{\"message_id\":" + id + ",\"date\":1763800000,\"edit_date\":1763800100,"
                + chat(chatId) + ",\"text\":" + JSON.writeValueAsString(text) + "}}";
    }

    public String photo(long chatId, String fileId, String caption) {
        int id = nextId();
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1763800000," + chat(chatId)
                + ",\"photo\":[{\"file_id\":\"" + fileId + "-small\",\"file_unique_id\":\"s\",\"width\":90,\"height\":90,\"file_size\":900},"
                + "{\"file_id\":\"" + fileId + "\",\"file_unique_id\":\"b\",\"width\":1280,\"height\":960,\"file_size\":90000}]"
                + (caption == null ? "" : ",\"caption\":" + JSON.writeValueAsString(caption)) + "}}";
    }

    public String voice(long chatId, String fileId) {
        int id = nextId();
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1763800000," + chat(chatId)
                + ",\"voice\":{\"file_id\":\"" + fileId + "\",\"file_unique_id\":\"vu\",\"duration\":3}}}";
    }

    public String document(long chatId, String fileId, String caption) {
        int id = nextId();
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1763800000," + chat(chatId)
                + ",\"document\":{\"file_id\":\"" + fileId + "\",\"file_unique_id\":\"du\",\"file_name\":\"brief.pdf\"}"
                + (caption == null ? "" : ",\"caption\":" + JSON.writeValueAsString(caption)) + "}}";
    }

    /** A file the bot can fetch: getFile answers its path, and the file URL under the fake serves the bytes. */
    public void file(String fileId, String path, byte[] bytes) {
        server.stubFor(post(urlEqualTo(path("getFile"))).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"" + fileId + "\""))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"file_id\":\"" + fileId + "\",\"file_unique_id\":\"u" + fileId
                        + "\",\"file_size\":" + bytes.length + ",\"file_path\":\"" + path + "\"}}")));
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/file/bot" + TOKEN + "/" + path))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200).withBody(bytes)));
    }

    /** From now on, every send to this chat fails as when the user blocked the bot (403). */
    public void blockedBy(long chatId) {
        for (String method : List.of("sendmessage", "sendphoto", "senddocument", "sendVoice")) {
            server.stubFor(post(urlEqualTo(path(method))).atPriority(2)
                    .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(Long.toString(chatId)))
                    .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                            .withBody("{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}")));
        }
    }

    /** Every sendMessage to this chat answers 429 with this retry_after until {@link #unlimited}. */
    public void rateLimited(long chatId, int retryAfterSeconds) {
        server.stubFor(post(urlEqualTo(path("sendmessage"))).atPriority(2).withId(java.util.UUID.nameUUIDFromBytes(("429-" + chatId).getBytes()))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.chat_id",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(Long.toString(chatId))))
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                                + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}")));
    }

    public void unlimited(long chatId) {
        server.removeStub(java.util.UUID.nameUUIDFromBytes(("429-" + chatId).getBytes()));
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
