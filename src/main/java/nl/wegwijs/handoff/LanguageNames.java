package nl.wegwijs.handoff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageParts;

/**
 * Languages a parent may ask for, also ones the bot does not speak itself (Somali, Tigrinya, Farsi,
 * Tamazight): how people name them in the six interface languages, and how to show a code back.
 */
final class LanguageNames {

    /**
     * Word starts of languages the bot does not speak, lower case and folded like
     * {@link LanguageParts#fold}; the bot's own six are named in {@link LanguageParts#namedAs()}.
     */
    private static final Map<String, List<String>> OTHERS = new LinkedHashMap<>();

    static {
        OTHERS.put("so", List.of("somali", "somalisch", "somalies", "الصومالي", "somalice", "somalca", "somalijsk", "сомалі"));
        OTHERS.put("ti", List.of("tigrinya", "tigrinja", "tigrinisch", "tigrigna", "التغرين", "التيغرين", "tigrince", "тигрин", "тигриня"));
        OTHERS.put("fa", List.of("farsi", "perzisch", "persian", "dari", "الفارسي", "farsca", "perski", "perskim", "фарсі", "перськ"));
        OTHERS.put("zgh", List.of("berber", "tamazight", "amazigh", "tamazigh", "tarifit", "riffijns", "الأمازيغي", "الامازيغي",
                "البربري", "berberice", "berberi", "berberyjsk", "берберськ", "тамазіг"));
        OTHERS.put("ku", List.of("koerdisch", "kurdish", "kurdi", "الكردي", "kurtce", "kurdyjsk", "курдськ"));
        OTHERS.put("ru", List.of("russisch", "russian", "الروسي", "rusca", "rosyjsk", "російськ", "русск"));
    }

    private static final Map<String, String> ENGLISH = Map.of("so", "Somali", "ti", "Tigrinya", "fa", "Farsi",
            "zgh", "Tamazight (Berber)", "ku", "Kurdish", "ru", "Russian");

    private LanguageNames() {
    }

    /** The first language named in the text, if any. */
    static Optional<String> mentioned(String text) {
        String t = " " + LanguageParts.fold(text).replaceAll("[\\p{Punct}،؟«»“”]", " ") + " ";
        for (var e : OTHERS.entrySet()) {
            if (named(t, e.getValue())) {
                return Optional.of(e.getKey());
            }
        }
        for (Language language : Language.values()) {
            if (named(t, LanguageParts.of(language).namedAs())) {
                return Optional.of(language.code());
            }
        }
        return Optional.empty();
    }

    private static boolean named(String text, List<String> stems) {
        for (String stem : stems) {
            // Arabic writes the article (and "with") joined to the word: a stem with "ال" is matched anywhere.
            if (text.contains(" " + stem) || (stem.contains("ال") && text.contains(stem))) {
                return true;
            }
        }
        return false;
    }

    static boolean botSpeaks(String code) {
        return Language.fromCode(code).isPresent();
    }

    /** The language's name in the reader's language, e.g. "Somalisch" for a Dutch reader. */
    static String display(String code, Language reader) {
        Optional<Language> own = Language.fromCode(code);
        if (own.isPresent()) {
            return own.get() == reader ? own.get().nativeName() : LanguageParts.of(own.get()).names().get(reader);
        }
        String shown = Locale.forLanguageTag(code).getDisplayLanguage(reader.locale());
        if (shown.isBlank() || shown.equalsIgnoreCase(code)) {
            shown = ENGLISH.getOrDefault(code, code);
        }
        return shown;
    }
}
