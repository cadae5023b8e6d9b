package nl.wegwijs.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wegwijs.support.ChatApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/** The log's database is down: parents still get their answers, and the logs still hold no text. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class FailingInsightStoreIT {

    static final AtomicInteger attempts = new AtomicInteger();

    @TestConfiguration
    static class Broken {

        @Bean
        @Primary
        InsightStore brokenInsightStore() {
            return new InsightStore() {
                public void save(InsightRecord record) {
                    attempts.incrementAndGet();
                    throw new org.springframework.dao.DataAccessResourceFailureException("insight db down (test)");
                }

                public int deleteWeeksBefore(LocalDate cutoff) {
                    throw new IllegalStateException();
                }

                public int deleteAsker(String month, String askerHash) {
                    throw new IllegalStateException();
                }

                public void markAsker(String month, String askerHash, AskerFact fact) {
                    throw new org.springframework.dao.DataAccessResourceFailureException("insight db down (test)");
                }

                public List<AskerRow> askers(Selection selection, List<Dim> dims) {
                    throw new IllegalStateException();
                }

                public List<StoredQuestion> questions(Selection selection, int limit) {
                    throw new IllegalStateException();
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    InsightExecutor executor;

    @Test
    void theReplyIsUnaffectedWhenRecordingFails(CapturedOutput output) throws Exception {
        var api = new ChatApiClient(port);

        var reply = api.text("broken-42", "Mijn kind is heel druk, kan het ADHD zijn? Mail me: ouder@example.nl");
        var unanswered = api.text("broken-42", "Waar kan ik een parkeervergunning aanvragen?");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.allText()).isNotBlank();
        assertThat(unanswered.status()).isEqualTo(200);
        executor.drain(5000);
        assertThat(attempts.get()).as("recording was tried, and failed").isGreaterThanOrEqualTo(2);
        assertThat(output.getAll()).contains("insight not recorded")
                .doesNotContain("ouder@example.nl").doesNotContain("parkeervergunning").doesNotContain("broken-42");
    }
}
