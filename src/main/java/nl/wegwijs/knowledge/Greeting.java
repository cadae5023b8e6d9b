package nl.wegwijs.knowledge;

import java.util.Set;
import java.util.regex.Pattern;
import nl.wegwijs.language.LanguageParts;

/**
 * A message that only greets ("hoi", "goedemiddag", "السلام عليكم", "merhaba", "dzień dobry",
 * "привіт"): the parent is starting, so the bot says what it can do rather than "I don't know".
 */
final class Greeting {

    /** The entry that says what the bot can do. */
    static final String ENTRY = "wat-kan-wegwijs";

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final int MAX_WORDS = 4;

    /** Greeting words, folded like {@link LanguageParts#fold}; a greeting may be several of them. */
    private static final Set<String> WORDS = Set.copyOf(java.util.List.of(
            "hoi", "hallo", "hai", "hey", "hee", "hi", "hello", "hoii", "dag", "goedemorgen", "goedemiddag", "goedenavond",
            "goeiemorgen", "goeiemiddag", "goede", "morgen", "middag", "avond", "good", "morning", "afternoon", "evening",
            "allemaal", "daar", "there", "all", "beste",
            "مرحبا", "مرحبًا", "السلام", "عليكم", "سلام", "اهلا", "أهلا", "اهلين", "صباح", "مساء", "الخير", "النور",
            "marhaba", "salam", "salamu", "alaikum", "aleykum", "assalamu", "ahlan",
            "merhaba", "selam", "selamun", "aleykum", "iyi", "gunler", "aksamlar", "sabahlar", "kolay", "gelsin",
            "czesc", "dzien", "dobry", "witam", "hej", "siema", "dobry", "wieczor",
            "привіт", "добрий", "день", "вечір", "ранок", "доброго", "дня", "ранку", "вітаю", "здрастуйте", "здравствуйте",
            "вечора"));

    private Greeting() {
    }

    static boolean only(String text) {
        String[] words = NOT_WORD.split(LanguageParts.fold(text).strip());
        int n = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (!WORDS.contains(w) || ++n > MAX_WORDS) {
                return false;
            }
        }
        return n > 0;
    }
}
