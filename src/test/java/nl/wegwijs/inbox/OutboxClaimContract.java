package nl.wegwijs.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claiming a chat's run of replies, on each database: one claim takes every reply of the chat
 * stored so far, in order; nobody else gets any of that chat while it is held, not even a reply
 * added meanwhile; a reply put off for later gives the rest of its run back, behind it.
 */
abstract class OutboxClaimContract {

    static final Set<String> SOURCES = Set.of("telegram");
    static final Duration LEASE = Duration.ofSeconds(30);

    OutboxRepository outbox;

    abstract DataSource dataSource();

    @BeforeEach
    void setUp() {
        DataSource ds = dataSource();
        outbox = new OutboxRepository(JdbcClient.create(ds), ds, new TransactionTemplate(new DataSourceTransactionManager(ds)),
                Clock.systemUTC());
    }

    @Test
    void aClaimTakesTheWholeRunOfOneChatAndNobodyElseGetsAnyOfIt() {
        outbox.insert("telegram", "telegram:1", "a1");
        outbox.insert("telegram", "telegram:2", "b1");
        outbox.insert("telegram", "telegram:1", "a2");
        outbox.insert("telegram", "telegram:1", "a3");

        List<OutboxItem> first = outbox.claim(SOURCES, "replica-a", LEASE);
        assertThat(first).extracting(OutboxItem::payload).containsExactly("a1", "a2", "a3");
        assertThat(first.get(0).attempts()).isEqualTo(1);

        outbox.insert("telegram", "telegram:1", "a4"); // a turn of chat 1 commits meanwhile
        assertThat(outbox.claim(SOURCES, "replica-b", LEASE)).extracting(OutboxItem::payload).containsExactly("b1");
        assertThat(outbox.claim(SOURCES, "replica-b", LEASE)).as("chat 1 is held; chat 2's reply is out").isEmpty();

        first.forEach(item -> outbox.delete(item.id()));
        assertThat(outbox.claim(SOURCES, "replica-b", LEASE)).extracting(OutboxItem::payload).containsExactly("a4");
    }

    @Test
    void aReplyPutOffGivesItsRunBackBehindIt() {
        outbox.insert("telegram", "telegram:1", "a1");
        outbox.insert("telegram", "telegram:1", "a2");
        List<OutboxItem> run = outbox.claim(SOURCES, "replica-a", LEASE);

        outbox.later(run.get(0), "replica-a", Duration.ofMinutes(5));

        assertThat(outbox.claim(SOURCES, "replica-b", LEASE)).as("a2 waits behind a1, which is not due").isEmpty();
        assertThat(outbox.renew("replica-a", LEASE)).as("replica-a holds nothing of the chat any more").isZero();
    }

    @Test
    void aDeadReplicasRunIsTakenWholeOnceItsLeaseRanOut() {
        outbox.insert("telegram", "telegram:1", "a1");
        outbox.insert("telegram", "telegram:1", "a2");
        assertThat(outbox.claim(SOURCES, "dead", Duration.ofMillis(-1))).hasSize(2); // a lease that has run out

        assertThat(outbox.claim(SOURCES, "replica-b", LEASE)).extracting(OutboxItem::payload).containsExactly("a1", "a2");
    }
}
