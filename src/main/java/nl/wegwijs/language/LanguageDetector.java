package nl.wegwijs.language;

import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.springframework.stereotype.Component;

/**
 * Guesses the language of one message. Arabic and Ukrainian are told apart by script, which is
 * certain; among the Latin-script languages Lingua decides, and on short or neutral text
 * ("OTS?", "ok", "112") it may have no opinion: then the caller's prior wins.
 */
@Component
public class LanguageDetector {

    private static final Map<com.github.pemistahl.lingua.api.Language, Language> LATIN = Map.of(
            com.github.pemistahl.lingua.api.Language.DUTCH, Language.NL,
            com.github.pemistahl.lingua.api.Language.ENGLISH, Language.EN,
            com.github.pemistahl.lingua.api.Language.TURKISH, Language.TR,
            com.github.pemistahl.lingua.api.Language.POLISH, Language.PL);

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final TermStripper neutral;

    LanguageDetector(LanguageProperties properties, java.util.List<NeutralTerms> neutralTerms) {
        this.neutral = new TermStripper(neutralTerms);
        var builder = LanguageDetectorBuilder.fromLanguages(
                LATIN.keySet().toArray(com.github.pemistahl.lingua.api.Language[]::new));
        if (!properties.highAccuracy()) {
            builder = builder.withLowAccuracyMode();
        }
        this.lingua = builder.withPreloadedLanguageModels().build();
    }

    /** A result with how sure we are; empty when the text carries no language at all. */
    public Optional<Guess> detect(String message) {
        String text = neutral.strip(message);
        ScriptCounts script = ScriptCounts.of(text);
        if (script.letters() == 0) {
            return Optional.empty();
        }
        if (script.arabic() * 2 >= script.letters()) {
            return Optional.of(new Guess(Language.AR, 1.0, true));
        }
        if (script.cyrillic() * 2 >= script.letters()) {
            return Optional.of(new Guess(Language.UK, 1.0, true));
        }
        SortedMap<com.github.pemistahl.lingua.api.Language, Double> values =
                lingua.computeLanguageConfidenceValues(text);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        var best = values.firstKey();
        Language language = LATIN.get(best);
        return language == null ? Optional.empty() : Optional.of(new Guess(language, values.get(best), false));
    }

    /**
     * A detected language and Lingua's confidence in it (0..1). {@code byScript}: the alphabet
     * alone decided (Arabic, Cyrillic), which is certain even for one word.
     */
    public record Guess(Language language, double confidence, boolean byScript) {
    }

    private record ScriptCounts(int letters, int arabic, int cyrillic) {
        static ScriptCounts of(String text) {
            int letters = 0;
            int arabic = 0;
            int cyrillic = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!Character.isLetter(c)) {
                    continue;
                }
                letters++;
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                if (s == Character.UnicodeScript.ARABIC) {
                    arabic++;
                } else if (s == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                }
            }
            return new ScriptCounts(letters, arabic, cyrillic);
        }
    }
}
