package nl.wegwijs.knowledge;

import java.util.List;
import nl.wegwijs.conversation.ConversationStep;
import nl.wegwijs.conversation.MessageKind;
import nl.wegwijs.conversation.PipelineStage;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.conversation.Turn;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When no FAQ entry fits but the question names a known term ("kinderbijslag nasıl alınır"),
 * explaining the term helps more than "I don't know". Runs after {@link FaqStep}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class TermMentionStep implements ConversationStep {

    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 10;

    private final Knowledge knowledge;
    private final JargonStep jargon;

    TermMentionStep(Knowledge knowledge, JargonStep jargon) {
        this.knowledge = knowledge;
        this.jargon = jargon;
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.FAQ;
    }

    @Override
    public StepResult handle(Turn turn) {
        // In a long story a term is background ("a letter from the gemeente"), not the question.
        if (turn.kind() != MessageKind.TEXT || turn.message().isCommand() || WORDS.matcher(turn.text()).results().count() > MAX_WORDS) {
            return StepResult.pass();
        }
        List<TermFinder.Found> found = knowledge.findTerms(turn.text(), turn.language());
        if (found.isEmpty()) {
            return StepResult.pass();
        }
        return jargon.explain(turn, found.stream().limit(2).map(TermFinder.Found::term).toList());
    }
}
