package nl.wegwijs.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
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

/**
 * Two replicas of the whole application on one real PostgreSQL behind the Telegram webhook, with
 * a fake Bot API, as an operator runs them. The test plays Telegram: it posts each chat's updates
 * in order to a random replica, sends some of them twice, and retries elsewhere when a replica
 * does not acknowledge (as Telegram does; {@link WebhookLoad}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasPostgresIT {

    static final String SECRET = "two-replicas";
    static final FakeTelegram telegram = new FakeTelegram();
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
        WebhookLoad load = load(1_000, 50, 10, 0.2);
        load.run();

        load.awaitAnswered();
        Thread.sleep(1000); // a duplicate answer would come now
        assertThat(load.duplicatesPosted.get()).as("duplicates posted").isGreaterThan(50);
        load.assertEachAnsweredInOrder(0);
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
        WebhookLoad load = load(2_000, 30, 10, 0.1);
        Future<?> posting = load.start();
        load.awaitAcknowledged(60);
        restart(0);
        restart(1);
        posting.get();

        load.awaitAnswered();
        Thread.sleep(1000);
        load.assertEachAnsweredInOrder(0);
    }

    @Test
    @Order(4)
    void aReplicaStoppedAbruptlyMidLoadLosesNothingAndAnswersOnce() throws Exception {
        WebhookLoad load = load(3_000, 30, 10, 0.1);
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
        load.assertEachAnsweredInOrder(0);
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

    private static WebhookLoad load(long firstChat, int chats, int perChat, double duplicateRate) {
        return new WebhookLoad(telegram, SECRET, () -> replicas.get().stream().map(r -> r.port).toList(), updateIds,
                firstChat, chats, perChat, duplicateRate);
    }
}
