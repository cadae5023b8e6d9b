package nl.wegwijs.inbox;

import nl.wegwijs.conversation.ConversationStep;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.Outcome;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.PipelineStage;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.conversation.Turn;
import org.springframework.context.annotation.Bean;

/**
 * Answers "load ..." with "echo load ...", so every reply names the update it answers. It sits
 * after the crisis check, so the whole plumbing (inbox, state, crisis rules, events) still runs.
 */
// Deliberately not a @Configuration: component scanning would put it into every test's context.
class Echo {

    @Bean
    ConversationStep echoStep() {
        return new ConversationStep() {
            public PipelineStage stage() {
                return PipelineStage.COMMANDS;
            }

            public StepResult handle(Turn turn) {
                return turn.text().startsWith("load ")
                        ? StepResult.answer(turn, Outcome.of(OutcomeKind.ANSWERED, "echo"), OutboundMessage.of("echo " + turn.text()))
                        : StepResult.pass();
            }
        };
    }
}
