package nl.wegwijs.language;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arabizi: Arabic typed in Latin letters with digits for the sounds Latin lacks ("ibni 3omro 10
 * snin", "shu ba3mel", "7okoma"): 2 hamza, 3 ayn, 5 kha, 7 ha, 9 qaf, 6 ta. Recognised as Arabic
 * (the parent reads Arabic script) and spelled in Arabic letters before matching, so it meets the
 * Arabic phrasings. The spelling is approximate, as Arabizi itself is: short vowels inside a word
 * (e, o, u) are left out as Arabic writes them; a, i and final vowels become letters.
 */
public final class Arabizi {

    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}0-9']+");
    /** A digit inside or at the edge of letters: "3omro", "ba3mel", "2ashya2" (not "10" or "2e"). */
    private static final Pattern DIGIT_WORD = Pattern.compile("(?<![\\p{L}0-9])(?=[\\p{L}0-9]*\\p{L})(?=[\\p{L}0-9]*[235679])[\\p{L}0-9]{2,}");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th|e|de|ste|ci|inci|nci|te|ty|go|ga|ej)", Pattern.CASE_INSENSITIVE);

    /** Frequent Arabizi words of several dialects (and their Arabic spelling, where it is not the rule's). */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ana", "انا"), Map.entry("ane", "انا"), Map.entry("enta", "انت"), Map.entry("inta", "انت"),
            Map.entry("enti", "انتي"), Map.entry("inti", "انتي"), Map.entry("howa", "هو"), Map.entry("huwa", "هو"),
            Map.entry("hiya", "هي"), Map.entry("heya", "هي"), Map.entry("e7na", "احنا"), Map.entry("i7na", "احنا"),
            Map.entry("7na", "حنا"), Map.entry("fi", "في"), Map.entry("fe", "في"), Map.entry("mesh", "مش"),
            Map.entry("msh", "مش"), Map.entry("mish", "مش"), Map.entry("ma", "ما"), Map.entry("la", "لا"),
            Map.entry("ya", "يا"), Map.entry("w", "و"), Map.entry("wa", "و"), Map.entry("bas", "بس"),
            Map.entry("shu", "شو"), Map.entry("sho", "شو"), Map.entry("chou", "شو"), Map.entry("shno", "شنو"),
            Map.entry("chno", "شنو"), Map.entry("chnou", "شنو"), Map.entry("kif", "كيف"), Map.entry("keef", "كيف"),
            Map.entry("kifash", "كيفاش"), Map.entry("kifach", "كيفاش"), Map.entry("ezay", "ازاي"), Map.entry("izzay", "ازاي"),
            Map.entry("wesh", "واش"), Map.entry("wach", "واش"), Map.entry("wash", "واش"), Map.entry("lesh", "ليش"),
            Map.entry("leh", "ليه"), Map.entry("wen", "وين"), Map.entry("wein", "وين"), Map.entry("fin", "فين"),
            Map.entry("law", "لو"), Map.entry("lw", "لو"), Map.entry("el", "ال"), Map.entry("al", "ال"), Map.entry("il", "ال"),
            Map.entry("bil", "بال"), Map.entry("fil", "في ال"), Map.entry("3al", "على ال"), Map.entry("3ala", "على"),
            Map.entry("3la", "على"), Map.entry("min", "من"), Map.entry("men", "من"), Map.entry("mn", "من"),
            Map.entry("bet", "بيت"), Map.entry("beit", "بيت"), Map.entry("bait", "بيت"), Map.entry("dar", "دار"),
            Map.entry("wlad", "ولاد"), Map.entry("awlad", "اولاد"), Map.entry("ibni", "ابني"), Map.entry("ebni", "ابني"),
            Map.entry("binti", "بنتي"), Map.entry("bnti", "بنتي"), Map.entry("bent", "بنت"), Map.entry("bint", "بنت"),
            Map.entry("bghit", "بغيت"), Map.entry("baddi", "بدي"), Map.entry("badi", "بدي"), Map.entry("bidi", "بدي"),
            Map.entry("3ayez", "عايز"), Map.entry("3ayza", "عايزة"), Map.entry("3awez", "عاوز"), Map.entry("madrasa", "مدرسة"),
            Map.entry("madrase", "مدرسة"), Map.entry("mama", "ماما"), Map.entry("baba", "بابا"), Map.entry("hena", "هنا"),
            Map.entry("hon", "هون"), Map.entry("hna", "هنا"), Map.entry("momken", "ممكن"), Map.entry("mumkin", "ممكن"),
            Map.entry("mumken", "ممكن"), Map.entry("marhaba", "مرحبا"), Map.entry("salam", "سلام"), Map.entry("salamo", "السلام"),
            Map.entry("shukran", "شكرا"), Map.entry("ahlan", "اهلا"), Map.entry("bzaf", "بزاف"), Map.entry("ktir", "كتير"),
            Map.entry("kteer", "كتير"), Map.entry("kitir", "كتير"), Map.entry("abadan", "ابدا"), Map.entry("yom", "يوم"),
            Map.entry("kil", "كل"), Map.entry("kol", "كل"), Map.entry("kull", "كل"), Map.entry("kul", "كل"));
    /** Words that mark Arabizi (none of them a frequent word of the bot's Latin-script languages). */
    private static final Set<String> MARKERS = Set.of("enta", "inta", "enti", "inti", "e7na", "7na", "mesh",
            "msh", "mish", "shu", "sho", "shno", "chno", "kifash", "kifach", "ezay", "izzay", "wesh", "wach", "lesh",
            "wein", "bil", "3al", "3ala", "3la", "wlad", "ibni", "ebni", "binti", "bnti", "bghit", "baddi", "bidi", "3ayez",
            "3ayza", "momken", "mumkin", "marhaba", "bzaf", "ktir", "kteer", "abadan", "hena", "salam", "shukran", "khasni",
            "dyal", "dial", "daba", "wakha", "3lach", "bghina");

    private Arabizi() {
    }

    /** Latin text with Arabizi digits inside words and a few Arabizi words (or many digit words). */
    public static boolean is(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int digitWords = 0;
        Matcher d = DIGIT_WORD.matcher(lower);
        while (d.find()) {
            if (!ORDINAL.matcher(d.group()).matches()) {
                digitWords++;
            }
        }
        if (digitWords == 0) {
            return false;
        }
        int markers = 0;
        int words = 0;
        Matcher w = WORD.matcher(lower);
        while (w.find()) {
            words++;
            markers += MARKERS.contains(w.group()) ? 1 : 0;
        }
        return words >= 2 && (digitWords >= 3 || digitWords >= 2 && markers >= 1 || digitWords >= 1 && markers >= 2);
    }

    /** The text with its Latin words spelled in Arabic letters (numbers and punctuation kept). */
    public static String toArabic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String word = m.group();
            out.append(word.chars().allMatch(Character::isDigit) ? word : WORDS.getOrDefault(word, spell(word)));
            last = m.end();
        }
        out.append(text.substring(last));
        // "ال كلام" → "الكلام": the article belongs to its word.
        return out.toString().replaceAll("(^|\\s)(ال|بال)\\s+(?=\\p{IsArabic})", "$1$2");
    }

    private static final String[][] DIGRAPHS = {
        {"sh", "ش"}, {"ch", "ش"}, {"kh", "خ"}, {"gh", "غ"}, {"th", "ث"}, {"dh", "ذ"}, {"3'", "غ"}, {"7'", "خ"},
        {"aa", "ا"}, {"ee", "ي"}, {"ii", "ي"}, {"oo", "و"}, {"ou", "و"}, {"uu", "و"}, {"ei", "ي"}, {"ai", "ي"}, {"ay", "ي"},
    };
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('b', "ب"), Map.entry('t', "ت"), Map.entry('j', "ج"), Map.entry('g', "ج"), Map.entry('d', "د"),
            Map.entry('r', "ر"), Map.entry('z', "ز"), Map.entry('s', "س"), Map.entry('f', "ف"), Map.entry('q', "ق"),
            Map.entry('k', "ك"), Map.entry('c', "ك"), Map.entry('l', "ل"), Map.entry('m', "م"), Map.entry('n', "ن"),
            Map.entry('h', "ه"), Map.entry('w', "و"), Map.entry('y', "ي"), Map.entry('p', "ب"), Map.entry('v', "ف"),
            Map.entry('x', "كس"), Map.entry('2', "ء"), Map.entry('3', "ع"), Map.entry('5', "خ"), Map.entry('7', "ح"),
            Map.entry('9', "ق"), Map.entry('6', "ط"), Map.entry('8', "غ"));

    /** One word by rule: digraphs and digits first; vowels by place (first: alif; last: a letter; inside: long only). */
    static String spell(String word) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        char previous = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            boolean first = i == 0;
            String two = i + 2 <= word.length() ? word.substring(i, i + 2) : "";
            String digraph = null;
            for (String[] d : DIGRAPHS) {
                if (d[0].equals(two)) {
                    digraph = d[1];
                    break;
                }
            }
            if (digraph != null) {
                out.append(first && "اوي".contains(digraph) ? "ا" : digraph);
                i += 2;
                previous = 0;
                continue;
            }
            boolean lastLetter = i == word.length() - 1;
            if ("aeiou".indexOf(c) >= 0) {
                if (first) {
                    out.append("ا");
                } else if (lastLetter) {
                    out.append(c == 'a' || c == 'o' || c == 'u' ? "ه" : "ي");
                } else if (c == 'a') {
                    out.append("ا");
                } else if (c == 'i') {
                    out.append("ي");
                }
                // inside a word, e, o and u are mostly short vowels Arabic does not write
                i++;
                previous = c;
                continue;
            }
            if (c == previous) {
                i++;
                continue;   // a doubled consonant is written once (shadda)
            }
            String letter = c == '2' && first ? "ا" : LETTERS.get(c);
            if (letter != null) {
                out.append(letter);
            }
            previous = c;
            i++;
        }
        return out.toString();
    }
}
