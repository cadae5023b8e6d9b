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
    /** A message that starts by telling the bot to answer or write may add a reason. */
    private static final int MAX_WORDS_ANSWER_IN = 20;
    private static final int ANSWER_IN_FRONT = 30;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Asking for a person who speaks it: that is a handoff (HandoffStep), not a switch. */
    private static final Pattern PERSON = Pattern.compile(
            "iemand|persoon|mens\\b|tolk|someone|somebody|person|interpreter|human|biri|kimse|tercuman|ktos|osob|tlumacz"
                    + "|хтось|людин|перекладач|شخص|احد|أحد|مترجم|حدا|spreekt|speaks",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /**
     * A child named with a language ("my son speaks English") is no request either, unless the
     * message tells the bot to answer or write in it ("answer in English, my daughter reads it to me").
     */
    private static final Pattern CHILD = Pattern.compile(
            "kind|child|son|daughter|zoon|dochter|cocuk|dziecko|дитин|ابني|ابنتي", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern ANSWER_IN = Pattern.compile(String.join("|",
            "\\b(antwoord|schrijf|answer|reply|respond|write|yaz|yazar misin|cevap ver|odpowiedz|odpisz|napisz|pisz)\\b",
            "(відповід|напиш|пиши|جاوب|اكتب|رد علي|ردي)"),
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Words that make naming a language a request to the bot ("in", "please", "answer", "yaz", "po", "-ською"). */
    private static final Pattern CUE = Pattern.compile(String.join("|",
            "\\b(antwoord|schrijf|praat|praten|spreek|spreken|graag|aub|alsjeblieft|alstublieft|in het|kun je|kan je|kunt u|liever|taal)\\b",
            "\\b(answer|reply|respond|write|speak|talk|please|pls|plz|in|switch|change|language|can you|could you)\\b",
            "\\b(yaz|yazin|yazar|konus|konusabilir|cevap|lutfen|misin|musun|misiniz|dilinde|olarak|dil)",
            "\\b(odpowiedz|odpisz|pisz|napisz|mow|prosze|po|jezyk|mozesz)\\b",
            "(відповід|пиши|напиш|говор|розмовля|будь ласка|мов[аоиу]|по-|ською\\b|ськи\\b)",
            "(اكتب|تكلم|رد|جاوب|ممكن|لو سمحت|من فضلك|باللغة|اللغة|بال|رجع|ارجع|حول|احكي|عال)"),
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * "nie mówię po holendersku", "I don't speak Dutch", "Türkçe bilmiyorum", "ما بعرف احكي هولندي":
     * the language named right after (or before) saying one cannot speak it is not the one asked for.
     */
    private static final Pattern CANNOT = Pattern.compile(String.join("|",
            "\\b(nie (mowie|znam|rozumiem|umiem|czytam))\\b",
            "\\b((don'?t|do not|doesn'?t|does not|can'?t|cannot|can not) (speak|read|understand|know|write))\\b",
            "\\b((my|our|his|her) \\w+ is not good|not good enough)\\b",
            "\\b((spreek|spreekt|praat|begrijp|versta|lees|ken|kan) (geen|niet|het niet|nog geen))\\b",
            "(bilmiyor|konusamiyor|anlamiyor|okuyamiyor|bilmem\\b)",
            "(не (розмовляю|говорю|розумію|знаю|читаю|володію))",
            "((ما|مش|ما ب|لا) ?(بعرف|بحكي|بتكلم|بفهم|بقرا|كنعرف|كنهضر|اعرف|أعرف|اتكلم|أتكلم|افهم|أفهم|بعرفش))"),
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final int CANNOT_REACH = 30;
    private static final Pattern CLAUSE_END = Pattern.compile("[,.;!?،؛]");

    /**
     * "is there an opvoedcursus in English?", "Є щось таке українською?": asking whether something
     * exists in a language is a question for the content, not a request to switch.
     */
    private static final Pattern AVAILABLE = Pattern.compile(String.join("|",
            "\\b(is there|are there|is er|zijn er|bestaat er|do you have|have you got|gibt es|var mi|varmi)\\b",
            "\\b(czy (jest|sa|istnieje)|jest (jakis|jakas|cos))\\b",
            "(є щось|чи є|є якийсь|є якась|є курс)",
            "(هل يوجد|هل في|في شي|فيه حد|كاين شي)",
            // "як записатись на опвудкурс українською", "a course in Polish": something offered in a language
            "(cursus|course|kurs|курс|دورة|دروس|opvoedcurs|oudercurs)"),
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
        var answerIn = ANSWER_IN.matcher(folded);
        boolean answerInFront = answerIn.find() && answerIn.start() < ANSWER_IN_FRONT;
        // "answer in English please, my daughter will read it for me": the reason may make it longer
        if (words > (answerInFront ? MAX_WORDS_ANSWER_IN : MAX_WORDS) || PERSON.matcher(folded).find() || AVAILABLE.matcher(folded).find()
                || CHILD.matcher(folded).find() && !answerInFront) {
            return Optional.empty();
        }
        String padded = " " + folded.replaceAll("[\\p{Punct}،؟«»“”„!?¿¡&&[^']]", " ") + " ";
        record Named(Language language, int at) {
        }
        java.util.List<Named> named = new java.util.ArrayList<>();
        for (Language language : Language.values()) {
            for (String name : LanguageParts.of(language).namedAs()) {
                String sought = name.startsWith("ال") || name.startsWith("بال") ? name : " " + name;
                for (int i = padded.indexOf(sought); i >= 0; i = padded.indexOf(sought, i + 1)) {
                    named.add(new Named(language, i));
                }
            }
        }
        var cannot = CANNOT.matcher(padded);
        while (cannot.find()) {
            // The language named next to "I cannot speak" is not the one asked for.
            int start = cannot.start();
            int end = cannot.end();
            // ... unless a comma or a full stop stands between them: "po polsku, nic nie rozumiem"
            // asks for Polish because the Dutch answer was not understood.
            named.stream().filter(n -> n.at() >= start - CANNOT_REACH && n.at() <= end + CANNOT_REACH)
                    .filter(n -> !CLAUSE_END.matcher(folded.substring(Math.max(0, Math.min(n.at(), start) - 1),
                            Math.max(0, Math.min(folded.length(), Math.max(n.at(), end) - 1)))).find())
                    .min(java.util.Comparator.comparingInt(n -> n.at() >= end ? n.at() - end : start - n.at()))
                    .map(Named::language).ifPresent(language -> named.removeIf(n -> n.language() == language));
        }
        // The first language named is the one asked for: "answer in English, my husband does not read Turkish".
        Language first = named.stream().min(java.util.Comparator.comparingInt(Named::at)).map(Named::language).orElse(null);
        if (first == null || words > 2 && !CUE.matcher(folded).find()) {
            return Optional.empty();
        }
        return Optional.of(first);
    }

    static String fold(String text) {
        return LanguageParts.fold(text);
    }
}
