package nl.wegwijs.handoff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app for a web parent in a handoff, with intermediaries faked at our own port. The
 * escalation job is slowed to once an hour so it does not act in the middle of a test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wegwijs.handoff.tick=1h")
@ActiveProfiles("test")
@Import(WebHandoffContext.Fakes.class)
abstract class WebHandoffContext {

    @TestConfiguration
    static class Fakes {
        @Bean
        FakeIntermediaryOutbox fakeIntermediaryOutbox() {
            return new FakeIntermediaryOutbox();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    IntermediaryRegistry registry;

    @Autowired
    IntermediaryDesk desk;

    @Autowired
    FakeIntermediaryOutbox intermediaries;
}
