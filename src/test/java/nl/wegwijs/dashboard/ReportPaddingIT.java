package nl.wegwijs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.wegwijs.support.ChatApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15, "k-anonymity can be padded": one real parent asks something the bot cannot answer and adds a
 * personal sentence; an attacker adds four more askers about the same thing and reads unanswered.csv.
 * Through the real chat API, the real recorder and the real export (H2).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportPaddingIT {

    static final String VICTIM = "Hoe krijg ik een parkeervergunning voor de moskee Al Fourkaan? Ik ben daar de imam sinds 2019";
    static final String PADDING = "hoe krijg ik een parkeervergunning";

    @DynamicPropertySource
    static void staff(DynamicPropertyRegistry registry) {
        DashboardFixtures.registerStaff(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        jdbc.sql("DELETE FROM insight_record").update();
        jdbc.sql("DELETE FROM insight_asker_fact").update();
    }

    @Test
    void fourInventedIdsDoNotPutTheRealAskersWordsIntoTheExport() throws Exception {
        var api = new ChatApiClient(port);
        assertThat(api.post("{\"text\": \"" + VICTIM + "\"}").status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(api.text("invented-" + i, PADDING).status()).isEqualTo(200);
            assertThat(api.idOf("invented-" + i)).as("an invented id is replaced by one the server issues").startsWith("w-");
        }
        // so each counts as a fresh, issued asker (two facts each), never under the invented name
        awaitRecords(5, 10);

        String csv = export();
        assertThat(csv).doesNotContainIgnoringCase("imam").doesNotContain("2019");
    }

    /** Four fresh conversations the server did issue count, so the group shows, but only by its label. */
    @Test
    void fourIssuedAskersShowTheGroupButNeverTheRealAskersWords() throws Exception {
        var api = new ChatApiClient(port);
        assertThat(api.post("{\"text\": \"" + VICTIM + "\"}").status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(api.post("{\"text\": \"" + PADDING + "\"}").status()).isEqualTo(200);
        }
        awaitRecords(5, 10);

        String csv = export();
        assertThat(csv).as("the group itself is shown: the rule counts issued askers").contains("parkeervergunning");
        assertThat(csv).doesNotContainIgnoringCase("imam").doesNotContain("2019")
                .as("four askers wrote the padding: fewer than k").doesNotContain(PADDING);
    }

    private String export() throws Exception {
        return mvc.perform(get("/dashboard/export/unanswered.csv").with(user(DashboardFixtures.USER).roles("STAFF")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The recorder writes off the reply's path: wait for the records and the facts about their askers. */
    private void awaitRecords(int records, int facts) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < end && (count("insight_record WHERE kind = 'UNANSWERED'") < records
                || count("insight_asker_fact") < facts)) {
            Thread.sleep(50);
        }
        assertThat(count("insight_record WHERE kind = 'UNANSWERED'")).as("the questions went unanswered")
                .isEqualTo(records);
        assertThat(count("insight_asker_fact")).isEqualTo(facts);
        assertThat(jdbc.sql("SELECT question FROM insight_record").query(String.class).list())
                .as("precondition: the real asker's words are in the log").anyMatch(q -> q.contains("imam sinds 2019"));
    }

    private int count(String from) {
        return jdbc.sql("SELECT COUNT(*) FROM " + from).query(Integer.class).single();
    }
}
