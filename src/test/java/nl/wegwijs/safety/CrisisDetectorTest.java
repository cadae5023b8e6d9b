package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Per language and per kind, including misspellings, missing diacritics and Arabizi. */
class CrisisDetectorTest {

    private static final CrisisDetector DETECTOR = new CrisisDetector();

    @ParameterizedTest(name = "[{0}] {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            nl | DOMESTIC_VIOLENCE | mijn man slaaaat mij
            nl | DOMESTIC_VIOLENCE | Mijn vriend mishandelt me al maanden
            nl | CHILD_ABUSE       | mijn ex schopt onze zoon
            nl | SEXUAL_ABUSE      | mijn dochter is verkracht
            nl | SUICIDE_SELF_HARM | ik denk aan zelfmoort
            nl | SUICIDE_SELF_HARM | ik wil er niet meer zijn
            nl | ACUTE_DANGER      | mijn ex dreigt me te vermoorden
            nl | MISSING_CHILD     | mijn zoon is weggelopen
            en | DOMESTIC_VIOLENCE | my husbnd hits me
            en | CHILD_ABUSE       | my boyfriend hits my son
            en | SEXUAL_ABUSE      | my daughter was raped
            en | SUICIDE_SELF_HARM | im thinking about suicid
            en | SUICIDE_SELF_HARM | i wanna die
            en | ACUTE_DANGER      | he said he would kill us if I leave
            en | MISSING_CHILD     | my dauhgter ran away last night
            tr | DOMESTIC_VIOLENCE | kocam beni dovuyo
            tr | CHILD_ABUSE       | eski kocam oğlumu dövüyor
            tr | SEXUAL_ABUSE      | kizima tecavuz etti
            tr | SUICIDE_SELF_HARM | intihar etmeyi dusunuyorum
            tr | ACUTE_DANGER      | kocam bizi öldürmekle tehdit ediyor
            tr | MISSING_CHILD     | oglum evden kacti
            pl | DOMESTIC_VIOLENCE | mąż mnie bije
            pl | DOMESTIC_VIOLENCE | maz mnie bije
            pl | CHILD_ABUSE       | mąż bije syna
            pl | SEXUAL_ABUSE      | ktoś molestował moją córkę
            pl | SUICIDE_SELF_HARM | chce sie zabic
            pl | ACUTE_DANGER      | grozi że mnie zabije
            pl | MISSING_CHILD     | córka zaginęła
            uk | DOMESTIC_VIOLENCE | чоловік мене б'є
            uk | DOMESTIC_VIOLENCE | чоловик мене бье
            uk | DOMESTIC_VIOLENCE | муж меня бьёт
            uk | SEXUAL_ABUSE      | її зґвалтували
            uk | SUICIDE_SELF_HARM | хочу покончить с собой
            uk | ACUTE_DANGER      | він погрожує нас вбити
            uk | MISSING_CHILD     | донька зникла
            ar | DOMESTIC_VIOLENCE | زَوْجِي يَضْرِبُنِي
            ar | DOMESTIC_VIOLENCE | jouzi bi darbni
            ar | CHILD_ABUSE       | زوجي يضرب ابني
            ar | SEXUAL_ABUSE      | في واحد تحرش ببنتي
            ar | SUICIDE_SELF_HARM | ابني يؤذي نفسه
            ar | SUICIDE_SELF_HARM | bidi amot
            ar | SUICIDE_SELF_HARM | أريد أن أموت
            ar | ACUTE_DANGER      | زوجي يهددني بالقتل
            ar | MISSING_CHILD     | ابني مفقود
            """)
    void detectsTheKind(String lang, CrisisKind kind, String text) {
        Optional<CrisisSignal> signal = DETECTOR.detect(text);
        assertThat(signal).as("[%s] %s", lang, text).isPresent();
        assertThat(signal.get().kinds()).as("[%s] %s", lang, text).contains(kind);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nl | mijn vader slaat mij
            nl | ik ben 13 en ik wil dood
            en | my mom hits me
            en | im 12 and i want to die
            tr | babam beni dövüyor
            pl | tata mnie bije
            uk | тато мене б'є
            ar | ابوي يضربني
            ar | baba bi darbni
            """)
    void recognisesAChildWriting(String lang, String text) {
        assertThat(DETECTOR.detect(text)).as(text).hasValueSatisfying(s -> assertThat(s.childWriting()).isTrue());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nl | mijn man slaat mij
            en | my husband hits me
            ar | زوجي يضربني
            """)
    void anAdultVictimIsNotTakenForAChild(String lang, String text) {
        assertThat(DETECTOR.detect(text)).hasValueSatisfying(s -> assertThat(s.childWriting()).isFalse());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nl | wat doet Veilig Thuis?
            nl | ik word gek van de drukte
            nl | ik schrik me dood
            nl | mijn zoon viel van de fiets
            nl | hij speelt een schietspel
            en | my kids are killing me lol
            en | this homework is killing him
            en | what is the Kindertelefoon number
            tr | çocuklar beni deli ediyor
            pl | umieram ze śmiechu
            uk | я помираю зі сміху
            ar | متت من الضحك
            """)
    void leavesLookAlikesToTheNormalAnswer(String lang, String text) {
        assertThat(DETECTOR.detect(text)).as(text).isEmpty();
    }

    @Test
    void findsTheDangerInAMessageThatMixesLanguages() {
        assertThat(DETECTOR.detect("hallo, ik heb een vraag. kocam beni dövüyor, wat moet ik doen?"))
                .hasValueSatisfying(s -> assertThat(s.kinds()).contains(CrisisKind.DOMESTIC_VIOLENCE));
    }

    @Test
    void aDangerPhraseNextToAFigureOfSpeechStillCounts() {
        assertThat(DETECTOR.detect("ik schrik me dood, mijn man slaat mij")).isPresent();
    }

    @Test
    void emptyAndBlankTextsAreNoCrisis() {
        assertThat(DETECTOR.detect(null)).isEmpty();
        assertThat(DETECTOR.detect("")).isEmpty();
        assertThat(DETECTOR.detect("   \n ")).isEmpty();
    }
}
