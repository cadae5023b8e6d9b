package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "What this letter asks of you" for the common kinds of letters. The letters below were written
 * for this test in the register of real ones; they are not the realistic sets' letters.
 */
class LetterExplainerTest {

    final LetterExplainer explainer = KnowledgeFixtures.letters();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Geachte mevrouw, wij hebben uw aanvraag voor jeugdhulp beoordeeld. Wij besluiten uw aanvraag af te wijzen. Bent u het niet eens met dit besluit, dan kunt u bezwaar maken. | DECISION
            Geachte heer, de gecertificeerde instelling heeft de kinderrechter gevraagd de ondertoezichtstelling van uw dochter te verlengen. De zitting is op 12 januari om 10.00 uur. | OTS_EXTENSION
            Geachte ouders, de Raad voor de Kinderbescherming start een raadsonderzoek naar de situatie van uw kinderen. De raadsonderzoeker neemt contact met u op. | RAAD
            Geachte mevrouw, Veilig Thuis heeft een melding ontvangen over de veiligheid van uw zoon. Wij willen graag met u in gesprek. | VEILIG_THUIS
            Geachte ouders, uw zoon heeft 20 uur ongeoorloofd verzuim. De leerplichtambtenaar nodigt u uit voor een gesprek. | SCHOOL_ABSENCE
            Geachte mevrouw, graag nodigen wij u uit voor een kennismakingsgesprek met het wijkteam op dinsdag 3 december. | INVITATION
            """)
    void recognisesTheCommonKinds(String letter, LetterKind kind) {
        assertThat(LetterKind.of(letter)).contains(kind);
    }

    @Test
    void aLetterOfNoCommonKindHasNone() {
        assertThat(LetterKind.of("Geachte mevrouw, hierbij ontvangt u de schoolgids en het rooster van dit jaar.")).isEmpty();
    }

    @Test
    void saysWhatTheLetterAsksAfterExplainingItsTermsInTheReadersLanguage() {
        String letter = """
                Geachte mevrouw Yilmaz,
                U heeft een aanvraag gedaan voor een persoonsgebonden budget (pgb) voor jeugdhulp. Wij besluiten uw
                aanvraag af te wijzen. Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.
                Met vriendelijke groet,
                Gemeente
                """;
        var e = explainer.explain(letter, Language.TR).orElseThrow();
        assertThat(e.kind()).contains(LetterKind.DECISION);
        List<String> texts = e.messages().stream().map(OutboundMessage::text).toList();
        int terms = indexOf(texts, "• ");
        int asks = indexOf(texts, "Bu mektup sizden ne istiyor");
        assertThat(terms).isNotNegative();
        assertThat(asks).isGreaterThan(terms);
        assertThat(texts.get(asks)).contains("altı hafta").contains("bezwaar");
        assertThat(e.messages().get(e.messages().size() - 1).buttons()).isNotEmpty();
    }

    @Test
    void everyKindHasItsTextInEverySupportedLanguage() {
        Knowledge knowledge = KnowledgeFixtures.national();
        for (LetterKind k : LetterKind.values()) {
            LetterGuidance g = knowledge.letterGuidance(k).orElseThrow();
            assertThat(g.sources()).as(k.key()).isNotEmpty().allSatisfy(s -> assertThat(s.checked()).isNotNull());
            for (Language l : Language.values()) {
                assertThat(g.text(l)).as(k.key() + " " + l).isNotBlank();
            }
        }
    }

    @Test
    void aLetterWithoutKnownWordsButOfACommonKindStillGetsWhatItAsks() {
        var e = explainer.explain("Geachte heer, graag nodigen wij u uit voor een gesprek op school op maandag.", Language.EN)
                .orElseThrow();
        assertThat(e.messages().get(0).text()).startsWith("What this letter asks of you");
    }

    private static int indexOf(List<String> texts, String needle) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(needle)) {
                return i;
            }
        }
        return -1;
    }
}
