package nl.wegwijs.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabiziTest {

    @Test
    void recognisesArabicInLatinLettersWithDigits() {
        assertThat(Arabizi.is("marhaba, ibni 3omro 10 snin w kil yom bi3asseb, shu ba3mel?")).isTrue();
        assertThat(Arabizi.is("ana 3ayza a3raf el 7okoma hena momken takhod el wlad")).isTrue();
        assertThat(Arabizi.is("wesh khasni nemchi l consultatiebureau m3a l bebe?")).isTrue();
    }

    @Test
    void leavesOtherLatinTextAlone() {
        assertThat(Arabizi.is("mam 2 dzieci w wieku 5lat i 7lat, co mam zrobic")).isFalse();
        assertThat(Arabizi.is("my son is 15 and on the 2nd of May he got 3 fines")).isFalse();
        assertThat(Arabizi.is("oğlum 3'te okula gidiyor, ana okulu nerede")).isFalse();
        assertThat(Arabizi.is("wat is een OTS")).isFalse();
    }

    @Test
    void spellsInArabicLetters() {
        String arabic = Arabizi.toArabic("ibni 3omro 10 snin, shu ba3mel?");
        assertThat(arabic).startsWith("ابني عمره 10 ").contains("شو").endsWith("?");
        assertThat(Arabizi.toArabic("el kalam")).isEqualTo("الكالام");
        assertThat(Arabizi.spell("7okoma")).isEqualTo("حكمه");
        assertThat(Arabizi.spell("snin")).isEqualTo("سنين");
    }
}
