package nl.wegwijs.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.support.ChatApiClient;
import nl.wegwijs.support.OperatorEnvironment;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Actuator on its own port, as the chart sets it with MANAGEMENT_SERVER_PORT: the public port
 * serves no metrics, the management port serves the operator's figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = OperatorMetricsIT.ManagementPort.class)
@ActiveProfiles("test")
class OperatorMetricsIT {

    static class ManagementPort extends OperatorEnvironment {
        @Override
        protected Map<String, String> variables() {
            return Map.of("MANAGEMENT_SERVER_PORT", "0");
        }
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answered_messages_are_counted_by_channel_language_and_outcome_on_the_management_port() throws Exception {
        var reply = new ChatApiClient(port).text("metrics-1", "Mijn baby huilt heel veel, wat kan ik doen?");
        assertThat(reply.status()).isEqualTo(200);

        String metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics).containsPattern(
                "wegwijs_messages_total\\{[^}]*channel=\"web\"[^}]*language=\"nl\"[^}]*outcome=\"answered\"[^}]*} [1-9]");
    }

    @Test
    void unanswered_and_crisis_turns_are_counted_apart_in_their_language() throws Exception {
        var api = new ChatApiClient(port);
        assertThat(api.text("metrics-2", "Wat wordt het weer morgen in Utrecht?").status()).isEqualTo(200);
        assertThat(api.text("metrics-3", "kocam beni ve çocukları dövüyor").status()).isEqualTo(200);
        assertThat(api.text("metrics-4", "My son does not want to go to school anymore, who can help?").status())
                .isEqualTo(200);

        String metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics).containsPattern(
                "wegwijs_messages_total\\{[^}]*channel=\"web\"[^}]*language=\"nl\"[^}]*outcome=\"unanswered\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern(
                "wegwijs_messages_total\\{[^}]*channel=\"web\"[^}]*language=\"tr\"[^}]*outcome=\"crisis\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern(
                "wegwijs_messages_total\\{[^}]*channel=\"web\"[^}]*language=\"en\"[^}]*outcome=\"answered\"[^}]*} [1-9]");
        // closed tag sets: never a conversation id or any text of the messages
        assertThat(metrics).doesNotContain("metrics-2", "Utrecht", "kocam");
    }

    @Test
    void inbox_depth_and_the_oldest_wait_are_read_from_the_database() throws Exception {
        // a pending message of a source no worker here takes, received two minutes ago, as another
        // replica (or a stalled channel) would leave it
        Instant received = Instant.now().minus(Duration.ofMinutes(2));
        jdbc.sql("INSERT INTO inbox_message (source, chat_key, status, received_at) VALUES ('metrics-it', 'c1', 'PENDING', ?)")
                .param(Timestamp.from(received)).update();
        try {
            // the gauges read at most every few seconds: wait for a fresh read
            Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                String metrics = get(managementPort, "/actuator/prometheus");
                assertThat(gauge(metrics, "wegwijs_inbox_pending")).isGreaterThanOrEqualTo(1);
                assertThat(gauge(metrics, "wegwijs_inbox_oldest_age_seconds")).isBetween(110.0, 600.0);
            });
        } finally {
            jdbc.sql("DELETE FROM inbox_message WHERE source = 'metrics-it'").update();
        }
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(gauge(get(managementPort, "/actuator/prometheus"), "wegwijs_inbox_oldest_age_seconds"))
                        .isLessThan(110.0));
    }

    private static double gauge(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? (\\S+)$").matcher(metrics);
        assertThat(m.find()).as(name + " in\n" + metrics).isTrue();
        return Double.parseDouble(m.group(2));
    }

    @Test
    void the_public_port_serves_no_actuator_and_the_management_port_serves_health() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(status(port, "/actuator/prometheus")).isNotEqualTo(200);
        assertThat(status(port, "/actuator/health")).isNotEqualTo(200);
        assertThat(status(managementPort, "/actuator/health/readiness")).isEqualTo(200);
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        return http.send(request(port, path), HttpResponse.BodyHandlers.ofString()).body();
    }

    private int status(int port, String path) throws IOException, InterruptedException {
        return http.send(request(port, path), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }
}
