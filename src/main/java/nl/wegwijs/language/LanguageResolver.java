package nl.wegwijs.language;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Decides the language of the answer to one message.
 * <ol>
 * <li>An explicit request ("answer in Arabic", "по-українськи, будь ласка") switches and sticks.</li>
 * <li>An explicit choice is kept until the user asks for another language.</li>
 * <li>A language the bot does not speak is recognised as such (the pipeline answers honestly).</li>
 * <li>The frame language wins over quoted Dutch: "My letter says 'aanmelding bij het OKT'" is
 * English, and the Dutch is explained in English.</li>
 * <li>A message too short or too neutral to tell keeps the conversation's language; a first one
 * is Dutch, the site's language, unless its alphabet says otherwise. "Too neutral" is a small
 * margin between Lingua's two best candidates, on the text without Dutch domain terms; a first
 * message Lingua cannot place is placed by the words only one language's content uses
 * ({@link VocabularyVote}).</li>
 * </ol>
 */
@Component
public class LanguageResolver {

    /** Fewer words than this (after neutral terms are stripped) need {@link #SHORT_MARGIN}. */
    private static final int SHORT_WORDS = 3;
    /** Margin between the two best candidates needed to decide (Lingua's values are relative). */
    private static final double SURE_MARGIN = 0.10;
    /** A first message of this many words may decide with a smaller margin. */
    private static final double FIRST_MARGIN = 0.08;
    /** One or two words decide only with a wide margin ("tercüman", "child protection"; not "hallo", "wat is"). */
    private static final double SHORT_MARGIN = 0.2;
    private static final int PASTED_LETTER_WORDS = 25;
    /** Quoted text: between quotation marks of any kind, at least one word inside. */
    private static final Pattern QUOTED = Pattern.compile(
            "[\"“”„«»‘’‚‹›]([^\"“”„«»]{2,}?)[\"“”„«»‘’‚‹›]|(?<![\\p{L}])'([^'\\n]{8,}?)'(?![\\p{L}])");
    private static final Pattern SEGMENT = Pattern.compile("[^\\n.!?:;]+");

    private final LanguageDetector detector;
    private final LanguageProperties properties;
    private final VocabularyVote vocabulary;

    LanguageResolver(LanguageDetector detector, LanguageProperties properties, List<ContentVocabulary> vocabularies) {
        this.detector = detector;
        this.properties = properties;
        this.vocabulary = new VocabularyVote(vocabularies);
    }

    /** The reply language only; see {@link #decide}. */
    public Language resolve(String text, Language prior, boolean priorChosen) {
        return decide(text, prior, priorChosen).language();
    }

    /**
     * @param prior       the conversation's language so far, null for a first message
     * @param priorChosen whether the user chose it explicitly
     */
    public Decision decide(String text, Language prior, boolean priorChosen) {
        String message = text == null ? "" : text;
        Optional<Language> asked = LanguageRequest.asked(message);
        if (asked.isPresent()) {
            return new Decision(asked.get(), true, true, null);
        }
        if (prior != null && priorChosen) {
            return new Decision(prior, true, false, null);
        }
        Language fallback = prior != null ? prior : properties.fallbackLanguage();
        String stripped = detector.withoutNeutralTerms(message);
        String frame = QUOTED.matcher(stripped).replaceAll(" ");
        LanguageDetector.Detection whole = detector.detectStripped(frame);
        if (whole.other() != null) {
            // Honest about it, in English and Dutch; the conversation keeps what it had.
            return new Decision(prior != null ? prior : Language.EN, false, false, whole.other());
        }
        if (whole.language() == null) {
            return new Decision(fallback, false, false, null);
        }
        if (whole.byScript()) {
            return new Decision(whole.language(), false, false, null);
        }
        // Only a message that reads as Dutch as a whole can hide a foreign frame around Dutch text.
        Language framed = whole.language() == Language.NL ? foreignFrame(frame, whole) : null;
        if (framed != null) {
            return new Decision(framed, false, false, null);
        }
        if (prior != null && prior != Language.NL && whole.language() == Language.NL
                && whole.words() >= PASTED_LETTER_WORDS) {
            // Long Dutch text from someone who talks another language: a pasted letter to explain.
            return new Decision(prior, false, false, null);
        }
        double needed = whole.words() < SHORT_WORDS ? SHORT_MARGIN : prior == null ? FIRST_MARGIN : SURE_MARGIN;
        if (whole.margin() < needed) {
            // Lingua cannot tell ("interpreter?", "grooming signs": its values are relative, and
            // short English and Dutch share most letter sequences): a first message is placed by
            // words only one language's content uses; without such words it is Dutch.
            Optional<Language> byWords = prior == null ? vocabulary.decide(frame) : Optional.empty();
            return new Decision(byWords.orElse(fallback), false, false, null);
        }
        return new Decision(whole.language(), false, false, null);
    }

    /**
     * A Dutch paragraph inside a foreign sentence ("My letter says: U wordt uitgenodigd ..."):
     * the part in one of the bot's other languages is the frame, and the parent reads that.
     */
    private Language foreignFrame(String text, LanguageDetector.Detection whole) {
        Map<Language, Integer> words = new EnumMap<>(Language.class);
        var m = SEGMENT.matcher(text);
        int segments = 0;
        while (m.find()) {
            String segment = m.group();
            if (LanguageDetector.words(segment) < 2) {
                continue;
            }
            segments++;
            var d = detector.detectStripped(segment);
            if (d.language() != null && (d.byScript() || d.margin() >= SURE_MARGIN)) {
                // "допоможіть зрозуміти", "ساعدوني افهم" above a pasted letter: two words in the parent's own
                // alphabet are as clear a frame as three Latin ones
                boolean ownScript = d.byScript() && LanguageParts.of(d.language()).script() != Character.UnicodeScript.LATIN;
                words.merge(d.language(), ownScript ? Math.max(d.words(), SHORT_WORDS) : d.words(), Integer::sum);
            }
        }
        if (segments < 2 && whole.language() != Language.NL) {
            return null;
        }
        boolean dutch = words.containsKey(Language.NL) || whole.language() == Language.NL;
        return words.entrySet().stream()
                .filter(e -> e.getKey() != Language.NL && e.getValue() >= SHORT_WORDS)
                .filter(e -> dutch)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /**
     * @param language the reply's language (one the bot speaks)
     * @param chosen   the user asked for it explicitly; it sticks
     * @param switched this message is the request to switch
     * @param other    the message is in a language the bot does not speak, or null
     */
    public record Decision(Language language, boolean chosen, boolean switched, OtherLanguage other) {
    }
}
