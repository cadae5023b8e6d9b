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
        rowsFor(jdbc, "ANSWERED", 10);
        var today = LocalDate.now();

        var trends = insights.topics(new InsightFilter(today.minusDays(7), today.plusDays(1), "nl", "amsterdam"));

        assertThat(trends.rows()).anySatisfy(r -> {
            assertThat(r.total().askers()).isGreaterThanOrEqualTo(5);
            assertThat(r.total().records()).isGreaterThanOrEqualTo(10);
        });
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    }
}
