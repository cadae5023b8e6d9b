package nl.wegwijs.llm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.wegwijs.safety.GroundingReason;

/**
 * {@code wegwijs.llm.answers} (Prometheus: {@code wegwijs_llm_answers_total}): what became of each
 * model answer. {@code result} is used, rejected (by the grounding check; {@code reason} is its
 * code) or unavailable (busy, timeout, error). Closed tag sets only, never text.
 */
final class ModelAnswerMetrics {

    static final String NAME = "wegwijs.llm.answers";

    private final MeterRegistry registry;

    ModelAnswerMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (GroundingReason r : GroundingReason.values()) {
            counter("rejected", r.code());
        }
        counter("used", "grounded");
    }

    void used() {
        counter("used", "grounded").increment();
    }

    void rejected(GroundingReason reason) {
        counter("rejected", reason.code()).increment();
    }

    void unavailable(String why) {
        counter("unavailable", why).increment();
    }

    private Counter counter(String result, String reason) {
        return Counter.builder(NAME).description("model answers: used, rejected by the grounding check, or unavailable")
                .tag("result", result).tag("reason", reason).register(registry);
    }
}
