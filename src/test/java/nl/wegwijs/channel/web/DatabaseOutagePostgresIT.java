package nl.wegwijs.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpRequest;
import nl.wegwijs.support.ChatApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A real PostgreSQL that goes away mid-conversation: parents get a polite answer, never an error page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
class DatabaseOutagePostgresIT {

    static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @LocalServerPort
    int port;

    @Test
    void answersPolitelyWhileTheDatabaseIsDownAndReportsItInHealth() throws Exception {
        var api = new ChatApiClient(port);
        assertThat(api.text("before-outage", "/start").status()).isEqualTo(200);

        postgres.close();

        var reply = api.text("during-outage", "My son does not want to go to school anymore, who can help?");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.language()).isEqualTo("en");
        assertThat(reply.allText()).contains("try again").contains("112");

        var health = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/actuator/health")).GET().build());
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.raw()).doesNotContain("Exception");
    }
}
