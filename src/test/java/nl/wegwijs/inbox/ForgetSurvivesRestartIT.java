package nl.wegwijs.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import nl.wegwijs.support.ChatApiClient;
import nl.wegwijs.support.Databases;
import nl.wegwijs.support.EmbeddedPostgresSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * /vergeet must erase what other modules keep about a parent (the anonymous question log's records
 * of this month, the question kept for a handoff) even when the replica dies between the turn that
 * asked for it and the listeners that erase: the deletions are rows in event_publication, written
 * with the turn, and the next replica on the same database carries them out.
 */
class ForgetSurvivesRestartIT {

    private static final String QUESTION = "Mijn zoon is erg druk en vergeet alles, kan het ADHD zijn?";

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of("H2", Map.of("SPRING_DATASOURCE_URL", Databases.freshH2Url("forget-"))),
                Arguments.of("PostgreSQL", Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                        "DATABASE_URL", EmbeddedPostgresSupport.freshDatabaseUrl(),
                        "DATABASE_USER", "postgres", "DATABASE_PASSWORD", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aForgetCutOffByACrashIsCarriedOutByTheNextReplica(String database, Map<String, String> db) throws Exception {
        Map<String, String> env = new HashMap<>(db);
        env.put("TELEGRAM_BOT_TOKEN", "");
        env.put("WEGWIJS_LLM_BASE_URL", "");
        env.put("WEGWIJS_EVENTS_RETRY_AFTER", "1s");

        Replica first = Replica.start("forget-1", env);
        JdbcClient jdbc = JdbcClient.create(first.context.getBean(javax.sql.DataSource.class));
        var chat = new ChatApiClient(first.port);
        assertThat(chat.text("forget-parent", QUESTION).status()).isEqualTo(200);
        assertThat(chat.text("other-parent", QUESTION).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> records(jdbc) == 2);
        assertThat(recentQuestion(jdbc, chat.idOf("forget-parent"))).isOne();

        // The replica's module-event threads are busy, so /vergeet's listeners wait in memory ...
        CountDownLatch never = new CountDownLatch(1);
        Executor events = first.context.getBean(ModuleEventThreads.class).executor();
        for (int i = 0; i < ModuleEventThreads.THREADS; i++) {
            events.execute(() -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        assertThat(chat.text("forget-parent", "/vergeet").status()).isEqualTo(200);
        Thread.sleep(500);
        assertThat(records(jdbc)).as("nothing erased yet: the listeners have not run").isEqualTo(2);
        assertThat(recentQuestion(jdbc, chat.idOf("forget-parent"))).isOne();
        assertThat(pending(jdbc)).as("the erasures wait as publications").isGreaterThanOrEqualTo(2);

        // ... when it dies.
        first.crash();

        Replica second = Replica.start("forget-2", env);
        try {
            JdbcClient again = JdbcClient.create(second.context.getBean(javax.sql.DataSource.class));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(records(again)).as("only the other parent's record is left").isOne();
                assertThat(recentQuestion(again, chat.idOf("forget-parent"))).isZero();
                assertThat(pending(again)).as("completed publications are deleted").isZero();
            });
            assertThat(recentQuestion(again, chat.idOf("other-parent"))).isOne();
        } finally {
            second.close();
        }
    }

    private static int records(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM insight_record WHERE question LIKE '%vergeet alles%'").query(Integer.class).single();
    }

    private static int recentQuestion(JdbcClient jdbc, String chatId) {
        return jdbc.sql("SELECT COUNT(*) FROM handoff_recent_question WHERE chat_id = ?").param(chatId)
                .query(Integer.class).single();
    }

    private static int pending(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication").query(Integer.class).single();
    }
}
