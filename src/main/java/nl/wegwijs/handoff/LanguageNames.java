package nl.wegwijs.handoff;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.language.Language;

/**
 * Languages a parent may ask for, also ones the bot does not speak itself (Somali, Tigrinya, Farsi,
 * Tamazight): how people name them in the six interface languages, and how to show a code back.
 */
final class LanguageNames {

    /** Word stems per ISO code, lower case; matched as the start of a word. */
    private static final Map<String, List<String>> STEMS = new LinkedHashMap<>();

    static {
        STEMS.put("so", List.of("somali", "somalisch", "somalies", "الصومالي", "somalice", "somalca", "somalijsk", "сомалі"));
        STEMS.put("ti", List.of("tigrinya", "tigrinja", "tigrinisch", "tigrigna", "التغرين", "التيغرين", "tigrince", "тигрин", "тигриня"));
        STEMS.put("fa", List.of("farsi", "perzisch", "persian", "dari", "الفارسي", "farsça", "farsca", "perski", "perskim", "фарсі", "перськ"));
        STEMS.put("zgh", List.of("berber", "tamazight", "amazigh", "tamazigh", "tarifit", "riffijns", "الأمازيغي", "الامازيغي",
                "البربري", "berberice", "berberi", "berberyjsk", "берберськ", "тамазіг"));
        STEMS.put("ku", List.of("koerdisch", "kurdish", "kurdi", "الكردي", "kürtçe", "kurtce", "kurdyjsk", "курдськ"));
        STEMS.put("ru", List.of("russisch", "russian", "الروسي", "rusça", "rusca", "rosyjsk", "російськ", "русск"));
        STEMS.put("ar", List.of("arabisch", "arabic", "العربي", "عربي", "arapça", "arapca", "arabsk", "арабськ"));
        STEMS.put("tr", List.of("turks", "turkish", "التركي", "türkçe", "turkce", "tureck", "турецьк"));
        STEMS.put("pl", List.of("pools", "polish", "البولندي", "lehçe", "lehce", "polsk", "польськ"));
        STEMS.put("uk", List.of("oekraïens", "oekraiens", "ukrainian", "الأوكراني", "ukraynaca", "ukraińsk", "ukrainsk", "українськ"));
        STEMS.put("nl", List.of("nederlands", "dutch", "الهولندي", "hollandaca", "felemenkçe", "niderlandzk", "holendersk",
                "нідерландськ", "голландськ"));
        STEMS.put("en", List.of("engels", "english", "الإنجليزي", "الانجليزي", "ingilizce", "angielsk", "англійськ"));
    }

    private static final Map<String, String> ENGLISH = Map.of("so", "Somali", "ti", "Tigrinya", "fa", "Farsi",
            "zgh", "Tamazight (Berber)", "ku", "Kurdish", "ru", "Russian");

    private LanguageNames() {
    }

    /** The first language named in the text, if any. */
    static Optional<String> mentioned(String text) {
        String t = " " + Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC)
                .replaceAll("[\\p{Punct}،؟«»“”]", " ") + " ";
        for (var e : STEMS.entrySet()) {
            for (String stem : e.getValue()) {
                // Arabic writes the article joined to the word: a stem with "ال" is matched anywhere.
                if (t.contains(" " + stem) || (stem.startsWith("ال") && t.contains(stem))) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    static boolean botSpeaks(String code) {
        return Language.fromCode(code).isPresent();
    }

    /** The language's name in the reader's language, e.g. "Somalisch" for a Dutch reader. */
    static String display(String code, Language reader) {
        Optional<Language> own = Language.fromCode(code);
        if (own.isPresent() && own.get() == reader) {
            return own.get().nativeName();
        }
        String shown = Locale.forLanguageTag(code).getDisplayLanguage(reader.locale());
        if (shown.isBlank() || shown.equalsIgnoreCase(code)) {
            shown = ENGLISH.getOrDefault(code, code);
        }
        return shown;
    }
}
