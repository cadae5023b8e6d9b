package nl.wegwijs.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.wegwijs.support.ChatApiClient;
import nl.wegwijs.support.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same recording on a real PostgreSQL with the operator's postgres profile, read back through the views. */
@ActiveProfiles({"test", "postgres"})
class InsightsRecordingPostgresIT extends InsightsRecordingIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }

    @Autowired
    Insights insights;

    @Test
    void theViewsCountDistinctAskersInPostgres() throws Exception {
        var api = new ChatApiClient(port);
        for (int i = 0; i < 5; i++) {
            // a conversation the server issued: only such askers count (issue 15)
            String issued = api.post("{\"text\": \"Mijn kind is heel druk, kan het ADHD zijn?\"}").body()
                    .path("conversationId").asString();
            api.text(issued, "Mijn kind is heel druk, kan het ADHD zijn?");
        }
        var today = LocalDate.now();
        var filter = new InsightFilter(today.minusDays(7), today.plusDays(1), "nl", "amsterdam");
        // records and the facts about their askers are written off the reply's path: wait for all ten
        long end = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        var trends = insights.topics(filter);
        while (trends.rows().stream().noneMatch(r -> r.total().records() >= 10) && System.nanoTime() < end) {
            Thread.sleep(100);
            trends = insights.topics(filter);
        }

        assertThat(trends.rows()).anySatisfy(r -> {
            assertThat(r.total().askers()).isGreaterThanOrEqualTo(5);
            assertThat(r.total().records()).isGreaterThanOrEqualTo(10);
        });
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    }
}
