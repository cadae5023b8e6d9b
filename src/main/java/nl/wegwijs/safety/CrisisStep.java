package nl.wegwijs.safety;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.ConversationStep;
import nl.wegwijs.conversation.MessageKind;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.Outcome;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.PipelineStage;
import nl.wegwijs.conversation.Stage;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.conversation.Turn;
import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageResolver;
import org.springframework.stereotype.Component;

/**
 * First step of every message, graded:
 * <ul>
 *   <li>acute: the emergency numbers, in the writer's language, and nothing else (when only the
 *       statistical signal said acute, no rule: the numbers first and then the normal answer, since
 *       the signal now and then takes an ordinary question for a crisis); inside a handoff
 *       the numbers come first and the message still reaches the intermediary, who should know. When
 *       the numbers already went out at intake ({@link CrisisIntake}) they are not sent again;</li>
 *   <li>possible: the normal answer from the later steps, with one safety line and the offer of a
 *       person under it;</li>
 *   <li>none: nothing.</li>
 * </ul>
 * Recorded for insights by kind only, never with text.
 */
@Component
class CrisisStep implements ConversationStep {

    private final SafetyCheck safety;
    private final Buttons buttons;
    /** Counts a home language's words beside Dutch for the emergency reply's language; null in some tests. */
    private final LanguageResolver languages;

    @org.springframework.beans.factory.annotation.Autowired
    CrisisStep(SafetyCheck safety, Buttons buttons, LanguageResolver languages) {
        this.safety = safety;
        this.buttons = buttons;
        this.languages = languages;
    }

    CrisisStep(SafetyCheck safety, Buttons buttons) {
        this(safety, buttons, null);
    }

    CrisisStep(Buttons buttons) {
        this(new SafetyCheck(), buttons);
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.SAFETY;
    }

    @Override
    public StepResult handle(Turn turn) {
        // A letter's text is checked too (a photographed note can say the same as a typed one).
        if (turn.kind() != MessageKind.TEXT && turn.kind() != MessageKind.LETTER || turn.message().isCommand()) {
            return StepResult.pass();
        }
        // the intake already answered acute danger from rules and signal alone; here a configured model may
        // still raise a possible or missed danger (within its 3 s budget)
        SafetyVerdict verdict = safety.withSecondOpinion(turn.text(), safety.assess(turn.text()));
        if (verdict instanceof SafetyVerdict.None) {
            return StepResult.pass();
        }
        // only now: counting a home language's words runs the detector over every three-word window
        Language language = SafetyCheck.replyLanguage(languages, turn.text(), turn.language(), verdict);
        boolean inHandoff = turn.state().stage() == Stage.IN_HANDOFF;
        if (verdict instanceof SafetyVerdict.Acute acute) {
            Outcome outcome = Outcome.of(OutcomeKind.CRISIS, topic(acute.kinds()));
            List<OutboundMessage> messages = turn.message().emergencySent() ? List.of()
                    : List.of(OutboundMessage.of(safety.emergencyText(acute, language),
                            inHandoff ? List.of() : List.of(buttons.person(language))));
            // only the statistical signal said acute: the numbers first, then the answer the parent may have asked for
            return inHandoff || acute.answerToo() ? new StepResult.Prefixed(messages, outcome)
                    : new StepResult.Answered(messages, turn.state(), outcome);
        }
        if (verdict instanceof SafetyVerdict.Possible possible) {
            Outcome outcome = Outcome.of(OutcomeKind.CRISIS, topic(possible.kinds()));
            return new StepResult.Suffixed(List.of(OutboundMessage.of(safety.safetyLine(possible, language),
                    inHandoff ? List.of() : List.of(buttons.person(language)))), outcome);
        }
        return StepResult.pass();
    }

    private static String topic(Set<CrisisKind> kinds) {
        return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
