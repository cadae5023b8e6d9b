package nl.wegwijs.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.wegwijs.support.ChatApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A parent's question through the real chat API ends up in the log, scrubbed and unlinkable (H2). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wegwijs.knowledge.region=amsterdam")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class InsightsRecordingIT {

    static final String CONVERSATION = "rec-7f3a9c";
    static final String QUESTION = "Mijn zoon Mohammed is heel druk, kan het ADHD zijn? Bel me op 0612345678";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static List<Map<String, Object>> rowsFor(JdbcClient jdbc, String kind, int atLeast) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Map<String, Object>> rows;
        do {
            rows = jdbc.sql("SELECT * FROM insight_record WHERE kind = ?").params(kind).query().listOfRows();
            if (rows.size() >= atLeast) {
                return rows;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < end);
        return rows;
    }

    @Test
    void recordsTheQuestionScrubbedWithTopicWeekRegionAndAKeyedHash(CapturedOutput output) throws Exception {
        var api = new ChatApiClient(port);
        var reply = api.text(CONVERSATION, QUESTION);
        api.text(CONVERSATION, "waar vind ik een zwembad met zwemles voor een kind met autisme in de Bijlmer?");

        assertThat(reply.status()).isEqualTo(200);
        List<Map<String, Object>> answered = rowsFor(jdbc, "ANSWERED", 1);
        assertThat(answered).isNotEmpty();
        Map<String, Object> row = answered.get(0);
        assertThat(row.get("question")).asString().doesNotContain("0612345678").doesNotContain("Mohammed")
                .contains("[TELEFOON]");
        assertThat(row.get("region")).isEqualTo("amsterdam");
        assertThat(row.get("channel")).isEqualTo("WEB");
        assertThat(row.get("iso_week")).asString().matches("\\d{4}-W\\d{2}");
        assertThat(row.get("asker_hash")).asString().doesNotContain(CONVERSATION).hasSize(32);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM insight_asker_key").query(Integer.class).single()).isEqualTo(1);
        assertThat(output.getAll()).as("no message text or user id in the logs")
                .doesNotContain("0612345678").doesNotContain("Mohammed").doesNotContain(CONVERSATION);
    }

    @Test
    void forgettingErasesThisMonthsRecords() throws Exception {
        var api = new ChatApiClient(port);
        api.text("forget-me-1", "Mijn kind is heel druk en vergeet alles, kan het ADHD zijn?");
        assertThat(rowsFor(jdbc, "ANSWERED", 1)).isNotEmpty();
        // Count only this parent's record: other tests sharing this context may still be writing theirs.
        String mine = "SELECT COUNT(*) FROM insight_record WHERE question LIKE '%vergeet alles%'";
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (jdbc.sql(mine).query(Integer.class).single() == 0 && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertThat(jdbc.sql(mine).query(Integer.class).single()).isEqualTo(1);

        api.text("forget-me-1", "/vergeet");

        end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int after;
        do {
            Thread.sleep(50);
            after = jdbc.sql(mine).query(Integer.class).single();
        } while (after > 0 && System.nanoTime() < end);
        assertThat(after).isZero();
    }
}
