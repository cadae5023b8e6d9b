package nl.wegwijs.inbox;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.wegwijs.support.FakeTelegram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telegram's side of a load on replicas behind the webhook: updates from many chats, each chat's
 * in order, posted to a random live replica, some twice (Telegram retrying), and to another
 * replica when one does not acknowledge. The answers are read back from the fake Bot API: the
 * replicas run {@link Echo}, so each answer names its chat and update ("echo load CHAT N").
 */
final class WebhookLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FakeTelegram telegram;
    private final String secret;
    private final Supplier<List<Integer>> livePorts;
    private final AtomicInteger updateIds;
    final long firstChat;
    final int chats;
    final int perChat;
    final double duplicateRate;
    final AtomicInteger acknowledged = new AtomicInteger();
    final AtomicInteger duplicatesPosted = new AtomicInteger();
    final Map<Long, List<Integer>> expected = new ConcurrentHashMap<>();

    WebhookLoad(FakeTelegram telegram, String secret, Supplier<List<Integer>> livePorts, AtomicInteger updateIds,
            long firstChat, int chats, int perChat, double duplicateRate) {
        this.telegram = telegram;
        this.secret = secret;
        this.livePorts = livePorts;
        this.updateIds = updateIds;
        this.firstChat = firstChat;
        this.chats = chats;
        this.perChat = perChat;
        this.duplicateRate = duplicateRate;
    }

    Future<?> start() {
        ExecutorService driver = Executors.newSingleThreadExecutor();
        Future<?> f = driver.submit(() -> {
            run();
            return null;
        });
        driver.shutdown();
        return f;
    }

    void run() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> all = new ArrayList<>();
        for (int c = 0; c < chats; c++) {
            long chat = firstChat + c;
            all.add(pool.submit(() -> {
                for (int n = 0; n < perChat; n++) {
                    String update = update(chat, "load " + chat + " " + n);
                    post(update);
                    expected.computeIfAbsent(chat, k -> Collections.synchronizedList(new ArrayList<>())).add(n);
                    acknowledged.incrementAndGet();
                    if (ThreadLocalRandom.current().nextDouble() < duplicateRate) {
                        post(update); // Telegram retrying an update it already delivered
                        duplicatesPosted.incrementAndGet();
                    }
                    Thread.sleep(ThreadLocalRandom.current().nextInt(20));
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
    }

    void awaitAcknowledged(int atLeast) {
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.get() >= atLeast);
    }

    void awaitAnswered() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> answers().values().stream().mapToInt(l -> (int) l.stream().distinct().count()).sum()
                        >= chats * perChat);
    }

    Map<Long, List<Integer>> answers() {
        Map<Long, List<Integer>> byChat = new ConcurrentHashMap<>();
        for (var request : telegram.server().findAll(postRequestedFor(urlEqualTo(FakeTelegram.path("sendmessage"))))) {
            JsonNode body = JSON.readTree(request.getBodyAsString());
            String text = body.path("text").asString();
            if (!text.startsWith("echo load ")) {
                continue;
            }
            String[] parts = text.split(" ");
            long chat = Long.parseLong(parts[2]);
            if (chat >= firstChat && chat < firstChat + chats) {
                byChat.computeIfAbsent(chat, k -> new ArrayList<>()).add(Integer.parseInt(parts[3]));
            }
        }
        return byChat;
    }

    /**
     * Every acknowledged update answered, in order per chat; @return how many answers repeated the
     * one before them (a reply sent twice), after asserting there are at most {@code maxRepeated}.
     */
    int assertEachAnsweredInOrder(int maxRepeated) {
        Map<Long, List<Integer>> answers = answers();
        int total = 0;
        int repeated = 0;
        for (long chat = firstChat; chat < firstChat + chats; chat++) {
            List<Integer> got = answers.getOrDefault(chat, List.of());
            List<Integer> collapsed = new ArrayList<>();
            for (int n : got) {
                if (collapsed.isEmpty() || collapsed.get(collapsed.size() - 1) != n) {
                    collapsed.add(n);
                } else {
                    repeated++;
                }
            }
            assertThat(collapsed).as("answers of chat %d, in order, none lost", chat).isEqualTo(expected.get(chat));
            total += got.size();
        }
        System.out.printf("load: %d updates acknowledged, %d duplicates posted, %d answers, %d answered twice%n",
                acknowledged.get(), duplicatesPosted.get(), total, repeated);
        assertThat(repeated).as("answered more than once").isLessThanOrEqualTo(maxRepeated);
        return repeated;
    }

    /** An answer the Bot API received twice in a row for a chat, with when it got each copy. */
    record Repeat(long chat, int answer, java.time.Instant first, java.time.Instant again) {
    }

    /** Every answer that came right after the same answer to its chat (a reply sent twice). */
    List<Repeat> repeats() {
        record Answer(int n, java.time.Instant at) {
        }
        Map<Long, List<Answer>> byChat = new java.util.HashMap<>();
        for (var request : telegram.server().findAll(postRequestedFor(urlEqualTo(FakeTelegram.path("sendmessage"))))) {
            String text = JSON.readTree(request.getBodyAsString()).path("text").asString();
            if (!text.startsWith("echo load ")) {
                continue;
            }
            String[] parts = text.split(" ");
            long chat = Long.parseLong(parts[2]);
            if (chat >= firstChat && chat < firstChat + chats) {
                byChat.computeIfAbsent(chat, k -> new ArrayList<>())
                        .add(new Answer(Integer.parseInt(parts[3]), request.getLoggedDate().toInstant()));
            }
        }
        List<Repeat> repeats = new ArrayList<>();
        byChat.forEach((chat, got) -> {
            for (int i = 1; i < got.size(); i++) {
                if (got.get(i).n() == got.get(i - 1).n()) {
                    repeats.add(new Repeat(chat, got.get(i).n(), got.get(i - 1).at(), got.get(i).at()));
                }
            }
        });
        return repeats;
    }

    private String update(long chat, String text) {
        int id = updateIds.incrementAndGet();
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1763800000,"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\",\"first_name\":\"P\"},"
                + "\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"P\"},"
                + "\"text\":\"" + text + "\"}}";
    }

    /** Posts until a replica acknowledges it, like Telegram: another replica after a refusal. */
    private void post(String update) throws InterruptedException {
        for (int attempt = 0; attempt < 1200; attempt++) {
            List<Integer> live = livePorts.get();
            if (!live.isEmpty()) {
                int port = live.get(ThreadLocalRandom.current().nextInt(live.size()));
                try {
                    var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/telegram/webhook"))
                            .header("Content-Type", "application/json")
                            .header("X-Telegram-Bot-Api-Secret-Token", secret)
                            .timeout(Duration.ofSeconds(10))
                            .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // the replica is going or gone: Telegram tries again
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no replica acknowledged an update");
    }
}
