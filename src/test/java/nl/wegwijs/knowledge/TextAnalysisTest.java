package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.language.Language;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    private final TextAnalysis analysis = new TextAnalysis();

    @Test
    void latinLookalikesInsideCyrillicWordsAreCyrillic() {
        assertThat(TextAnalysis.cyrillicLookalikes("як записатися до психолога для пiдлiтка 14 рокiв"))
                .isEqualTo("як записатися до психолога для підлітка 14 років");
        assertThat(analysis.stems("пiдлiтка", Language.UK)).isEqualTo(analysis.stems("підлітка", Language.UK));
    }

    @Test
    void dutchWordsGluedToCyrillicStayLatin() {
        assertThat(TextAnalysis.cyrillicLookalikes("вwijkteam")).isEqualTo("вwijkteam");
        assertThat(TextAnalysis.cyrillicLookalikes("вOKT")).isEqualTo("вOKT");
        assertThat(TextAnalysis.cyrillicLookalikes("wat is een OTS")).isEqualTo("wat is een OTS");
    }

    @Test
    void aProperNounLemmaIsTheSameStemOnceNotASecondWord() {
        // Morfologik gives "школа" and the name "Школа" for one word; a sentence-initial capital must not matter.
        assertThat(analysis.stems("школа не допомагає", Language.UK)).containsExactly("школа", "допомагати");
        assertThat(analysis.stems("Школа", Language.UK)).isEqualTo(analysis.stems("школа", Language.UK));
    }

    @Test
    void arabiziIsMatchedInArabicLetters() {
        assertThat(analysis.stems("ibni 3omro 10 snin w kil yom bi3asseb", Language.AR))
                .contains(analysis.stems("ابني", Language.AR).get(0));
    }
}
