package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageFixtures;
import nl.wegwijs.language.LanguageResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * First messages Lingua cannot place are placed by the content's words (VocabularyVote): short
 * English is answered in English, neutral and Dutch short messages stay Dutch.
 */
class ContentVocabularyLanguageTest {

    static final LanguageResolver resolver = LanguageFixtures.resolver(KnowledgeFixtures.national());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            foster family?               | EN
            translator please            | EN
            waiting list how long        | EN
            bullying at school           | EN
            divorce and kids             | EN
            my son school problem help   | EN
            what is pgb                  | EN
            wat is pgb                   | NL
            hallo                        | NL
            ok                           | NL
            hulp                         | NL
            pleeggezin?                  | NL
            scheiding kinderen           | NL
            tolk nodig                   | NL
            wachtlijst hoelang           | NL
            """)
    void aFirstMessageIsPlacedByWordsOnlyOneLanguagesContentUses(String text, Language expected) {
        assertThat(resolver.resolve(text, null, false)).isEqualTo(expected);
    }

    @Test
    void aLaterShortMessageKeepsTheConversationsLanguage() {
        assertThat(resolver.resolve("foster family?", Language.NL, false)).isEqualTo(Language.NL);
        assertThat(resolver.resolve("ok", Language.EN, false)).isEqualTo(Language.EN);
    }

    @Test
    void theVocabularyCountsEachLanguagesOwnWords() {
        Knowledge k = KnowledgeFixtures.national();
        assertThat(k.count(Language.EN, "interpreter")).isPositive();
        assertThat(k.count(Language.NL, "interpreter")).isZero();
        assertThat(k.total(Language.NL)).isGreaterThan(10_000);
    }
}
