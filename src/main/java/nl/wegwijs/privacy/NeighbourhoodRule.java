package nl.wegwijs.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rest of an address once its main part is a placeholder, and a neighbourhood next to an address ("in de Kruiskamp, Kruisstraat 14", "Schilderswijk, Hoefkade 121",
 * "3083 LE Rotterdam (Charlois)", "район Duinoord") narrows the address down further, and an address
 * left half-scrubbed is completed by it. Only in a message that held an address or postcode: a
 * neighbourhood on its own ("wij wonen in Overvecht") is thousands of families, as a town is. Towns stay
 * ({@link NameLexicon}).
 */
final class NeighbourhoodRule implements ScrubRule {

    private static final String CAP = "\\p{Lu}[\\p{L}\\p{M}\\-]*";
    private static final String AREA = CAP + "(?:[ \\t]" + CAP + ")?";
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final String ADDRESS = "\\[(?:ADRES|POSTCODE)]";

    private static final List<Pattern> PATTERNS = List.of(
            // after a cue: "in de Kruiskamp", "in the Valkenboskwartier", "dzielnica Groenewoud", "район Duinoord", "حي Transvaal"
            Pattern.compile("(?<![\\p{L}])(?:in(?:[ \\t]+(?:de|het|the))?|wijk|buurt|neighbourhood|area|dzielnica|dzielnicy|osiedle"
                    + "|район|районі|حي|في|mahallesi)[ \\t]+(?<pii>" + AREA + ")" + END),
            // right before the address: "Poelenburg, Azaleastraat 3", "Nieuw-West، Slotermeerlaan 4"
            Pattern.compile("(?<![\\p{L}])(?<pii>" + AREA + ")[ \\t]*[,،][ \\t]*" + ADDRESS),
            Pattern.compile("(?<![\\p{L}])(?<pii>" + CAP + ")[ \\t]*[,،][ \\t]*" + ADDRESS),
            // in brackets after the town: "3083 LE Rotterdam (Charlois)"
            Pattern.compile("\\((?<pii>" + AREA + ")\\)"),
            // Turkish locative: "Schilderswijk'te", "Slotervaart'ta"
            Pattern.compile("(?<![\\p{L}])(?<pii>" + CAP + ")['’](?:te|ta|de|da|ten|tan|den|dan)" + END));

    /**
     * What is left of an address around its placeholder: a floor ("[ADRES] 3 hoog") or a house number
     * given apart from the postcode ("[POSTCODE], nummer 17-B", "будинок 71-D", "والرقم 17 bis").
     */
    private static final String NUMBER = "\\d{1,4}(?:[ \\t]?[a-zA-Z](?![\\p{L}]))?(?:[-/](?:\\d{1,4}[a-zA-Z]?|I{1,3}|IV|hs|bis|[A-Za-z])(?![\\p{L}]))?"
            + "(?:[ \\t]?(?:hs|bis|huis|boven|hoog)(?![\\p{L}]))?";
    private static final List<Pattern> FRAGMENTS = List.of(
            Pattern.compile("(?<pii>\\[ADRES][,،]?[ \\t]+\\d{1,3}[ \\t]?(?:hoog|e[ \\t]etage|floor))(?![\\p{L}])"),
            Pattern.compile("(?iu)(?<![\\p{L}])(?:nr\\.?|nummer|huisnummer|number|house number|numer|numer domu|numarası|numara"
                    + "|будинок|буд\\.|номер будинку|والرقم|الرقم|رقم البيت|رقم)[ \\t]*:?[ \\t]*(?<pii>" + NUMBER + ")" + END));

    private final List<RegexRule> rules = PATTERNS.stream()
            .map(p -> new RegexRule(p, Placeholder.WIJK, NeighbourhoodRule::notATown)).toList();
    private final List<RegexRule> fragments = FRAGMENTS.stream().map(p -> new RegexRule(p, Placeholder.ADRES)).toList();

    @Override
    public String apply(String text) {
        if (!Pattern.compile(ADDRESS).matcher(text).find()) {
            return text;
        }
        String out = text;
        for (RegexRule rule : fragments) {
            out = rule.apply(out);
        }
        for (RegexRule rule : rules) {
            out = rule.apply(out);
        }
        return out;
    }

    /** Towns, countries, services and everyday capitalised words are not neighbourhoods. */
    private static boolean notATown(String area) {
        for (String word : area.split("[ \\t]+")) {
            if (NameLexicon.isNotAName(word) || NameLexicon.isNotAName(word.split("-")[0])) {
                return false;
            }
        }
        return true;
    }
}
