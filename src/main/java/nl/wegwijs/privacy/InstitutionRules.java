package nl.wegwijs.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of schools, daycares, mosques, churches and clubs: with the child's age or class they point at
 * one family ("basisschool De Regenboog, groep 6"). The name goes, a lower-case type word in front stays
 * ("basisschool [INSTELLING]"), so the question still reads. Generic services have no name after a type
 * word and stay: "Veilig Thuis", "het Ouder- en Kindteam", "de huisarts", "het wijkteam".
 */
final class InstitutionRules {
    private InstitutionRules() {
    }

    private static final String CAP = "\\p{Lu}[\\p{L}\\p{M}'’\\-]*";
    private static final String ARTICLE = "(?:De|Het|de|het|'t|Al|El|al|el|Ibn|św\\.)";
    private static final String LINK = "(?:van|de|der|den|het|en)";
    private static final String NAME = "(?:" + ARTICLE + "[ \\t]+)?" + CAP + "(?:[ \\t]+(?:" + LINK + "[ \\t]+)?" + CAP + "){0,3}";
    private static final String END = "(?![\\p{L}\\p{N}])";

    /** A lower-case type word (or a school's abbreviation) and the name after it: "OBS de Klimop", "kreş Ukkie". */
    static final Pattern AFTER_TYPE = Pattern.compile("(?<![\\p{L}])(?:basisschool|school|OBS|CBS|PCB|IKC|BSO|KDV|kindcentrum"
            + "|kinderdagverblijf|kinderopvang|crèche|creche|peuterspeelzaal|peuterspeelgroep|moskee|kerk|lyceum|college"
            + "|daycare|nursery|preschool|mosque|church|club|kreş|kreşi|kulübü|kulübünde|okulu|camii"
            + "|żłobku|żłobek|żłobka|przedszkole|przedszkola|przedszkolu|szkoła|szkoły|szkole|kościoła|kościół|klubie|klub"
            + "|садочок|садок|садочку|школу|школа|школі|клубі|клуб|церкві|мечеті)"
            + "[ \\t]+\\(?(?<pii>" + NAME + "|«[^»\\n]{1,40}»)" + END);

    /** A capitalised type word that is part of the name: "Kinderopvang Het Vlindertje", "Sportschool Yamato". */
    static final Pattern TYPE_FIRST = Pattern.compile("(?<![\\p{L}])(?:Kinderopvang|Kindergarden|Kinderdagverblijf|Gezondheidscentrum"
            + "|Sportschool|Basisschool|Moskee|Parafia|Kościół|Stichting[ \\t]+Moskee)[ \\t]+" + NAME + END);

    /** A name ending in its type: "Hervormd Lyceum", "Da Vinci College", "Ulu Camii", "International School Eindhoven". */
    static final Pattern TYPE_LAST = Pattern.compile("(?<![\\p{L}])" + CAP + "(?:[ \\t]+(?:" + LINK + "[ \\t]+)?" + CAP + "){0,2}"
            + "[ \\t]+(?:Lyceum|College|Gymnasium|School|Chapel|Church|Mosque|Camii|Camisi|İlkokulu|Ilkokulu|Okulu|Ortaokulu|Lisesi"
            + "|Anaokulu|Kreşi|Gym|Club)" + END);

    /** Sports clubs by their prefix, with a founding year: "VV Zwaluwen '30", "FC Blauw-Wit"; Polish schools by patron: "im. Jana Pawła II". */
    static final Pattern CLUB = Pattern.compile("(?<![\\p{L}])(?:VV|SV|FC|AFC|HFC|RKSV|RKVV|SC|HV|KV|HC|MHC|ZV|CSV)[ \\t]+" + NAME
            + "(?:[ \\t]+['’]\\d{2})?" + END);
    static final Pattern PATRON = Pattern.compile("(?<![\\p{L}])im\\.[ \\t]*(?<pii>" + NAME + "(?:[ \\t]+[IVX]{1,4})?)" + END);

    /** A name before a lower-case type word: "de Al Ghazali school". */
    static final Pattern BEFORE_TYPE = Pattern.compile("(?<![\\p{L}])(?:de|het|the|een)[ \\t]+(?<pii>" + CAP + "(?:[ \\t]+" + CAP
            + "){0,2})[ \\t]+(?:school|moskee|kerk|mosque|church|daycare)" + END);

    /** One word: "Levensbronkerk", "Wellantcollege", "Willem-Alexanderschool" (not the generic "Basisschool"). */
    static final Pattern COMPOUND = Pattern.compile("(?<![\\p{L}])(?:" + CAP + "[ \\t]+){0,2}\\p{Lu}[\\p{L}\\-]{2,}(?:school|kerk|college|lyceum)"
            + END);
    private static final Set<String> GENERIC = Set.of("basisschool", "hogeschool", "zondagsschool", "rijschool", "muziekschool",
            "taalschool", "sportschool", "dansschool", "zwemschool", "koranschool", "weekendschool", "middelbareschool");

    /** Arabic: "مدرسة Al Amana", "المدرسة الإسلامية Ibn Ghaldoun", "روضة الأزهار", "مسجد السنة". */
    static final Pattern ARABIC_LATIN = Pattern.compile("(?:مدرسة|المدرسة|مسجد|المسجد|روضة|نادي|الحضانة|حضانة)"
            + "(?:\\s+(?:الملاكمة|الإسلامية|الابتدائية|الثانوية|العربية|أطفال|الأطفال|روضة))*\\s+(?<pii>" + NAME + ")" + END);
    static final Pattern ARABIC_NAME = Pattern.compile("(?:مدرسة|مسجد|روضة)\\s+(?<pii>ال[\\u0621-\\u064A]{2,})"
            + "(?![\\u0621-\\u064A])");
    private static final Set<String> ARABIC_GENERIC = Set.of("الابتدائية", "الإسلامية", "الثانوية", "العربية", "الأطفال",
            "الهولندية", "الحكومية", "الخاصة");

    static List<ScrubRule> rules() {
        return List.of(
                new RegexRule(TYPE_FIRST, Placeholder.INSTELLING),
                new RegexRule(TYPE_LAST, Placeholder.INSTELLING),
                new RegexRule(CLUB, Placeholder.INSTELLING),
                new RegexRule(PATRON, Placeholder.INSTELLING),
                new RegexRule(COMPOUND, Placeholder.INSTELLING,
                        s -> !GENERIC.contains(s.strip().toLowerCase(Locale.ROOT))),
                new RegexRule(ARABIC_LATIN, Placeholder.INSTELLING),
                new RegexRule(ARABIC_NAME, Placeholder.INSTELLING, s -> !ARABIC_GENERIC.contains(s)),
                new RegexRule(AFTER_TYPE, Placeholder.INSTELLING, InstitutionRules::notAService),
                new RegexRule(BEFORE_TYPE, Placeholder.INSTELLING, InstitutionRules::notAService));
    }

    /** "school Veilig Thuis" or "kerk Zondag" are not names of a school or church. */
    private static boolean notAService(String name) {
        String first = name.split("[ \\t]+")[0];
        return !name.startsWith("Veilig") && !name.startsWith("Ouder") && !NameLexicon.isNotAName(first)
                || first.length() <= 3 && name.contains(" ");
    }
}
