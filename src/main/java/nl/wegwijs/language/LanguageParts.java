package nl.wegwijs.language;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;

/**
 * One place per language: its alphabet, how it is detected (the alphabet alone, or Lingua's
 * model), its Lucene analyzer for retrieval, its crisis rule file (read by safety), the interface
 * bundles it needs and its name in every language. Adding a language is adding its parts here
 * and their files; {@code LanguagePartsTest} fails when a language lacks one.
 *
 * @param script     the alphabet it is written in
 * @param lingua     Lingua's model for it, or null when the alphabet decides (Arabic, Ukrainian)
 * @param analyzer   a new Lucene analyzer for its stemmed words
 * @param crisisRules the class-path file with its crisis rules (safety/rules-xx.txt)
 * @param names      its name in each of the bot's languages
 * @param namedAs    how people name it in a message, in the bot's languages: word starts, lower case,
 *                   {@link #fold folded} ("turkce", "po polsku", "по-українськи", "بالعربي"); read by
 *                   the switch request ({@link LanguageRequest}) and the handoff's language names
 */
public record LanguageParts(Character.UnicodeScript script, com.github.pemistahl.lingua.api.Language lingua,
        Supplier<Analyzer> analyzer, String crisisRules, Map<Language, String> names, java.util.List<String> namedAs) {

    /** Interface bundles every language has: {@code i18n/<bundle>_<code>.properties}. */
    public static final java.util.List<String> BUNDLES = java.util.List.of("messages", "handoff", "language", "knowledge");

    private static final Map<Language, LanguageParts> PARTS = new EnumMap<>(Language.class);

    static {
        PARTS.put(Language.NL, new LanguageParts(Character.UnicodeScript.LATIN, com.github.pemistahl.lingua.api.Language.DUTCH,
                () -> new DutchAnalyzer(DutchChatWords.STOP), "safety/rules-nl.txt", names("Nederlands", "Dutch", "الهولندية", "Felemenkçe", "niderlandzki", "нідерландська"),
                java.util.List.of("nederlands", "dutch", "hollands", "hollandaca", "felemenkce", "niderlandzk", "holendersk", "po niderlandzku", "po holendersku", "нідерландськ", "голландськ", "по-нідерландськи", "الهولندي", "بالهولندي", "هولندي")));
        PARTS.put(Language.EN, new LanguageParts(Character.UnicodeScript.LATIN, com.github.pemistahl.lingua.api.Language.ENGLISH,
                EnglishAnalyzer::new, "safety/rules-en.txt", names("Engels", "English", "الإنجليزية", "İngilizce", "angielski", "англійська"),
                java.util.List.of("engels", "english", "ingilizce", "angielsk", "po angielsku", "англійськ", "по-англійськи", "الإنجليزي", "الانجليزي", "بالانجليزي", "بالإنجليزي", "انجليزي", "إنجليزي", "انكليزي")));
        PARTS.put(Language.AR, new LanguageParts(Character.UnicodeScript.ARABIC, null,
                ArabicDialectAnalyzer::new, "safety/rules-ar.txt", names("Arabisch", "Arabic", "العربية", "Arapça", "arabski", "арабська"),
                java.util.List.of("arabisch", "arabic", "arapca", "arabsk", "po arabsku", "арабськ", "по-арабськи", "العربي", "بالعربي", "عربي")));
        PARTS.put(Language.TR, new LanguageParts(Character.UnicodeScript.LATIN, com.github.pemistahl.lingua.api.Language.TURKISH,
                TurkishColloquialAnalyzer::new, "safety/rules-tr.txt", names("Turks", "Turkish", "التركية", "Türkçe", "turecki", "турецька"),
                java.util.List.of("turks", "turkish", "turkce", "tureck", "po turecku", "турецьк", "по-турецьки", "التركي", "بالتركي", "تركي")));
        PARTS.put(Language.PL, new LanguageParts(Character.UnicodeScript.LATIN, com.github.pemistahl.lingua.api.Language.POLISH,
                PolishAnalyzer::new, "safety/rules-pl.txt", names("Pools", "Polish", "البولندية", "Lehçe", "polski", "польська"),
                java.util.List.of("pools", "polish", "lehce", "polsk", "po polsku", "польськ", "по-польськи", "البولندي", "بالبولندي", "بولندي")));
        PARTS.put(Language.UK, new LanguageParts(Character.UnicodeScript.CYRILLIC, null,
                UkrainianSurzhykAnalyzer::new, "safety/rules-uk.txt", names("Oekraïens", "Ukrainian", "الأوكرانية", "Ukraynaca", "ukraiński", "українська"),
                java.util.List.of("oekraiens", "ukrainian", "ukraynaca", "ukrainsk", "po ukrainsku", "українськ", "по-українськи", "украинск", "по-украински", "الأوكراني", "الاوكراني", "بالأوكراني", "أوكراني")));
    }

    /** The parts of a language; fails at start-up, with the language, when one is missing. */
    public static LanguageParts of(Language language) {
        LanguageParts parts = PARTS.get(language);
        if (parts == null) {
            throw new IllegalStateException("language " + language.code() + " has no parts in LanguageParts");
        }
        return parts;
    }

    /** Lower case, accents off Latin letters (türkçe → turkce, ukraińsku → ukrainsku), Cyrillic and Arabic kept. */
    public static String fold(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT).replace('ı', 'i').replace('ł', 'l');
        StringBuilder out = new StringBuilder(lower.length());
        String decomposed = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK && i > 0
                    && Character.UnicodeScript.of(decomposed.charAt(i - 1)) == Character.UnicodeScript.LATIN) {
                continue;
            }
            out.append(c);
        }
        return java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFC);
    }

    private static Map<Language, String> names(String nl, String en, String ar, String tr, String pl, String uk) {
        Map<Language, String> m = new EnumMap<>(Language.class);
        m.put(Language.NL, nl);
        m.put(Language.EN, en);
        m.put(Language.AR, ar);
        m.put(Language.TR, tr);
        m.put(Language.PL, pl);
        m.put(Language.UK, uk);
        return m;
    }
}
