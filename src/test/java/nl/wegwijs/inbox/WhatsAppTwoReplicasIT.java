package nl.wegwijs.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wegwijs.handoff.MutableClock;
import nl.wegwijs.support.EmbeddedPostgresSupport;
import nl.wegwijs.support.FakeTelegram;
import nl.wegwijs.support.FakeWhatsApp;
import nl.wegwijs.support.Registries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * WhatsApp on two replicas of the whole application on one real PostgreSQL, as an operator runs
 * them: the test plays Meta, posting each sender's signed webhook deliveries in order to a random
 * replica, some twice (Meta resends what it thinks failed). Each message is answered exactly once,
 * in order per sender; the 24-hour window and a handoff to a Telegram intermediary hold across
 * both replicas (consent on one, claim and messages on the other, the template sent once).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WhatsAppTwoReplicasIT {

    static final String APP_SECRET = "two-replicas-whatsapp";
    static final String TELEGRAM_SECRET = "two-replicas-telegram";
    static final long YUSUF = 7788;
    static final FakeWhatsApp whatsapp = new FakeWhatsApp();
    static final FakeTelegram telegram = new FakeTelegram();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** One clock for both replicas (as two machines share real time), moved by the test past the window. */
    static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    static List<Replica> replicas;
    static JdbcClient jdbc;

    /** Deliberately not a @Configuration: component scanning would put it into every test's context. */
    static class SharedClock {
        @Bean
        @Primary
        MutableClock sharedClock() {
            return CLOCK;
        }
    }

    @BeforeAll
    static void start() {
        Map<String, String> variables = new HashMap<>(whatsapp.variables(APP_SECRET, "verify"));
        variables.putAll(telegram.webhookVariables(TELEGRAM_SECRET));
        variables.putAll(Map.of(
                "SPRING_PROFILES_ACTIVE", "postgres",
                "DATABASE_URL", EmbeddedPostgresSupport.freshDatabaseUrl(),
                "DATABASE_USER", "postgres",
                "DATABASE_PASSWORD", "",
                "WEGWIJS_INTERMEDIARIES", Registries.oneIntermediary("Yusuf", YUSUF, "nl", "tr").toString(),
                "WEGWIJS_INBOX_WORKERS", "6",
                "WEGWIJS_WHATSAPP_BACKOFF", "50ms",
                "WEGWIJS_HANDOFF_TICK", "200ms",
                "WEGWIJS_LLM_BASE_URL", ""));
        replicas = List.of(Replica.start("wa-a", variables, Echo.class, SharedClock.class),
                Replica.start("wa-b", variables, Echo.class, SharedClock.class));
        jdbc = replicas.get(0).context.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        replicas.forEach(Replica::close);
        whatsapp.close();
        telegram.close();
    }

    @Test
    @Order(1)
    void fourHundredMessagesFromFortySendersWithDuplicatesAreEachAnsweredOnceInOrder() throws Exception {
        int senders = 40;
        int perSender = 10;
        AtomicInteger duplicates = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<?>> all = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            String from = "3162000" + String.format("%04d", s);
            all.add(pool.submit(() -> {
                for (int n = 0; n < perSender; n++) {
                    String delivery = whatsapp.text(from, "load " + from + " " + n, CLOCK.instant());
                    postToAnyReplica(delivery);
                    if (ThreadLocalRandom.current().nextDouble() < 0.2) {
                        postToAnyReplica(delivery); // Meta resending a delivery it thinks failed
                        duplicates.incrementAndGet();
                    }
                    Thread.sleep(ThreadLocalRandom.current().nextInt(15));
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> echoes().values().stream().mapToInt(List::size).sum() >= senders * perSender);
        Thread.sleep(1500); // a second answer would come now
        Map<String, List<Integer>> echoes = echoes();
        for (int s = 0; s < senders; s++) {
            String from = "3162000" + String.format("%04d", s);
            assertThat(echoes.get(from)).as("answers to %s, once each, in order", from)
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, perSender).boxed().toList());
        }
        assertThat(duplicates.get()).as("duplicates posted").isGreaterThan(30);
        System.out.printf("whatsapp two replicas: %d messages, %d duplicates posted, %d answers%n", senders * perSender,
                duplicates.get(), echoes.values().stream().mapToInt(List::size).sum());
    }

    @Test
    @Order(2)
    void aHandoffAndTheWindowHoldAcrossBothReplicas() throws Exception {
        String parent = "31687654321";
        says(0, parent, "Mijn zoon van 14 gaat niet meer naar school.");
        until("answered", () -> !whatsapp.sentTo(parent).isEmpty());
        says(1, parent, "ik wil met iemand praten");
        until("consent asked", () -> choices(parent).contains("ho:yes"));
        // The consent on the other replica: the ticket is in the database, not in one JVM.
        assertThat(post(0, whatsapp.buttonReply(parent, "ho:yes", "Ja", CLOCK.instant()))).isEqualTo(200);
        until("Yusuf is told once", () -> claimButton() != null);

        telegramPost(1, telegram.button(YUSUF, claimButton()));
        until("the parent hears Yusuf took it", () -> all(parent).contains("Yusuf"));
        says(1, parent, "Hij wordt gepest.");
        until("relayed to Yusuf", () -> telegramText().contains("Hij wordt gepest."));
        telegramPost(0, telegram.text(YUSUF, "Zullen we de mentor bellen?"));
        until("relayed to the parent", () -> all(parent).contains("Zullen we de mentor bellen?"));

        // A day and more later, Yusuf writes twice to different replicas: one template, both held.
        CLOCK.advance(Duration.ofHours(25));
        telegramPost(0, telegram.text(YUSUF, "Hoe ging het gesprek?"));
        telegramPost(1, telegram.text(YUSUF, "Ik ben er morgen ook."));
        until("both held", () -> jdbc.sql("SELECT COUNT(*) FROM window_pending").query(Long.class).single() == 2);
        until("the template", () -> all(parent).contains("[template wegwijs_new_message]"));
        Thread.sleep(1500); // both replicas' relay ticks have run by now
        assertThat(whatsapp.textsTo(parent).stream().filter(t -> t.startsWith("[template")).count())
                .as("one notice from two replicas").isEqualTo(1);
        assertThat(all(parent)).doesNotContain("Hoe ging het gesprek?");

        // The parent answers on the replica that held nothing in memory: what waited comes first, in order.
        says(1, parent, "Goed, dank u.");
        until("held messages delivered", () -> all(parent).contains("Ik ben er morgen ook."));
        List<String> texts = whatsapp.textsTo(parent);
        assertThat(indexOf(texts, "Hoe ging het gesprek?")).isLessThan(indexOf(texts, "Ik ben er morgen ook."));
        assertThat(texts.stream().filter(t -> t.contains("Ik ben er morgen ook.")).count()).as("delivered once").isEqualTo(1);
        until("the answer relayed", () -> telegramText().contains("Goed, dank u."));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM window_pending").query(Long.class).single()).isZero();
    }

    // ---- Meta's and Telegram's side

    static Map<String, List<Integer>> echoes() {
        Map<String, List<Integer>> byFrom = new ConcurrentHashMap<>();
        for (JsonNode m : whatsapp.posted()) {
            String text = FakeWhatsApp.visible(m);
            if (text.startsWith("echo load ")) {
                String[] parts = text.split(" ");
                byFrom.computeIfAbsent(parts[2], k -> new ArrayList<>()).add(Integer.parseInt(parts[3]));
            }
        }
        return byFrom;
    }

    /** Posts until a replica acknowledges, like Meta: again, perhaps to the other one, after a refusal. */
    static void postToAnyReplica(String body) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            try {
                if (post(ThreadLocalRandom.current().nextInt(replicas.size()), body) == 200) {
                    return;
                }
            } catch (IOException e) {
                // refused or gone: Meta tries again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no replica acknowledged a delivery");
    }

    static int post(int replica, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + replicas.get(replica).port + "/whatsapp/webhook"))
                .header("Content-Type", "application/json").header("X-Hub-Signature-256", FakeWhatsApp.signature(body, APP_SECRET))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static void says(int replica, String parent, String text) throws Exception {
        assertThat(post(replica, whatsapp.text(parent, text, CLOCK.instant()))).isEqualTo(200);
    }

    static void telegramPost(int replica, String update) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + replicas.get(replica).port + "/telegram/webhook"))
                .header("Content-Type", "application/json").header("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update)).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    }

    static void until(String what, Callable<Boolean> condition) {
        await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(condition);
    }

    static String all(String parent) {
        return String.join("\n", whatsapp.textsTo(parent));
    }

    static List<String> choices(String parent) {
        return whatsapp.choicesTo(parent);
    }

    static String telegramText() {
        return String.join("\n", telegram.deliveredTo(YUSUF).stream().map(n -> n.path("text").asString()).toList());
    }

    static String claimButton() {
        List<String> found = telegram.callbacksTo(YUSUF).stream().filter(c -> c.startsWith("hi:claim:")).toList();
        assertThat(found).as("told once, not by each replica").hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0);
    }

    private static int indexOf(List<String> texts, String fragment) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(fragment)) {
                return i;
            }
        }
        return -1;
    }
}
