package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.ConversationState;
import nl.wegwijs.conversation.InboundMessage;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.Stage;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.conversation.Turn;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import java.util.EnumSet;
import java.util.List;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.language.LanguageFixtures;
import org.junit.jupiter.api.Test;

class CrisisStepTest {

    final CrisisStep step = new CrisisStep(new Buttons(new InterfaceText()));
    final ConversationKey key = new ConversationKey(Channel.WEB, "c");

    Turn turn(String text, Language language, Stage stage) {
        return turn(InboundMessage.text(key, text), language, stage);
    }

    Turn turn(InboundMessage message, Language language, Stage stage) {
        return new Turn(message, ConversationState.fresh(key).withLanguage(language, false).withStage(stage, null), language);
    }

    @Test
    void answersDangerWithTheNumbersInTheWritersLanguageAndOffersAPerson() {
        var result = (StepResult.Answered) step.handle(turn("Mijn vriend bedreigt me en de kinderen", Language.NL, Stage.BOT));

        assertThat(result.messages().get(0).text()).contains("112").contains("0800-2000");
        assertThat(result.messages().get(0).buttons()).extracting(b -> b.value()).contains("cmd:mens");
        assertThat(result.outcome().kind()).isEqualTo(OutcomeKind.CRISIS);
    }

    @Test
    void putsTheNumbersFirstButLetsAnOpenHandoffGoOn() {
        var result = step.handle(turn("ابنتي تقول إنها لا تريد أن تعيش", Language.AR, Stage.IN_HANDOFF));

        assertThat(result).isInstanceOf(StepResult.Prefixed.class);
        assertThat(((StepResult.Prefixed) result).messages().get(0).text()).containsPattern("113|0800-0113");
    }

    @Test
    void doesNotSendTheEmergencyReplyTwiceWhenIntakeAlreadySentIt() {
        var result = step.handle(turn(InboundMessage.text(key, "mijn man slaat mij nu").withEmergencySent(), Language.NL, Stage.BOT));

        assertThat(result).isInstanceOf(StepResult.Answered.class);
        assertThat(((StepResult.Answered) result).messages()).isEmpty();
        assertThat(((StepResult.Answered) result).outcome().kind()).isEqualTo(OutcomeKind.CRISIS);
    }

    @Test
    void aPossibleDangerLetsTheNormalAnswerComeAndAddsOneSafetyLineWithAPerson() {
        var result = step.handle(turn("ik kan het echt niet meer aan met de kinderen, alles is te veel", Language.NL, Stage.BOT));

        assertThat(result).isInstanceOf(StepResult.Suffixed.class);
        var line = ((StepResult.Suffixed) result).messages();
        assertThat(line).hasSize(1);
        assertThat(line.get(0).text()).contains("0800-0113").doesNotContain("0800-2000");
        assertThat(line.get(0).buttons()).extracting(b -> b.value()).containsExactly("cmd:mens");
    }

    @Test
    void arabiziGetsTheArabicReplyWhateverTheDetectorGuessed() {
        var result = (StepResult.Answered) step.handle(turn("jouzi bi darbni hala2", Language.EN, Stage.BOT));

        assertThat(result.messages().get(0).text()).contains("112").containsPattern("[\\u0600-\\u06FF]{4,}");
    }

    @Test
    void leavesQuestionsAboutServicesToTheNormalAnswer() {
        assertThat(step.handle(turn("Wat doet Veilig Thuis?", Language.NL, Stage.BOT))).isInstanceOf(StepResult.Pass.class);
        assertThat(step.handle(turn("ik word gek van de drukte", Language.NL, Stage.BOT))).isInstanceOf(StepResult.Pass.class);
    }

    /** A signal sure of danger in every message: what the rules say decides whether the answer still follows. */
    static CrisisStep withAlarmedSignal() {
        SafetySignal sure = text -> new SafetySignal.Reading(1, 1, EnumSet.of(CrisisKind.DOMESTIC_VIOLENCE));
        var detector = new CrisisDetector(RuleSet.loadDefault(), CrisisDetector.SignalUse.of(sure));
        return new CrisisStep(new SafetyCheck(detector, new EmergencyReplies()), new Buttons(new InterfaceText()));
    }

    /** No rule fires on it; "bang" is a danger word, so a confident signal may raise it. */
    static final String ORDINARY_WITH_A_DANGER_WORD = "hoe lang is de wachtlijst voor jeugdhulp? ik ben bang dat het te lang duurt";

    @Test
    void whenOnlyTheSignalSaysAcuteTheNumbersComeFirstAndTheNormalAnswerStillFollows() {
        var result = withAlarmedSignal().handle(turn(ORDINARY_WITH_A_DANGER_WORD, Language.NL, Stage.BOT));

        assertThat(result).isInstanceOf(StepResult.Prefixed.class);
        var prefixed = (StepResult.Prefixed) result;
        assertThat(prefixed.messages()).singleElement().extracting(OutboundMessage::text).asString().contains("112").contains("0800-2000");
        assertThat(prefixed.outcome().kind()).isEqualTo(OutcomeKind.CRISIS);
        assertThat(step.handle(turn(ORDINARY_WITH_A_DANGER_WORD, Language.NL, Stage.BOT)))
                .as("the rules alone see nothing in it").isInstanceOf(StepResult.Pass.class);
    }

    @Test
    void whenOnlyTheSignalSaysAcuteAndIntakeSentTheNumbersTheAnswerFollowsWithoutThemAgain() {
        var result = withAlarmedSignal().handle(turn(InboundMessage.text(key, ORDINARY_WITH_A_DANGER_WORD).withEmergencySent(),
                Language.NL, Stage.BOT));

        assertThat(result).isInstanceOf(StepResult.Prefixed.class);
        assertThat(((StepResult.Prefixed) result).messages()).isEmpty();
    }

    @Test
    void anAcuteRuleStillAnswersWithTheNumbersAloneWhateverTheSignal() {
        var result = withAlarmedSignal().handle(turn("mijn man slaat mij nu", Language.NL, Stage.BOT));

        assertThat(result).isInstanceOf(StepResult.Answered.class);
        assertThat(((StepResult.Answered) result).messages().get(0).text()).contains("112");
    }

    @Test
    void theIntakeSendsTheNumbersAtOnceAlsoWhenOnlyTheSignalSaysAcute() {
        SafetySignal sure = text -> new SafetySignal.Reading(1, 1, EnumSet.of(CrisisKind.DOMESTIC_VIOLENCE));
        var safety = new SafetyCheck(new CrisisDetector(RuleSet.loadDefault(), CrisisDetector.SignalUse.of(sure)), new EmergencyReplies());
        var intake = new CrisisIntake(safety, LanguageFixtures.resolver(), new Buttons(new InterfaceText()));

        assertThat(safety.assess(ORDINARY_WITH_A_DANGER_WORD)).isInstanceOfSatisfying(SafetyVerdict.Acute.class,
                a -> assertThat(a.evidence()).isEqualTo(SafetyVerdict.Evidence.SIGNAL_ONLY));
        assertThat(safety.assess("mijn man slaat mij nu")).isInstanceOfSatisfying(SafetyVerdict.Acute.class,
                a -> assertThat(a.evidence()).isEqualTo(SafetyVerdict.Evidence.RULE));
        assertThat(intake.emergencyReply(InboundMessage.text(key, ORDINARY_WITH_A_DANGER_WORD)))
                .hasValueSatisfying(r -> assertThat(r.messages()).extracting(OutboundMessage::text)
                        .singleElement().asString().contains("112"));
    }
}
