package nl.wegwijs.language;

import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Decides the language of the answer to one message. The user's explicit choice wins until they
 * switch; otherwise the detected language, unless the message is too short or too neutral to
 * tell, in which case the language of the conversation so far is kept.
 */
@Component
public class LanguageResolver {

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final int SHORT_WORDS = 3;
    private static final double SURE = 0.75;
    private static final int PASTED_LETTER_WORDS = 25;

    private final LanguageDetector detector;
    private final LanguageProperties properties;

    LanguageResolver(LanguageDetector detector, LanguageProperties properties) {
        this.detector = detector;
        this.properties = properties;
    }

    public Language resolve(String text, Language prior, boolean priorChosen) {
        if (prior != null && priorChosen) {
            return prior;
        }
        Language fallback = prior != null ? prior : properties.fallbackLanguage();
        var guess = detector.detect(text == null ? "" : text);
        if (guess.isEmpty()) {
            return fallback;
        }
        if (guess.get().byScript() || prior == null) {
            return guess.get().language();
        }
        long words = WORD.matcher(text).results().count();
        if (prior != Language.NL && guess.get().language() == Language.NL && words >= PASTED_LETTER_WORDS) {
            // Long Dutch text from someone who talks another language: a pasted letter to explain.
            return prior;
        }
        boolean shortText = words < SHORT_WORDS;
        if (shortText || guess.get().confidence() < SURE) {
            return fallback;
        }
        return guess.get().language();
    }
}
