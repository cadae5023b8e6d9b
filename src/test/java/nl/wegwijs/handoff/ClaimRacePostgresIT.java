package nl.wegwijs.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.language.Language;
import nl.wegwijs.support.Databases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several replicas on one real PostgreSQL claiming the same ticket at the same moment: each
 * replica has its own connection pool here (its own store), and exactly one claim wins.
 */
class ClaimRacePostgresIT {

    static final int REPLICAS = 8;
    static final int TICKETS = 40;

    @Test
    void exactlyOneOfManyConcurrentClaimsWinsOnPostgres() throws Exception {
        DataSource db = Databases.postgres();
        assertThat(JdbcClient.create(db).sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
        List<TicketStore> replicas = new ArrayList<>();
        for (int r = 0; r < REPLICAS; r++) {
            replicas.add(new TicketStore(JdbcClient.create(pooled(db))));
        }
        TicketStore setup = replicas.get(0);
        ExecutorService pool = Executors.newFixedThreadPool(REPLICAS);
        int totalWins = 0;
        try {
            for (int t = 0; t < TICKETS; t++) {
                String ref = setup.create(new ConversationKey(Channel.TELEGRAM, "p" + t), Language.AR, "ar", null, null, null,
                        "[scrubbed]", Instant.now());
                setup.consent(ref, Instant.now());
                CyclicBarrier start = new CyclicBarrier(REPLICAS);
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int r = 0; r < REPLICAS; r++) {
                    TicketStore replica = replicas.get(r);
                    Intermediary who = intermediary(r);
                    claims.add(pool.submit(() -> {
                        start.await();
                        return replica.claim(ref, who, IntermediaryAddress.privateChat(who.telegramUserId()), Instant.now());
                    }));
                }
                int wins = 0;
                int winner = -1;
                for (int r = 0; r < REPLICAS; r++) {
                    if (claims.get(r).get()) {
                        wins++;
                        winner = r;
                    }
                }
                assertThat(wins).as("claims won for ticket %d", t).isEqualTo(1);
                Ticket claimed = setup.find(ref).orElseThrow();
                assertThat(claimed.status()).isEqualTo(TicketStatus.CLAIMED);
                assertThat(claimed.intermediaryId()).isEqualTo("i" + winner);
                assertThat(claimed.replyTo().chatId()).isEqualTo(100 + winner);
                totalWins += wins;
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(totalWins).isEqualTo(TICKETS);
    }

    static Intermediary intermediary(int r) {
        return new Intermediary("i" + r, "I" + r, "org", 100 + r, Set.of("ar"), Set.of("*"), Availability.parse("always"),
                Delivery.PRIVATE, false, false, 3);
    }

    /** A small pool per replica, so the claims really run on separate connections at once. */
    static DataSource pooled(DataSource db) {
        var pg = (org.postgresql.ds.PGSimpleDataSource) db;
        var hikari = new com.zaxxer.hikari.HikariDataSource();
        hikari.setJdbcUrl(pg.getUrl());
        hikari.setUsername("postgres");
        hikari.setMaximumPoolSize(2);
        return hikari;
    }
}
