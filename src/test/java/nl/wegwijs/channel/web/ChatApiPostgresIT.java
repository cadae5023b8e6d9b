package nl.wegwijs.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.support.ChatApiClient;
import nl.wegwijs.support.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole app on a real PostgreSQL, with the postgres profile an operator would use. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
class ChatApiPostgresIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsTheChosenLanguageInPostgres() {
        var api = new ChatApiClient(port);
        api.button("pg-1", "lang:tr");

        var reply = api.text("pg-1", "OTS?");

        assertThat(reply.language()).isEqualTo("tr");
        assertThat(jdbc.sql("SELECT language FROM conversation_state WHERE chat_id = ?").param(api.idOf("pg-1")).query(String.class).single())
                .isEqualTo("tr");
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    }
}
