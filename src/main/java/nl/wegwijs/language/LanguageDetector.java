package nl.wegwijs.language;

import static com.github.pemistahl.lingua.api.Language.BULGARIAN;
import static com.github.pemistahl.lingua.api.Language.DUTCH;
import static com.github.pemistahl.lingua.api.Language.ENGLISH;
import static com.github.pemistahl.lingua.api.Language.FRENCH;
import static com.github.pemistahl.lingua.api.Language.GERMAN;
import static com.github.pemistahl.lingua.api.Language.POLISH;
import static com.github.pemistahl.lingua.api.Language.PORTUGUESE;
import static com.github.pemistahl.lingua.api.Language.ROMANIAN;
import static com.github.pemistahl.lingua.api.Language.RUSSIAN;
import static com.github.pemistahl.lingua.api.Language.SOMALI;
import static com.github.pemistahl.lingua.api.Language.SPANISH;
import static com.github.pemistahl.lingua.api.Language.TURKISH;
import static com.github.pemistahl.lingua.api.Language.UKRAINIAN;

import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Guesses the language of one text. The alphabet decides first and is certain for Arabic,
 * Cyrillic, Ge'ez, Tifinagh and Han (with letter rules for Farsi, Urdu, Pashto, Kurdish, Russian
 * and Bulgarian, {@link ScriptRules}). Among Latin-script languages Lingua decides, on the text
 * without Dutch domain terms ("wat is pgb" is "wat is"). Lingua's confidence values are relative
 * (the best is always 1.0), so what tells certainty is the margin to the second best.
 *
 * <p>Two Lingua detectors: the bot's own Latin languages in the configured accuracy mode, and a
 * low-accuracy one that also knows the Latin-script languages the bot does not speak (trigram
 * models only, a few MB instead of ~140 MB), consulted only when the first is unsure.
 */
@Component
public class LanguageDetector {

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** The bot's detector is this unsure before a wide guess for another language is believed. */
    private static final double OWN_UNSURE = 0.16;
    /** The wide detector's margin for a language the bot does not speak. */
    private static final double OTHER_SURE = 0.12;

    private static final Map<com.github.pemistahl.lingua.api.Language, Language> OWN = Map.of(
            DUTCH, Language.NL, ENGLISH, Language.EN, TURKISH, Language.TR, POLISH, Language.PL);
    /** Lingua's margin for another language above which letters typical of Polish or Turkish do not overrule it. */
    private static final double LETTERS_OVERRULE = 0.5;
    private static final Map<Language, com.github.pemistahl.lingua.api.Language> LATIN_OF = Map.of(
            Language.PL, POLISH, Language.TR, TURKISH);
    private static final Map<com.github.pemistahl.lingua.api.Language, OtherLanguage> OTHER_LATIN = Map.of(
            FRENCH, OtherLanguage.FRENCH, SPANISH, OtherLanguage.SPANISH, PORTUGUESE, OtherLanguage.PORTUGUESE,
            GERMAN, OtherLanguage.GERMAN, ROMANIAN, OtherLanguage.ROMANIAN, SOMALI, OtherLanguage.SOMALI);

    private final com.github.pemistahl.lingua.api.LanguageDetector own;
    private final com.github.pemistahl.lingua.api.LanguageDetector wide;
    private final com.github.pemistahl.lingua.api.LanguageDetector cyrillic;
    private final TermStripper neutral;

    LanguageDetector(LanguageProperties properties, List<NeutralTerms> neutralTerms) {
        this.neutral = new TermStripper(neutralTerms);
        var builder = LanguageDetectorBuilder.fromLanguages(OWN.keySet().toArray(com.github.pemistahl.lingua.api.Language[]::new));
        if (!properties.highAccuracy()) {
            builder = builder.withLowAccuracyMode();
        }
        this.own = builder.withPreloadedLanguageModels().build();
        var all = new java.util.ArrayList<>(OWN.keySet());
        all.addAll(OTHER_LATIN.keySet());
        this.wide = LanguageDetectorBuilder.fromLanguages(all.toArray(com.github.pemistahl.lingua.api.Language[]::new))
                .withLowAccuracyMode().withPreloadedLanguageModels().build();
        this.cyrillic = LanguageDetectorBuilder.fromLanguages(UKRAINIAN, RUSSIAN, BULGARIAN)
                .withLowAccuracyMode().withPreloadedLanguageModels().build();
    }

