package nl.wegwijs.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.wegwijs.support.ChatApiClient;
import nl.wegwijs.support.OperatorEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
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
