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
}
