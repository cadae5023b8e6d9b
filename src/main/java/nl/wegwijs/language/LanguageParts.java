package nl.wegwijs.language;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

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
 */
public record LanguageParts(Character.UnicodeScript script, com.github.pemistahl.lingua.api.Language lingua,
        Supplier<Analyzer> analyzer, String crisisRules, Map<Language, String> names) {

    /** Interface bundles every language has: {@code i18n/<bundle>_<code>.properties}. */
    public static final java.util.List<String> BUNDLES = java.util.List.of("messages", "handoff", "language", "knowledge");

    private static final Map<Language, LanguageParts> PARTS = new EnumMap<>(Language.class);

    static {
        PARTS.put(Language.NL, new LanguageParts(Character.UnicodeScript.LATIN, com.github.pemistahl.lingua.api.Language.DUTCH,
                DutchAnalyzer::new, "safety/rules-nl.txt", names("Nederlands", "Dutch", "الهولندية", "Felemenkçe", "niderlandzki", "нідерландська")));
        PARTS.put(Language.EN, new LanguageParts(Character.UnicodeScript.LATIN, com.github.pemistahl.lingua.api.Language.ENGLISH,
                EnglishAnalyzer::new, "safety/rules-en.txt", names("Engels", "English", "الإنجليزية", "İngilizce", "angielski", "англійська")));
        PARTS.put(Language.AR, new LanguageParts(Character.UnicodeScript.ARABIC, null,
                ArabicAnalyzer::new, "safety/rules-ar.txt", names("Arabisch", "Arabic", "العربية", "Arapça", "arabski", "арабська")));
        PARTS.put(Language.TR, new LanguageParts(Character.UnicodeScript.LATIN, com.github.pemistahl.lingua.api.Language.TURKISH,
                TurkishAnalyzer::new, "safety/rules-tr.txt", names("Turks", "Turkish", "التركية", "Türkçe", "turecki", "турецька")));
        PARTS.put(Language.PL, new LanguageParts(Character.UnicodeScript.LATIN, com.github.pemistahl.lingua.api.Language.POLISH,
                PolishAnalyzer::new, "safety/rules-pl.txt", names("Pools", "Polish", "البولندية", "Lehçe", "polski", "польська")));
        PARTS.put(Language.UK, new LanguageParts(Character.UnicodeScript.CYRILLIC, null,
                UkrainianMorfologikAnalyzer::new, "safety/rules-uk.txt", names("Oekraïens", "Ukrainian", "الأوكرانية", "Ukraynaca", "ukraiński", "українська")));
    }

    /** The parts of a language; fails at start-up, with the language, when one is missing. */
    public static LanguageParts of(Language language) {
        LanguageParts parts = PARTS.get(language);
        if (parts == null) {
            throw new IllegalStateException("language " + language.code() + " has no parts in LanguageParts");
        }
        return parts;
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
