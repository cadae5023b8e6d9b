package nl.wegwijs.language;

import java.util.Optional;

/**
 * What the alphabet alone tells: Arabic script is Arabic unless letters Arabic does not use say
 * Farsi/Dari, Urdu, Pashto or Sorani Kurdish; Cyrillic is Ukrainian unless Russian or Bulgarian
 * letters say otherwise; Ge'ez is Tigrinya or Amharic, Tifinagh is Tamazight, Han is Chinese.
 */
final class ScriptRules {

    /** Counts of letters per script in one text. */
    record Counts(int letters, int latin, int arabic, int cyrillic, int ethiopic, int tifinagh, int han) {

        static Counts of(CharSequence text) {
            int letters = 0, latin = 0, arabic = 0, cyrillic = 0, ethiopic = 0, tifinagh = 0, han = 0;
            for (int i = 0; i < text.length(); ) {
                int c = Character.codePointAt(text, i);
                i += Character.charCount(c);
                if (!Character.isLetter(c)) {
                    continue;
                }
                letters++;
                switch (Character.UnicodeScript.of(c)) {
                    case LATIN -> latin++;
                    case ARABIC -> arabic++;
                    case CYRILLIC -> cyrillic++;
                    case ETHIOPIC -> ethiopic++;
                    case TIFINAGH -> tifinagh++;
                    case HAN, HIRAGANA, KATAKANA -> han++;
                    default -> { }
                }
            }
            return new Counts(letters, latin, arabic, cyrillic, ethiopic, tifinagh, han);
        }
    }

    private static final String SORANI = "ڵڕۆێە";
    private static final String PASHTO = "ټډړږښځڅۍېګڼ";
    private static final String URDU = "ٹڈڑںےۓھہ";
    private static final String PERSIAN = "پژکی";   // Arabic keyboards write ك and ي; Iraqi Arabic uses چ and گ too
    private static final String UKRAINIAN = "іїєґ";
    private static final String RUSSIAN = "ыэё";
    private static final String TIGRINYA = "ኣቐቑቒቓቔቕቖቘቚቛቜቝ";

    /** Latin letters only Polish writes (among the languages the bot or its detectors know). */
    private static final String POLISH = "ąęłśźżćń";
    /** Turkish ğ and dotless ı (ş also in older Romanian, ç and ö ü elsewhere). */
    private static final String TURKISH = "ğı";

    private ScriptRules() {
    }

    /** Polish or Turkish when the text has letters only that language writes, and none of the other's. */
    static Optional<Language> latinLetters(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int polish = count(lower, POLISH);
        int turkish = count(lower, TURKISH);
        if (polish > 0 && turkish == 0) {
            return Optional.of(Language.PL);
        }
        if (turkish > 0 && polish == 0) {
            return Optional.of(Language.TR);
        }
        return Optional.empty();
    }

    /** Arabic-script text: Arabic, or a language the bot does not speak. */
    static Optional<OtherLanguage> arabicScript(String text) {
        if (count(text, SORANI) >= 1) {
            return Optional.of(OtherLanguage.KURDISH);
        }
        if (count(text, PASHTO) >= 1) {
            return Optional.of(OtherLanguage.PASHTO);
        }
        if (count(text, URDU) >= 2) {
            return Optional.of(OtherLanguage.URDU);
        }
        if (count(text, PERSIAN) >= 2 || (count(text, PERSIAN) == 1 && text.length() < 40)) {
            return Optional.of(OtherLanguage.FARSI);
        }
        return Optional.empty();
    }

    /** Cyrillic text: Ukrainian, or Russian / Bulgarian. Empty when the letters do not tell. */
    static Optional<OtherLanguage> cyrillicScript(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int ukrainian = count(lower, UKRAINIAN);
        int russian = count(lower, RUSSIAN);
        int hard = count(lower, "ъ");
        if (ukrainian > 0 && ukrainian >= russian + hard) {
            return Optional.empty();
        }
        if (russian > 0) {
            return Optional.of(OtherLanguage.RUSSIAN);
        }
        if (hard > 0) {
            return Optional.of(OtherLanguage.BULGARIAN);
        }
        return Optional.empty();
    }

    static OtherLanguage ethiopic(String text) {
        return count(text, TIGRINYA) > 0 ? OtherLanguage.TIGRINYA : OtherLanguage.AMHARIC;
    }

    private static final java.util.Set<String> KURMANJI = java.util.Set.of("min", "li", "bi", "kurdî", "kurdi", "heye",
            "nake", "dixwazim", "çawa", "cawa", "çi", "zarok", "zarokê", "zarokên", "keça", "kurê", "dibistanê", "ez", "jî",
            "gelek", "spas", "nîne", "kesek", "diaxive", "alîkarî", "alikari", "ji", "ne", "dikim", "bikim", "dike");
    private static final java.util.Set<String> ROMAN_URDU = java.util.Set.of("hai", "hain", "nahi", "nahin", "kya", "mera",
            "meri", "mere", "aur", "karo", "karna", "kaise", "mujhe", "bahut", "saal", "kehte", "raha", "rahi", "wale", "yeh");

    /**
     * Latin-script languages Lingua does not know: Tamazight (ɣ, ɛ), Kurmanji Kurdish and Roman
     * Urdu by a handful of their most frequent words.
     */
    static Optional<OtherLanguage> latinWithoutModel(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (count(lower, "ɣɛ") > 0 || lower.contains("azul") && lower.contains("tamaz")) {
            return Optional.of(OtherLanguage.TAMAZIGHT);
        }
        int kurmanji = 0;
        int urdu = 0;
        int words = 0;
        for (String w : lower.split("[^\\p{L}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            kurmanji += KURMANJI.contains(w) ? 1 : 0;
            urdu += ROMAN_URDU.contains(w) ? 1 : 0;
        }
        boolean kurdishLetters = count(lower, "êîû") > 0;
        if (kurdishLetters && kurmanji >= 3 && kurmanji * 4 >= words) {
            return Optional.of(OtherLanguage.KURDISH);
        }
        if (urdu >= 3 && urdu * 5 >= words) {
            return Optional.of(OtherLanguage.URDU);
        }
        return Optional.empty();
    }

    static int count(String text, String letters) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (letters.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }
}
