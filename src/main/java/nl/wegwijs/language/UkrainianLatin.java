package nl.wegwijs.language;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ukrainian typed in Latin letters ("a shcho bude yakshcho ja vidmovliusia?", "potriben perekladach na
 * zustrich z jeugdzorg"), as on a phone without a Cyrillic keyboard. Lingua takes it for Polish or Dutch;
 * it is Ukrainian (the parent reads Ukrainian), and it is spelled in Cyrillic before matching, so it meets
 * the Ukrainian phrasings. Dutch words in it ("wijkteam", "jeugdzorg", "leerplicht") stay as written.
 *
 * <p>The spelling back is approximate, as the transliteration itself is (national standard, "ja/ju/je",
 * "h" or "g" for г, "i" or "y" for і and и): retrieval folds і/и and є/е together anyway
 * ({@code TextAnalysis.fold}).
 */
public final class UkrainianLatin {

    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}']+");
    /**
     * Frequent Ukrainian words in their usual Latin spellings that are not frequent words of Polish,
     * Dutch, English, Turkish or the other Latin languages the detectors know ("syn", "ale", "zaraz", "ja"
     * and "ne" are Polish, Dutch or Turkish too and left out).
     */
    private static final Set<String> MARKERS = Set.of(
            "shcho", "scho", "shco", "shchob", "shchos", "yakshcho", "yakscho", "jakshcho", "yak", "yaka", "yake", "yaki",
            "yakyi", "yakyy", "chy", "tse", "tsey", "tsia", "meni", "mene", "moia", "moya", "moyi", "moii", "moho",
            "yoho", "joho", "yii", "yiyi", "jiji", "ij", "vona", "vin", "vony", "vzhe", "dyakuyu", "diakuiu", "dyakuju",
            "bud", "laska", "dobryi", "dobryy", "dobrii", "dobryj", "potriben", "potribna", "potribno", "potribni",
            "treba", "mozhna", "mozhe", "mozhu", "mozhemo", "mozhlyvo", "hto", "khto", "shkola", "shkoli", "shkolu",
            "shkoly", "dytyna", "dytyny", "dytynu", "dytyni", "dity", "ditei", "ditey", "donka", "dochka", "dochku",
            "synu", "syna", "rokiv", "lyst", "lysta", "skilky", "koshtuye", "koshtuie", "kudy", "perekladach",
            "zustrich", "dopomoha", "dopomohy", "dopomohu", "dopomozhit", "dopomozhy", "kazhe", "kazhut", "duzhe",
            "bude", "budut", "tezh", "teper", "shche", "dlia", "dlya", "chomu", "koly", "rozumiju", "rozumiyu",
            "rozumiu", "robyty", "zrobyty", "ukrainsky", "ukrainskoiu", "ukrainskoyu", "ukrayinskoyu", "vidmovytysia",
            "vidmovliusia", "vzyaty", "vziaty", "spyt", "vnochi", "dobryden", "pryvit", "nichoho", "nema", "nemaie",
            "maie", "maye", "mayu", "maiu", "hovoryt", "kazhu", "pytannia", "pytannya", "zvernutysia",
            "cholovik", "batko", "vchytel", "vchytelka", "likar", "sim'ia", "simia", "simya");
    /** Spellings of Polish (sz, cz, rz, ie at the end) that Ukrainian transliteration does not write. */
    private static final Pattern POLISH = Pattern.compile("sz|cz|rz|ie$|ów|ó|[ąęłśźżćń]");

    private UkrainianLatin() {
    }

    /** Latin text with at least two Ukrainian words of the list, and fewer Polish spellings than those. */
    public static boolean is(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        int markers = 0;
        int polish = 0;
        int words = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            words++;
            markers += MARKERS.contains(w) ? 1 : 0;
            polish += POLISH.matcher(w).find() ? 1 : 0;
        }
        return words >= 2 && markers >= 2 && markers > polish && markers * 8 >= words;
    }

    /** The text with its Ukrainian words spelled in Cyrillic; Dutch-looking words, numbers and punctuation kept. */
    public static String toCyrillic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String word = m.group();
            out.append(dutchLooking(word) ? word : spell(word.toLowerCase(Locale.ROOT)));
            last = m.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /** Letters and clusters Ukrainian transliteration does not write but Dutch does; abbreviations ("SBO", "OKT"). */
    private static final Pattern DUTCH = Pattern.compile("[wq]|ij|aa|ee|oo|uu|oe|ui|eu|cht|au|ou");

    static boolean dutchLooking(String word) {
        if (word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return true;
        }
        return DUTCH.matcher(word.toLowerCase(Locale.ROOT)).find();
    }

    private static final String[][] CLUSTERS = {
        {"shch", "щ"}, {"sch", "щ"}, {"zh", "ж"}, {"kh", "х"}, {"ch", "ч"}, {"sh", "ш"}, {"ts", "ц"},
        {"ya", "я"}, {"ia", "я"}, {"ja", "я"}, {"yu", "ю"}, {"iu", "ю"}, {"ju", "ю"}, {"ye", "є"}, {"ie", "є"},
        {"je", "є"}, {"yi", "ї"}, {"ji", "ї"}, {"yo", "йо"}, {"jo", "йо"},
    };
    private static final String LATIN = "abvhgdezyijklmnoprstufcx";
    private static final String CYRILLIC = "абвгґдезиійклмнопрстуфцх";

    /** One lower-case word, clusters first; y or i after a vowel and before a consonant or the end is й. */
    static String spell(String word) {
        StringBuilder out = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            String cluster = null;
            for (String[] c : CLUSTERS) {
                if (word.startsWith(c[0], i)) {
                    cluster = c[1];
                    // "dobryi", "dytyny" at the end: ий/и after a consonant, not ї
                    if (c[0].equals("yi") && i + 2 == word.length() && i > 0 && !vowel(word.charAt(i - 1))) {
                        cluster = "ий";
                    }
                    i += c[0].length();
                    break;
                }
            }
            if (cluster != null) {
                out.append(cluster);
                continue;
            }
            char c = word.charAt(i);
            boolean afterVowel = i > 0 && vowel(word.charAt(i - 1));
            boolean beforeVowel = i + 1 < word.length() && vowel(word.charAt(i + 1));
            if ((c == 'y' || c == 'i' || c == 'j') && afterVowel && !beforeVowel) {
                out.append('й');
            } else if (c == 'j') {
                out.append('й');
            } else {
                int at = LATIN.indexOf(c);
                out.append(at >= 0 ? CYRILLIC.charAt(at) : c);
            }
            i++;
        }
        return out.toString();
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
