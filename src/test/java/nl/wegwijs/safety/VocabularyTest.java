package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void oneEditApartCoversTheFourKindsOfTypo() {
        assertThat(Vocabulary.oneEditApart("zelfmort", "zelfmord")).isTrue();   // changed letter
        assertThat(Vocabulary.oneEditApart("suicde", "suicide")).isTrue();      // missing letter
        assertThat(Vocabulary.oneEditApart("suiccide", "suicide")).isTrue();    // extra letter
        assertThat(Vocabulary.oneEditApart("dauhgter", "daughter")).isTrue();   // swapped letters
        assertThat(Vocabulary.oneEditApart("suicide", "suicide")).isFalse();
        assertThat(Vocabulary.oneEditApart("slagen", "slaan")).isFalse();
    }

    @Test
    void repairsLongWordsTowardsRuleWordsOnly() {
        Vocabulary.Builder builder = new Vocabulary.Builder();
        builder.addWordsOf("(zelfmord\\w*|verkracht)");
        Vocabulary vocabulary = builder.build();
        assertThat(vocabulary.repair(" ik denk aan zelfmort ")).isEqualTo(" ik denk aan zelfmord ");
        assertThat(vocabulary.repair(" ze is verkract ")).isEqualTo(" ze is verkracht ");
        // the first letter must be right: no repair from an unrelated word
        assertThat(vocabulary.repair(" erkracht ")).isEqualTo(" erkracht ");
    }
}
