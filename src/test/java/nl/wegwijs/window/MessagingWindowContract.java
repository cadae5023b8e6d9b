package nl.wegwijs.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.UserForgotten;
import nl.wegwijs.handoff.MutableClock;
import nl.wegwijs.language.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the window must do in the database, run against H2 and a real PostgreSQL. */
abstract class MessagingWindowContract {

    abstract DataSource dataSource();

    static final Duration DAY = Duration.ofHours(24);
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"));
    final ConversationKey parent = new ConversationKey(Channel.WHATSAPP, "31611111111");
    MessagingWindow window;

    @BeforeEach
    void setUp() {
        window = new MessagingWindow(JdbcClient.create(dataSource()), clock, new WindowProperties(Duration.ofDays(30)));
    }

    @Test
    void isOpenForADayAfterTheUsersLastMessageOnly() {
        assertThat(window.isOpen(parent, DAY)).as("never wrote").isFalse();
        window.userWrote(parent, clock.instant());
        clock.advance(Duration.ofHours(23));
        assertThat(window.isOpen(parent, DAY)).isTrue();
        window.userWrote(parent, clock.instant().minus(Duration.ofHours(30))); // an older message arriving late
        clock.advance(Duration.ofHours(2));
        assertThat(window.isOpen(parent, DAY)).isFalse();
        window.userWrote(parent, clock.instant());
        assertThat(window.isOpen(parent, DAY)).isTrue();
    }

    @Test
    void theNoticeIsClaimedOncePerClosedWindow() {
        window.userWrote(parent, clock.instant());
        assertThat(window.claimNotice(parent)).isTrue();
        assertThat(window.claimNotice(parent)).isFalse();
        window.releaseNotice(parent);
        assertThat(window.claimNotice(parent)).as("a failed notice is tried again").isTrue();
        window.userWrote(parent, clock.instant());
        assertThat(window.claimNotice(parent)).as("the user wrote: a new window, a new notice").isTrue();

        ConversationKey stranger = new ConversationKey(Channel.WHATSAPP, "31622222222");
        assertThat(window.claimNotice(stranger)).isTrue();
        assertThat(window.claimNotice(stranger)).isFalse();
    }

    @Test
    void heldMessagesComeBackInOrderWithTheirChoicesAndAreTakenOnce() {
        window.hold(parent, Language.AR, OutboundMessage.of("eerste", List.of(new Button("Ja", "ho:yes"))), null);
        window.hold(parent, Language.AR, OutboundMessage.of("tweede"), new Attachment(Attachment.Type.PHOTO, "file-1", ""));
        List<HeldMessage> held = window.held(parent);
        assertThat(held).extracting(h -> h.message().text()).containsExactly("eerste", "tweede");
        assertThat(held.get(0).message().buttons()).containsExactly(new Button("Ja", "ho:yes"));
        assertThat(held.get(0).language()).isEqualTo(Language.AR);
        assertThat(held.get(1).media().fileId()).isEqualTo("file-1");
        assertThat(window.take(held.get(0))).isTrue();
        assertThat(window.take(held.get(0))).as("another replica got it first").isFalse();
        assertThat(window.held(parent)).hasSize(1);
    }

    @Test
    void forgettingAndThePurgeDeleteWhatIsKept() {
        window.userWrote(parent, clock.instant());
        window.hold(parent, Language.NL, OutboundMessage.of("tekst"), null);
        window.forget(new UserForgotten(parent));
        assertThat(window.held(parent)).isEmpty();
        assertThat(window.lastUserMessage(parent)).isEmpty();

        window.userWrote(parent, clock.instant());
        window.hold(parent, Language.NL, OutboundMessage.of("tekst"), null);
        clock.advance(Duration.ofDays(31));
        assertThat(window.purge()).isEqualTo(2);
        assertThat(window.held(parent)).isEmpty();
        assertThat(window.lastUserMessage(parent)).isEmpty();
    }
}