    /** Dutch domain terms removed ("Wat is een gezinsvoogd?" → "Wat is een ?"). */
    public String withoutNeutralTerms(String text) {
        return neutral.strip(text);
    }

    /** Words of two letters or more. */
    static int words(CharSequence text) {
        return (int) WORD.matcher(text).results().count();
    }

    /** The language of a text, after neutral terms are stripped. */
    public Detection detect(String message) {
        return detectStripped(neutral.strip(message == null ? "" : message));
    }

    /** As {@link #detect}, for a text whose neutral terms are already stripped. */
    Detection detectStripped(String text) {
        int words = words(text);
        ScriptRules.Counts script = ScriptRules.Counts.of(text);
        if (script.letters() == 0) {
            return Detection.NONE;
        }
        if (script.ethiopic() >= 2 && script.ethiopic() * 3 >= script.letters()) {
            return Detection.other(ScriptRules.ethiopic(text), words);
        }
        if (script.tifinagh() >= 2 && script.tifinagh() * 3 >= script.letters()) {
            return Detection.other(OtherLanguage.TAMAZIGHT, words);
        }
        if (script.han() >= 2 && script.han() * 3 >= script.letters()) {
            return Detection.other(OtherLanguage.CHINESE, words);
        }
        // A few words in a script other than Latin are the frame, also around quoted Dutch.
        if (script.arabic() >= 6 && script.arabic() * 4 >= script.letters() || script.arabic() * 2 >= script.letters()) {
            return ScriptRules.arabicScript(text).map(o -> Detection.other(o, words))
                    .orElse(new Detection(Language.AR, null, 1.0, words, true));
        }
        if (script.cyrillic() >= 6 && script.cyrillic() * 4 >= script.letters() || script.cyrillic() * 2 >= script.letters()) {
            return cyrillic(text, words);
        }
        if (Arabizi.is(text)) {
            // Arabic in Latin letters with digits ("ibni 3omro 10 snin"): the parent reads Arabic.
            return new Detection(Language.AR, null, 1.0, words, true);
        }
        if (UkrainianLatin.is(text)) {
            // Ukrainian in Latin letters ("a shcho bude yakshcho ja vidmovliusia?"): Lingua would say Polish.
            return new Detection(Language.UK, null, 1.0, words, true);
        }
        Optional<OtherLanguage> unknownToLingua = ScriptRules.latinWithoutModel(text);
        if (unknownToLingua.isPresent() && words >= 3) {
            return Detection.other(unknownToLingua.get(), words);
        }
        Ranked ranked = ranked(own.computeLanguageConfidenceValues(text));
        if (ranked == null) {
            return Detection.NONE;
        }
        Optional<Language> byLetters = ScriptRules.latinLetters(text);
        if (byLetters.isPresent() && (ranked.best() != LATIN_OF.get(byLetters.get()) && ranked.margin() < LETTERS_OVERRULE
                || words < 3)) {
            // "czy dostanę toeslag", "kızım okul": letters only Polish or Turkish writes decide
            // where Lingua, among Dutch service words or on two words, is unsure.
            return new Detection(byLetters.get(), null, 1.0, words, true);
        }
        if (words >= 3 && ranked.margin() < OWN_UNSURE) {
            Ranked wider = ranked(wide.computeLanguageConfidenceValues(text));
            if (wider != null && OTHER_LATIN.containsKey(wider.best()) && wider.margin() >= OTHER_SURE) {
                return Detection.other(OTHER_LATIN.get(wider.best()), words);
            }
        }
        return new Detection(OWN.get(ranked.best()), null, ranked.margin(), words, false);
    }

