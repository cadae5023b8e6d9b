package nl.wegwijs.language;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "answer in Arabic", "kun je Turks praten?", "по-українськи, будь ласка", "arapça yaz", "po
 * polsku proszę": a short message that names one of the bot's languages and asks for it. A
 * request for a person who speaks it ("someone who speaks Arabic") is not a switch but a handoff.
 */
public final class LanguageRequest {

    private static final int MAX_WORDS = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Asking for a person who speaks it: that is a handoff (HandoffStep), not a switch. */
    private static final Pattern PERSON = Pattern.compile(
            "iemand|persoon|mens\\b|tolk|someone|somebody|person|interpreter|human|biri|kimse|tercuman|ktos|osob|tlumacz"
                    + "|хтось|людин|перекладач|شخص|احد|أحد|مترجم|حدا|spreekt|speaks|kind|child|son|daughter|zoon|dochter|cocuk|dziecko|дитин|ابني|ابنتي",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    /** Words that make naming a language a request to the bot ("in", "please", "answer", "yaz", "po", "-ською"). */
    private static final Pattern CUE = Pattern.compile(String.join("|",
            "\\b(antwoord|schrijf|praat|praten|spreek|spreken|graag|aub|alsjeblieft|alstublieft|in het|kun je|kan je|kunt u|liever|taal)\\b",
            "\\b(answer|reply|respond|write|speak|talk|please|pls|plz|in|switch|change|language|can you|could you)\\b",
            "\\b(yaz|yazin|yazar|konus|konusabilir|cevap|lutfen|misin|musun|misiniz|dilinde|olarak|dil)",
            "\\b(odpowiedz|odpisz|pisz|napisz|mow|prosze|po|jezyk|mozesz)\\b",
            "(відповід|пиши|напиш|говор|розмовля|будь ласка|мов[аоиу]|по-|ською\\b|ськи\\b)",
            "(اكتب|تكلم|رد|جاوب|ممكن|لو سمحت|من فضلك|باللغة|اللغة|بال)"),
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private LanguageRequest() {
    }

    /** The language the message asks the bot to write in, if it asks for one. */
    public static Optional<Language> asked(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = fold(text);
        long words = WORD.matcher(folded).results().count();
        if (words > MAX_WORDS || PERSON.matcher(folded).find()) {
            return Optional.empty();
        }
        String padded = " " + folded.replaceAll("[\\p{Punct}،؟«»“”„!?¿¡]", " ") + " ";
        // The first language named is the one asked for: "answer in English, my husband does not read Turkish".
        Language first = null;
        int at = Integer.MAX_VALUE;
        for (Language language : Language.values()) {
            for (String name : LanguageParts.of(language).namedAs()) {
                int i = padded.indexOf(name.startsWith("ال") || name.startsWith("بال") ? name : " " + name);
                if (i >= 0 && i < at) {
                    at = i;
                    first = language;
                }
            }
        }
        if (first == null || words > 2 && !CUE.matcher(folded).find()) {
            return Optional.empty();
        }
        return Optional.of(first);
    }

    static String fold(String text) {
        return LanguageParts.fold(text);
    }
}
