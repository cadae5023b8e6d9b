package nl.wegwijs.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageRequestTest {

    @Test
    void asksForALanguage() {
        assertThat(LanguageRequest.asked("answer in English please")).contains(Language.EN);
        assertThat(LanguageRequest.asked("I don't speak Dutch, answer in English")).contains(Language.EN);
        assertThat(LanguageRequest.asked("answer in English, my husband does not read Turkish")).contains(Language.EN);
        assertThat(LanguageRequest.asked("لا لا رجعني عالعربي ما فهمت شي")).contains(Language.AR);
        assertThat(LanguageRequest.asked("po polsku prosze")).contains(Language.PL);
        // a child who will read the answer is the reason, not a person asked for
        assertThat(LanguageRequest.asked("can you answer in english please my daughter will read it for me")).contains(Language.EN);
        // not understanding the last answer is the reason for the request, not about the language named
        assertThat(LanguageRequest.asked("nie, jednak po polsku, nic nie rozumiem")).contains(Language.PL);
        assertThat(LanguageRequest.asked("türkçe yaz lütfen. hiçbir şey anlamıyorum")).contains(Language.TR);
    }

    @Test
    void sayingOneCannotSpeakALanguageIsNoRequestForIt() {
        assertThat(LanguageRequest.asked("czy moga mi zabrac dzieci jak nie mowie po holendersku")).isEmpty();
        assertThat(LanguageRequest.asked("my Dutch is not good, what is a wijkteam")).isEmpty();
        assertThat(LanguageRequest.asked("Hollandaca bilmiyorum, çocuğum için yardım lazım")).isEmpty();
    }

    @Test
    void askingWhetherSomethingExistsInALanguageIsNoRequest() {
        assertThat(LanguageRequest.asked("is there an opvoedcursus in English? my Dutch is not good enough")).isEmpty();
        assertThat(LanguageRequest.asked("Мені пропонують opvoedcursus, але він на нідерландській. Є щось таке українською?")).isEmpty();
    }
}