    /**
     * Short words that are Ukrainian and neither Russian nor Bulgarian ("ОТС це що", "як довго"): a
     * line without і ї є ґ is still Ukrainian when it has one.
     */
    private static final java.util.regex.Pattern UKRAINIAN_WORD = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(це|що|шо|чи|як|дуже|але|треба|нема|куди)(?![\\p{L}])",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * Ukrainian typed on a Russian keyboard (no і ї є): ы and э stand in ("мий сын", "мэнэ", "чы можу"),
     * which the letters take for Russian; Ukrainian words ("шо", "що", "дуже") or spellings Russian
     * never writes (чы, шы, жы; э after a consonant inside a word, twice) still tell Ukrainian.
     */
    private static final java.util.regex.Pattern RUSSIAN_KEYBOARD = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(чы|шо|йому|мэнэ|тэж|або|якшо|якщо|будь ласка|дякую)(?![\\p{L}])|[чшжщ]ы",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    private static final java.util.regex.Pattern INNER_E = java.util.regex.Pattern.compile(
            "(?<=[бвгджзклмнпрстфхцчшщ])э", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    static boolean russianKeyboardUkrainian(String text) {
        return UKRAINIAN_WORD.matcher(text).find() || RUSSIAN_KEYBOARD.matcher(text).find()
                || INNER_E.matcher(text).results().count() >= 2;
    }

    private Detection cyrillic(String text, int words) {
        Optional<OtherLanguage> byLetters = ScriptRules.cyrillicScript(text);
        if (byLetters.isPresent() && byLetters.get() == OtherLanguage.RUSSIAN && russianKeyboardUkrainian(text)) {
            return new Detection(Language.UK, null, 1.0, words, true);
        }
        if (byLetters.isPresent()) {
            return Detection.other(byLetters.get(), words);
        }
        if (ScriptRules.count(text.toLowerCase(java.util.Locale.ROOT), "іїєґ") > 0 || UKRAINIAN_WORD.matcher(text).find()) {
            return new Detection(Language.UK, null, 1.0, words, true);
        }
        // No telling letter: Lingua among the three, Ukrainian unless another is clearly better.
        Ranked ranked = ranked(cyrillic.computeLanguageConfidenceValues(text));
        if (ranked != null && words >= 3 && ranked.margin() >= OTHER_SURE) {
            if (ranked.best() == RUSSIAN) {
                return Detection.other(OtherLanguage.RUSSIAN, words);
            }
            if (ranked.best() == BULGARIAN) {
                return Detection.other(OtherLanguage.BULGARIAN, words);
            }
        }
        return new Detection(Language.UK, null, 1.0, words, true);
    }

    private record Ranked(com.github.pemistahl.lingua.api.Language best, double margin) {
    }

    private static Ranked ranked(SortedMap<com.github.pemistahl.lingua.api.Language, Double> values) {
        // Lingua 1.2 returns the map sorted by descending value, the best first at 1.0.
        Iterator<Map.Entry<com.github.pemistahl.lingua.api.Language, Double>> it = values.entrySet().iterator();
        if (!it.hasNext()) {
            return null;
        }
        var first = it.next();
        double second = it.hasNext() ? it.next().getValue() : 0.0;
        return new Ranked(first.getKey(), first.getValue() - second);
    }

    /**
     * What one text says about its language. {@code language} is one the bot speaks, {@code other}
     * one it does not; both null when the text carries no language. {@code margin} is the distance
     * to the second-best candidate (1.0 when the alphabet decided), {@code words} counts words on
     * the text without neutral terms.
     */
    public record Detection(Language language, OtherLanguage other, double margin, int words, boolean byScript) {

        static final Detection NONE = new Detection(null, null, 0, 0, false);

        static Detection other(OtherLanguage other, int words) {
            return new Detection(null, other, 1.0, words, true);
        }

        public boolean none() {
            return language == null && other == null;
        }
    }
}
