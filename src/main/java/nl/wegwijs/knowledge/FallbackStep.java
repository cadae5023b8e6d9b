package nl.wegwijs.knowledge;

import java.util.List;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.ConversationStep;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.Outcome;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.PipelineStage;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.conversation.Turn;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.springframework.stereotype.Component;

/**
 * The last step: nothing matched. Say honestly that the bot does not know, rather than guess,
 * and give the general starting points and a person. Unknown commands and stale buttons end here too.
 */
@Component
class FallbackStep implements ConversationStep {

    private final InterfaceText text;
    private final Buttons buttons;
    private final StartingPoints startingPoints;

    FallbackStep(InterfaceText text, Buttons buttons, StartingPoints startingPoints) {
        this.text = text;
        this.buttons = buttons;
        this.startingPoints = startingPoints;
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.FALLBACK;
    }

    @Override
    public StepResult handle(Turn turn) {
        Language language = turn.language();
        List<nl.wegwijs.conversation.Button> offer = List.of(buttons.person(language), buttons.help(language));
        if (turn.message().isCommand()) {
            return StepResult.answer(turn, Outcome.of(OutcomeKind.COMMAND, "unknown"),
                    OutboundMessage.of(text.get(language, "unknown.command"), offer));
        }
        if (turn.kind() == nl.wegwijs.conversation.MessageKind.BUTTON) {
            return StepResult.answer(turn, Outcome.of(OutcomeKind.OTHER, "stale-button"),
                    OutboundMessage.of(text.get(language, "unknown.button"), offer));
        }
        return StepResult.answer(turn, Outcome.of(OutcomeKind.UNANSWERED, "unanswered"),
                OutboundMessage.of(text.get(language, "fallback.text") + "\n\n" + startingPoints.text(language), offer));
    }
}
