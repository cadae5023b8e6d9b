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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.wegwijs.support.ChatApiClient;
import nl.wegwijs.support.EmbeddedPostgresSupport;
import nl.wegwijs.support.FakeTelegram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Two replicas of the whole application on one real PostgreSQL behind the Telegram webhook, with
 * a fake Bot API, as an operator runs them. The test plays Telegram: it posts each chat's updates
 * in order to a random replica, sends some of them twice, and retries elsewhere when a replica
 * does not acknowledge (as Telegram does).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasPostgresIT {

    static final String SECRET = "two-replicas";
    static final FakeTelegram telegram = new FakeTelegram();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static Map<String, String> env;
    static final AtomicReference<List<Replica>> replicas = new AtomicReference<>(List.of());
    static final AtomicInteger updateIds = new AtomicInteger(1_000_000);

    @BeforeAll
    static void start() throws Exception {
        Path registry = Files.createTempFile("intermediaries", ".yaml");
        Files.writeString(registry, """
                organisations:
                  - id: sawa
                    name: Test organisation
                intermediaries:
                  - id: yusuf
                    name: Yusuf
                    organisation: sawa
                    telegram-user-id: 7777
                    languages: [tr, nl]
                    regions: ["*"]
                    hours: always
                    delivery: private
                """);
        String url = EmbeddedPostgresSupport.freshDatabaseUrl();
        Map<String, String> variables = new HashMap<>(telegram.webhookVariables(SECRET));
        variables.putAll(Map.of(
                "SPRING_PROFILES_ACTIVE", "postgres",
                "DATABASE_URL", url,
                "DATABASE_USER", "postgres",
                "DATABASE_PASSWORD", "",
                "WEGWIJS_INTERMEDIARIES", registry.toString(),
                // short, so a dead replica's messages move on within the test
                "WEGWIJS_INBOX_LEASE", "3s",
                "WEGWIJS_INBOX_WORKERS", "6",
                "WEGWIJS_LLM_BASE_URL", ""));
        env = Map.copyOf(variables);
        replicas.set(List.of(Replica.start("a", env, Echo.class), Replica.start("b", env, Echo.class)));
    }

    @AfterAll
    static void stop() {
        replicas.get().forEach(Replica::close);
        telegram.close();
    }

    @Test
    @Order(1)
    void fiveHundredUpdatesFromFiftyChatsWithDuplicatesAreEachAnsweredOnceInOrder() throws Exception {
        Load load = new Load(1_000, 50, 10, 0.2);
        load.run(null);

        load.awaitAnswered();
        Thread.sleep(1000); // a duplicate answer would come now
        assertThat(load.duplicatesPosted.get()).as("duplicates posted").isGreaterThan(50);
        load.assertEachAnsweredInOrder(true);
    }

    @Test
    @Order(2)
    void aLanguageChoiceAHandoffConsentAndTheKeptQuestionSurviveAlternatingReplicas() {
        var a = new ChatApiClient(replicas.get().get(0).port);
        // the same parent on the other replica: it must accept the id the first one issued
        var b = a.onReplica(replicas.get().get(1).port);

        a.button("alt-1", "lang:tr");
        assertThat(b.text("alt-1", "OTS?").language()).isEqualTo("tr");
        assertThat(a.text("alt-1", "OTS nedir?").language()).isEqualTo("tr");

        var question = b.text("alt-1", "Oğlum okula gitmek istemiyor, kim yardım edebilir?");
        assertThat(question.status()).isEqualTo(200);
        var consent = a.text("alt-1", "biriyle konuşmak istiyorum");
        assertThat(consent.allText()).contains("Evet, ilet").contains("okula");
        var consented = b.button("alt-1", "ho:yes");
        assertThat(consented.status()).isEqualTo(200);
        assertThat(consented.raw()).contains("cmd:stop");
    }

    @Test
    @Order(3)
    void aRollingRestartLosesNothingAndAnswersOnce() throws Exception {
        Load load = new Load(2_000, 30, 10, 0.1);
        Future<?> posting = load.start();
        load.awaitAcknowledged(60);
        restart(0);
        restart(1);
        posting.get();

        load.awaitAnswered();
        Thread.sleep(1000);
        load.assertEachAnsweredInOrder(true);
    }

    @Test
    @Order(4)
    void aReplicaStoppedAbruptlyMidLoadLosesNoAcknowledgedUpdate() throws Exception {
        Load load = new Load(3_000, 30, 10, 0.1);
        Future<?> posting = load.start();
        load.awaitAcknowledged(100);
        Replica victim = replicas.get().get(1);
        replicas.set(List.of(replicas.get().get(0)));
        victim.crash();
        posting.get();

        load.awaitAnswered();
        Thread.sleep(1000); // a turn the dead replica held is redone now; its replies must not go twice
        // Exactly once: the turns it held rolled back (nothing of them was sent), its unsent
        // replies went out from the outbox through the other replica after their lease.
        load.assertEachAnsweredInOrder(true);
    }

    private static void restart(int index) {
        List<Replica> now = new ArrayList<>(replicas.get());
        Replica old = now.remove(index);
        replicas.set(List.copyOf(now));
        old.close(); // graceful: SIGTERM in a rollout
        Replica fresh = Replica.start(old.name + "'", env, Echo.class);
        now.add(index, fresh);
        replicas.set(List.copyOf(now));
    }

    /** Telegram's side: updates from many chats, each chat's in order, to any replica, some twice. */
    static final class Load {
        final long firstChat;
        final int chats;
        final int perChat;
        final double duplicateRate;
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger duplicatesPosted = new AtomicInteger();
        final Map<Long, List<Integer>> expected = new ConcurrentHashMap<>();

        Load(long firstChat, int chats, int perChat, double duplicateRate) {
            this.firstChat = firstChat;
            this.chats = chats;
            this.perChat = perChat;
            this.duplicateRate = duplicateRate;
        }

        Future<?> start() {
            ExecutorService driver = Executors.newSingleThreadExecutor();
            Future<?> f = driver.submit(() -> {
                run(null);
                return null;
            });
            driver.shutdown();
            return f;
        }

        void run(Void ignored) throws Exception {
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
                JsonNode body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(request.getBodyAsString());
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

        void assertEachAnsweredInOrder(boolean exactlyOnce) {
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
            if (exactlyOnce) {
                assertThat(repeated).as("answered more than once").isZero();
            }
        }

        private static String update(long chat, String text) {
            int id = updateIds.incrementAndGet();
            return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1763800000,"
                    + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\",\"first_name\":\"P\"},"
                    + "\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"P\"},"
                    + "\"text\":\"" + text + "\"}}";
        }

        /** Posts until a replica acknowledges it, like Telegram: another replica after a refusal. */
        private static void post(String update) throws InterruptedException {
            for (int attempt = 0; attempt < 400; attempt++) {
                List<Replica> live = replicas.get();
                if (!live.isEmpty()) {
                    Replica r = live.get(ThreadLocalRandom.current().nextInt(live.size()));
                    try {
                        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + r.port + "/telegram/webhook"))
                                .header("Content-Type", "application/json")
                                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
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
}
