package nl.wegwijs.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import nl.wegwijs.conversation.TurnCompleted;
import nl.wegwijs.handoff.HandoffEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The figures an operator reads, taken from the events the features already publish rather than
 * counters sprinkled through them. Tags are small closed sets (channel, language, outcome), never a
 * user, a chat or any text.
 */
@Component
class OperatorMetrics {

    private final MeterRegistry meters;

    OperatorMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void on(TurnCompleted turn) {
        Counter.builder("wegwijs.messages")
                .description("Messages answered, by channel, reply language and how the turn ended")
                .tag("channel", tag(turn.key().channel()))
                .tag("language", turn.language() == null ? "unknown" : tag(turn.language()))
                .tag("outcome", tag(turn.outcome().kind()))
                .register(meters)
                .increment();
    }

    @EventListener
    void on(HandoffEvent event) {
        Counter.builder("wegwijs.handoffs")
                .description("Handoff steps: requested, consented, claimed, escalated, closed, no one available")
                .tag("kind", tag(event.kind()))
                .register(meters)
                .increment();
        if (event.kind() == HandoffEvent.Kind.CLAIMED && event.timeToClaim() != null) {
            Timer.builder("wegwijs.handoff.wait")
                    .description("From a parent's consent to an intermediary's claim")
                    .publishPercentileHistogram()
                    .register(meters)
                    .record(event.timeToClaim());
        }
    }

    private static String tag(Object value) {
        return value.toString().toLowerCase(Locale.ROOT);
    }
}
