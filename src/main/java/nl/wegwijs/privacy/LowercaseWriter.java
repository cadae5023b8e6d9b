package nl.wegwijs.privacy;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Some parents type everything in lower case ("mn dochter kaylee is 13 ... mvg tanja"). Capitals are then no
 * clue, so in such messages the word right after a family word, a title or a closing phrase is taken as a name
 * unless it is a common word. Only used when the message starts in lower case or has no capital at all
 * (such writers still paste addresses and towns with capitals), to keep precision elsewhere.
 */
final class LowercaseWriter {
    private LowercaseWriter() {
    }

    private static final Pattern ANY_CAPITAL = Pattern.compile("[\\p{Lu}]");
    private static final String LOWER_WORD = "\\p{Ll}[\\p{Ll}\\p{M}'’]{2,}";

    private static final Pattern FIRST_LETTER = Pattern.compile("\\p{L}");

    static boolean is(String text) {
        String plain = text.replaceAll("\\[[A-Z]+\\]", "");
        java.util.regex.Matcher first = FIRST_LETTER.matcher(plain);
        return !ANY_CAPITAL.matcher(plain).find() || (first.find() && Character.isLowerCase(first.group().charAt(0)));
    }

    private static final Set<String> COMMON = Set.of(
            "van", "die", "dat", "heeft", "zit", "gaat", "wil", "kan", "moet", "doet", "wordt", "krijgt", "ook", "nog", "niet",
            "een", "het", "zegt", "was", "has", "had", "who", "that", "and", "the", "can", "will", "does", "doesn", "keeps", "gets",
            "goes", "wants", "just", "now", "still", "always", "never", "also", "aged", "age", "year", "years", "old", "with", "from",
            "jest", "nie", "chce", "był", "była", "też", "już", "ile", "lat", "który", "która", "ma", "bardzo", "çok", "hiç", "bir",
            "yaşında", "artık", "hala", "okula", "має", "вже", "ще", "дуже", "років", "який", "яка", "теж", "також", "for", "voor",
            "met", "bij", "naar", "але", "ale", "ama", "but", "maar");
    private static final String CUE = "dochter|zoon|dochtertje|zoontje|mvg|groetjes|groeten|gr|liefs|mevrouw|meneer|juf|meester"
            + "|son|daughter|boy|girl|kid|husband|wife|mr|mrs|ms|dr|thanks|regards|cheers"
            + "|kızım|oğlum|eşim|kocam|saygılarımla|teşekkürler"
            + "|córka|syn|synek|córeczka|mąż|pani|pan|pozdrawiam|dzięki"
            + "|син|донька|дочка|доня|чоловік|пані|пан|дякую";

    static final NameCue NAMES = new NameCue(Pattern.compile(
            "(?<![\\p{L}])(?:" + CUE + ")[ \\t]*,?[ \\t]+(?<name>" + LOWER_WORD + ")(?![\\p{L}])"),
            w -> COMMON.contains(w) || NameLexicon.isNotAName(w) ? "" : w);

    /** "vrijstraat 8": a lower-case street name with a house number. */
    static final ScrubRule STREETS = new RegexRule(Pattern.compile(
            "(?<![\\p{L}])\\p{Ll}{3,}(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|hof)[ \\t]+\\d{1,4}[a-z]?(?![\\p{L}\\p{N}])"),
            Placeholder.ADRES);
}
