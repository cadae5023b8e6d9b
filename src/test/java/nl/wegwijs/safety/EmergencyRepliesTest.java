package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.wegwijs.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmergencyRepliesTest {

    private static final EmergencyReplies REPLIES = new EmergencyReplies();
    private static final Set<String> ALLOWED_NUMBERS = Set.of("112", "113", "0800-2000", "0800-0432", "0800-0113");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d -]*\\d|\\d");

    static Stream<Arguments> everyLanguageAndKind() {
        List<Arguments> args = new ArrayList<>();
        for (Language language : Language.values()) {
            for (CrisisKind kind : CrisisKind.values()) {
                args.add(Arguments.of(language, kind, false));
                args.add(Arguments.of(language, kind, true));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} {1} child={2}")
    @MethodSource("everyLanguageAndKind")
    void givesTheNumbersThatFitTheKind(Language language, CrisisKind kind, boolean child) {
        String reply = REPLIES.compose(new CrisisSignal(EnumSet.of(kind), child), language);

        assertThat(reply).contains("112");
        assertThat(firstNumber(reply)).as("112 comes first").isEqualTo("112");
        if (kind == CrisisKind.SUICIDE_SELF_HARM || kind == CrisisKind.DISTRESS) {
            assertThat(reply).contains("113").contains("0800-0113");
        } else {
            assertThat(reply).doesNotContain("0800-0113");
        }
        boolean violence = kind == CrisisKind.DOMESTIC_VIOLENCE || kind == CrisisKind.CHILD_ABUSE
                || kind == CrisisKind.SEXUAL_ABUSE || kind == CrisisKind.HONOUR_FORCED_MARRIAGE || kind == CrisisKind.EXPLOITATION
                || kind == CrisisKind.ABANDONED_ABROAD || kind == CrisisKind.NEGLECT;
        assertThat(reply.contains("0800-2000")).as("Veilig Thuis").isEqualTo(violence);
        assertThat(reply.contains("0800-0432")).as("Kindertelefoon").isEqualTo(child);
        assertThat(reply).contains(REPLIES.text(language, child ? EmergencyReplies.Key.CALM_CHILD
                : EmergencyReplies.Key.CALM));
        assertOnlyAllowedNumbers(reply);
    }

    @Test
    void acuteDangerSaysCallNowBeforeAnythingElse() {
        for (Language language : Language.values()) {
            String reply = REPLIES.compose(new CrisisSignal(EnumSet.of(CrisisKind.ACUTE_DANGER,
                    CrisisKind.DOMESTIC_VIOLENCE, CrisisKind.SUICIDE_SELF_HARM), true), language);
            String acute = REPLIES.text(language, EmergencyReplies.Key.CALL_112_ACUTE);
            assertThat(reply).contains(acute);
            assertThat(reply.indexOf(acute)).isLessThan(reply.indexOf("113"));
            assertThat(reply.indexOf("113")).isLessThan(reply.indexOf("0800-2000"));
            assertThat(reply.indexOf("0800-2000")).isLessThan(reply.indexOf("0800-0432"));
        }
    }

    @Test
    void aMissingChildGetsThePolice() {
        for (Language language : Language.values()) {
            String reply = REPLIES.compose(new CrisisSignal(EnumSet.of(CrisisKind.MISSING_CHILD), false), language);
            assertThat(reply).contains(REPLIES.text(language, EmergencyReplies.Key.CALL_112_MISSING));
        }
    }

    @Test
    void everyLanguageHasEveryTextWithOnlyAllowedNumbers() {
        for (Language language : Language.values()) {
            for (EmergencyReplies.Key key : EmergencyReplies.Key.values()) {
                String text = REPLIES.text(language, key);
                assertThat(text).as(language + " " + key.yamlKey()).isNotBlank();
                assertOnlyAllowedNumbers(text);
            }
        }
    }

    @Test
    void dutchServiceNamesStayDutchInEveryLanguage() {
        for (Language language : Language.values()) {
            assertThat(REPLIES.text(language, EmergencyReplies.Key.CALL_VEILIG_THUIS)).contains("Veilig Thuis");
            assertThat(REPLIES.text(language, EmergencyReplies.Key.CALL_KINDERTELEFOON)).contains("Kindertelefoon");
            assertThat(REPLIES.text(language, EmergencyReplies.Key.CALL_113)).contains("113 Zelfmoordpreventie");
        }
    }

    private static String firstNumber(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.find() ? m.group().strip() : "";
    }

    @ParameterizedTest(name = "{0} {1} child={2}")
    @MethodSource("everyLanguageAndKind")
    void aPossibleDangerGetsOneLineWithTheOneNumberThatFits(Language language, CrisisKind kind, boolean child) {
        String line = REPLIES.safetyLine(new SafetyVerdict.Possible(EnumSet.of(kind), child, List.of()), language);

        String expected = kind == CrisisKind.SUICIDE_SELF_HARM || kind == CrisisKind.DISTRESS ? "0800-0113"
                : child ? "0800-0432"
                : kind == CrisisKind.MISSING_CHILD || kind == CrisisKind.ACUTE_DANGER ? "112" : "0800-2000";
        assertThat(line).contains(expected).contains(REPLIES.text(language, EmergencyReplies.Key.PERSON));
        for (String other : List.of("0800-0113", "0800-0432", "0800-2000")) {
            if (!other.equals(expected)) {
                assertThat(line).as("only the number that fits").doesNotContain(other);
            }
        }
        assertThat(line).contains("112");
        assertOnlyAllowedNumbers(line);
    }

    @Test
    void theKindertelefoonLinesGiveItsOpeningHours() {
        for (Language language : Language.values()) {
            assertThat(REPLIES.text(language, EmergencyReplies.Key.CALL_KINDERTELEFOON)).contains("11").contains("21");
            assertThat(REPLIES.text(language, EmergencyReplies.Key.LINE_KINDERTELEFOON)).contains("11").contains("21");
        }
    }

    /** De Kindertelefoon's opening hours (11 to 21) are the only other numbers allowed, and only in its lines. */
    private static void assertOnlyAllowedNumbers(String text) {
        if (text.contains("Kindertelefoon")) {
            text = text.replaceAll("(?<![\\d-])(11|21)([.:]00)?(?![\\d-])", "");
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            assertThat(ALLOWED_NUMBERS).as("number in: " + text).contains(m.group().strip());
        }
    }
}
