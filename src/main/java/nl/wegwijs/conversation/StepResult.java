package nl.wegwijs.conversation;

import java.util.List;

/** What a pipeline step decided. */
public sealed interface StepResult {

    /** Not mine: the next step may answer. */
    record Pass() implements StepResult {
    }

    /** The answer; the pipeline ends here. {@code state} is the state to keep. */
    record Answered(List<OutboundMessage> messages, ConversationState state, Outcome outcome) implements StepResult {
        public Answered {
            messages = List.copyOf(messages);
        }
    }

    /** Say these messages first, then let the next steps answer too (safety inside a handoff). */
    record Prefixed(List<OutboundMessage> messages, Outcome outcome) implements StepResult {
        public Prefixed {
            messages = List.copyOf(messages);
        }
    }

    /**
     * Let the next steps answer, then add these messages under their answer (one safety line when
     * danger is possible but not acute). {@code outcome} replaces the answer's outcome for insights.
     */
    record Suffixed(List<OutboundMessage> messages, Outcome outcome) implements StepResult {
        public Suffixed {
            messages = List.copyOf(messages);
        }
    }

    static StepResult pass() {
        return new Pass();
    }

    static StepResult answer(Turn turn, Outcome outcome, OutboundMessage... messages) {
        return new Answered(List.of(messages), turn.state(), outcome);
    }
}
