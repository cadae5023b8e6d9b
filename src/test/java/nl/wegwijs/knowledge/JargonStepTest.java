package nl.wegwijs.knowledge;

import static nl.wegwijs.knowledge.KnowledgeFixtures.answered;
import static nl.wegwijs.knowledge.KnowledgeFixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JargonStepTest {

    final JargonStep jargon = KnowledgeFixtures.jargon();

    private String reply(String text, Language language) {
        StepResult r = jargon.handle(turn(text, language));
        assertThat(r).as(text).isInstanceOf(StepResult.Answered.class);
        return String.join("\n", answered(r).messages().stream().map(OutboundMessage::text).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            wat betekent de afkorting RvdK       | NL | Raad voor de Kinderbescherming
            OTS?                                 | NL | ondertoezichtstelling
            What is a gezinsvoogd?               | EN | gezinsvoogd
            UHP nedir                            | TR | uithuisplaatsing
            co to jest GI                        | PL | gecertificeerde instelling
            що таке OTS                          | UK | ondertoezichtstelling
            що таке УХП                          | UK | uithuisplaatsing
            ما معنى OTS                          | AR | ondertoezichtstelling
            wat is een leerplichtambtenar        | NL | leerplicht
            wat is een gi                        | NL | gecertificeerde instelling
            """)
    void explainsATermAskedAboutInAnyLanguageKeepingTheDutchWord(String question, Language language, String expected) {
        assertThat(reply(question, language)).contains(expected);
    }

    @Test
    void answersInTheReadersLanguage() {
        String english = reply("What is a gezinsvoogd?", Language.EN);
        String arabic = reply("What is a gezinsvoogd?", Language.AR);

        assertThat(english).containsPattern("(?i)youth protect|guardian|family");
        assertThat(arabic).containsPattern("[\\u0600-\\u06FF]{3,}");
    }

    @Test
    void leavesATermWithWhatTheParentWantsToTheEntryAboutIt() {
        // Named with a word of what is wanted, not asked what it means: the FAQ entry answers.
        assertThat(jargon.handle(turn("hulp bij vechtscheiding", Language.NL))).isInstanceOf(StepResult.Pass.class);
        assertThat(jargon.handle(turn("grooming signs", Language.EN))).isInstanceOf(StepResult.Pass.class);
        // A bare term, or a word question about it, is still explained.
        assertThat(reply("vechtscheiding?", Language.NL)).contains("vechtscheiding");
        assertThat(reply("wat is een vechtscheiding", Language.NL)).contains("vechtscheiding");
        assertThat(reply("يعني ايش GI؟", Language.AR)).contains("gecertificeerde instelling");
    }

    @Test
    void leavesATermNamedInTheParentsOwnLanguageToTheEntryAboutIt() {
        // "an interpreter" in the parent's words is the thing wanted, not a Dutch word to look up.
        assertThat(jargon.handle(turn("an interpreter please?", Language.EN))).isInstanceOf(StepResult.Pass.class);
        assertThat(jargon.handle(turn("tercüman lazım", Language.TR))).isInstanceOf(StepResult.Pass.class);
        // The Dutch word, or a question what the word means, is still explained.
        assertThat(reply("tolk?", Language.EN)).contains("tolk");
        assertThat(reply("what is an interpreter", Language.EN)).contains("tolk");
    }

    @Test
    void putsFirstTheQuotedTermTheParentAsksAboutAgain() {
        var asked = answered(jargon.handle(turn(
                "the letter says 'uw aanvraag voor een pgb is afgewezen, u kunt bezwaar maken'. how do i make a bezwaar?", Language.EN)));
        assertThat(asked.outcome().topic()).isEqualTo("term:bezwaar");
        var inOrder = answered(jargon.handle(turn(
                "the letter says 'uw aanvraag voor een pgb is afgewezen, u kunt bezwaar maken'. what does it mean?", Language.EN)));
        assertThat(inOrder.outcome().topic()).isEqualTo("term:pgb");
        // Otherwise the rarest quoted term first: "jeugdhulp" is common, "zorg in natura" is not.
        var rarest = answered(jargon.handle(turn("the letter says 'u krijgt jeugdhulp als zorg in natura'. what does it mean?", Language.EN)));
        assertThat(rarest.outcome().topic()).isEqualTo("term:zin");
    }

    @Test
    void leavesAWordQuestionInsideASituationToTheEntryOnThatSubject() {
        assertThat(jargon.handle(turn("the school says my son needs passend onderwijs, what is that exactly", Language.EN)))
                .isInstanceOf(StepResult.Pass.class);
        assertThat(reply("what is passend onderwijs", Language.EN)).contains("passend onderwijs");
    }

    @Test
    void leavesQuestionsThatAreNotAboutAWordToTheFaq() {
        assertThat(jargon.handle(turn("Mijn zoon van 12 wil niet meer naar school, wat kan ik doen?", Language.NL)))
                .isInstanceOf(StepResult.Pass.class);
        assertThat(jargon.handle(turn("so what can I do now", Language.EN))).isInstanceOf(StepResult.Pass.class);
    }

    @Test
    void explainsEveryKnownTermOfAPastedLetterInOrderAndNamesTheRest() {
        String letter = """
                Geachte mevrouw,

                Naar aanleiding van het MDO van 12 maart informeren wij u dat de GI een verzoek tot verlenging
                van de OTS heeft ingediend bij de kinderrechter. De gezinsvoogd zal het perspectiefplan met u
                bespreken. Ook wordt het veiligheidsplan geëvalueerd. Het XYZ-traject wordt voortgezet via het QRT.

                Met vriendelijke groet,
                Jeugdbescherming Regio
                """;
        var result = answered(jargon.handle(turn(letter, Language.TR)));
        String all = String.join("\n", result.messages().stream().map(OutboundMessage::text).toList());

        assertThat(result.outcome().kind()).isEqualTo(OutcomeKind.LETTER);
        assertThat(all.indexOf("MDO")).isLessThan(all.indexOf("OTS")).isGreaterThan(-1);
        assertThat(all.indexOf("OTS")).isLessThan(all.indexOf("perspectiefplan"));
        assertThat(all).contains("gezinsvoogd").contains("veiligheidsplan").contains("kinderrechter");
        assertThat(all).contains("XYZ").contains("QRT");
        assertThat(result.messages().get(result.messages().size() - 1).buttons()).extracting(b -> b.value()).contains("cmd:mens");
        assertThat(all).containsPattern("[çğışöü]");
    }
}
