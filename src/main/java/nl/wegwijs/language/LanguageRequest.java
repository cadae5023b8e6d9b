package nl.wegwijs.language;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** How a language is named in the bot's six languages (word starts, lower case, folded). */
    private static final Map<Language, List<String>> NAMES = Map.of(
            Language.NL, List.of("nederlands", "dutch", "hollands", "hollandaca", "felemenkce", "niderlandzk", "holendersk",
                    "po niderlandzku", "po holendersku", "нідерландськ", "голландськ", "по-нідерландськи",
                    "الهولندي", "بالهولندي", "هولندي"),
            Language.EN, List.of("engels", "english", "ingilizce", "angielsk", "po angielsku", "англійськ", "по-англійськи",
                    "الإنجليزي", "الانجليزي", "بالانجليزي", "بالإنجليزي", "انجليزي", "إنجليزي", "انكليزي"),
            Language.AR, List.of("arabisch", "arabic", "arapca", "arabsk", "po arabsku", "арабськ", "по-арабськи",
                    "العربي", "بالعربي", "عربي"),
            Language.TR, List.of("turks", "turkish", "turkce", "tureck", "po turecku", "турецьк", "по-турецьки",
                    "التركي", "بالتركي", "تركي"),
            Language.PL, List.of("pools", "polish", "lehce", "polsk", "po polsku", "польськ", "по-польськи",
                    "البولندي", "بالبولندي", "بولندي"),
            Language.UK, List.of("oekraiens", "ukrainian", "ukraynaca", "ukrainsk", "po ukrainsku", "українськ",
                    "по-українськи", "украинск", "по-украински", "الأوكراني", "الاوكراني", "بالأوكراني", "أوكراني"));

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
        for (var e : NAMES.entrySet()) {
            for (String name : e.getValue()) {
                int i = padded.indexOf(name.startsWith("ال") || name.startsWith("بال") ? name : " " + name);
                if (i >= 0 && i < at) {
                    at = i;
                    first = e.getKey();
                }
            }
        }
        if (first == null || words > 2 && !CUE.matcher(folded).find()) {
            return Optional.empty();
        }
        return Optional.of(first);
    }

    /** Lower case, accents off Latin letters (türkçe → turkce, ukraińsku → ukrainsku), Cyrillic and Arabic kept. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ı', 'i').replace('ł', 'l');
        StringBuilder out = new StringBuilder(lower.length());
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK && i > 0
                    && Character.UnicodeScript.of(decomposed.charAt(i - 1)) == Character.UnicodeScript.LATIN) {
                continue;
            }
            out.append(c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
