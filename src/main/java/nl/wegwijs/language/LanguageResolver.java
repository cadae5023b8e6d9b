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
        if (prior == Language.UK && UkrainianLatin.continues(frame)) {
            // a Ukrainian conversation typed in Latin letters goes on with one Ukrainian word ("a hto platyt?")
            return new Decision(Language.UK, false, false, null);
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

    /** Words of a code-switched clause are counted in windows of this many words. */
    private static final int SWITCH_WINDOW = 3;
    /**
     * Lingua's margin on one window before its words count for Turkish or Polish: 0.25 caught the Turkish
     * clauses of the safety training material's Dutch messages ("annem bilmesin ama") and placed no window
     * of its Dutch- or English-labelled messages elsewhere; 0.5 missed most clauses.
     */
    private static final double SWITCH_MARGIN = 0.25;
    private static final Pattern SWITCH_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*");

    /**
     * A home language beside Dutch: the bot's language other than Dutch and English (Turkish, Polish,
     * Ukrainian, Arabic) with at least {@code minWords} of its own words in a Dutch (or English) message
     * ("ik kan niet meer ... annem bilmesin ama ...", "mijn stiefvader ... мама на нічній зміні").
     * English is not counted: beside Dutch it is the bridge language of someone whose Dutch is not good
     * ("Sorry mijn Nederlands is niet goed. My husband hit me"). Words count by their alphabet (Cyrillic,
     * Arabic) or, in Latin letters, when Lingua places a window of three words around them as Turkish
     * or Polish with a clear margin (or by letters only that language writes). Used for the language of an
     * emergency reply only; the ordinary choice ({@link #decide}) does not change.
     */
    public Optional<Language> homeLanguageBeside(String text, int minWords) {
        return homeLanguageWords(text).entrySet().stream().filter(e -> e.getValue() >= minWords)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** The words per home language of {@link #homeLanguageBeside} (for measuring it). */
    public Map<Language, Integer> homeLanguageWords(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        List<String> words = SWITCH_WORD.matcher(detector.withoutNeutralTerms(text)).results()
                .map(java.util.regex.MatchResult::group).limit(400).toList();
        Map<Language, Integer> counts = new EnumMap<>(Language.class);
        boolean[] latinCounted = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            ScriptRules.Counts script = ScriptRules.Counts.of(words.get(i));
            if (script.cyrillic() * 2 > script.letters()) {
                counts.merge(Language.UK, 1, Integer::sum);
            } else if (script.arabic() * 2 > script.letters()) {
                counts.merge(Language.AR, 1, Integer::sum);
            }
        }
        for (int i = 0; i + SWITCH_WINDOW <= words.size(); i++) {
            String window = String.join(" ", words.subList(i, i + SWITCH_WINDOW));
            ScriptRules.Counts letters = ScriptRules.Counts.of(window);
            if (letters.latin() * 2 <= letters.letters()) {
                continue;
            }
            LanguageDetector.Detection d = detector.detectStripped(window);
            if ((d.language() == Language.TR || d.language() == Language.PL) && (d.byScript() || d.margin() >= SWITCH_MARGIN)) {
                for (int j = i; j < i + SWITCH_WINDOW; j++) {
                    if (!latinCounted[j]) {
                        latinCounted[j] = true;
                        counts.merge(d.language(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
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
