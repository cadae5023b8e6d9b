package nl.wegwijs.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Street addresses and postcodes. A street name alone ("de Kalverstraat") is kept: thousands live there.
 * With a house number it points at one home, so street and number go together.
 */
final class AddressRules {
    private AddressRules() {
    }

    private static final String CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
    private static final String PARTICLE = "(?:van|de|der|den|het|'t|ter|ten|op|aan|in|bij|la|le|en)";
    // Suffixes of Dutch street names. "dam", "berg" and "wijk" are left out: too many town names end in them.
    private static final String NL_SUFFIX = "(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|park|steeg|pad|plantsoen|markt"
            + "|baan|ring|wal|erf|veld|burgwal|haven|boulevard|allee|hoven|akker|weide|zijde|poort|poortje|straatje|stoep|kaai|dreef|hoek)"
            + "(?:-(?:Oost|West|Noord|Zuid))?";
    // 12, 7A, 14 a, 12-2, 22-II, 14-bis, 45-hs, 17 bis, 3 hoog, 102-1 hoog, 7-huis
    private static final String HOUSE_NUMBER = "\\d{1,4}(?:\\s?[a-zA-Z](?![\\p{L}]))?(?:[-/](?:\\d{1,4}[a-zA-Z]?|I{1,3}|IV|hs|bis|huis|[A-Za-z])(?![\\p{L}]))?"
            + "(?:\\s?(?:hs|bis|huis|boven|hoog|I{1,3})(?![\\p{L}]))?";
    private static final String END = "(?![\\p{L}\\p{N}])";

    /** Kalverstraat 12, Burgemeester de Vlugtlaan 3, Van Woustraat 12-2, Molenstraat 7A. */
    static final Pattern DUTCH_STREET = Pattern.compile(
            "(?<![\\p{L}])(?:" + CAP_WORD + "[ \\t](?:" + PARTICLE + "[ \\t]){0,2}){0,2}\\p{Lu}[\\p{L}'\\-]*" + NL_SUFFIX + ",?[ \\t]+" + HOUSE_NUMBER + END);

    /** Laan van Meerdervoort 1a, Oude Gracht 12, Plein 1944 2. */
    static final Pattern DUTCH_PREFIX_STREET = Pattern.compile(
            "(?<![\\p{L}])(?:Laan|Plein|Kade|Weg|Dijk|Singel|Gracht|Dreef|Hof|Oude|Nieuwe|Lange|Korte)[ \\t](?:" + PARTICLE + "[ \\t]){0,2}"
                    + CAP_WORD + "(?:[ \\t]" + CAP_WORD + ")?,?[ \\t]+" + HOUSE_NUMBER + END);

    /** ul. Marszałkowska 5 m. 12, al. Jana Pawła II 3/4, вул. Шевченка 10, кв. 5, просп. Перемоги 7. */
    static final Pattern SLAVIC_STREET = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:ul\\.|ulica|ulicy|al\\.|aleja|alei|os\\.|osiedle|pl\\.|plac|вул\\.|вулиця|вулиці|просп\\.|проспект|пров\\.|провулок|бульв\\.|бульвар|пл\\.|площа|ул\\.|улица)"
                    + "\\s?(?-i:" + CAP_WORD + ")(?:[ \\t](?-i:" + CAP_WORD + "|[IVX]{1,4})){0,3},?[ \\t]+\\d{1,4}[\\p{L}]?(?:/\\d{1,4})?"
                    + "(?:,?\\s?(?:m\\.|кв\\.|квартира|lok\\.)\\s?\\d{1,4})?" + END);

    /** 22 Baker Street, 5 Oak Road; Atatürk Caddesi No: 5, Gül Sokak 12. */
    static final Pattern OTHER_STREET = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\d{1,4}[a-zA-Z]?[ \\t](?:" + CAP_WORD + "[ \\t]){1,3}(?:Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Lane|Drive|Close|Way|Crescent|Square|Place)" + END
                    + "|(?:" + CAP_WORD + "[ \\t]){1,3}(?:Sokak|Sokağı|Sok\\.|Caddesi|Cad\\.|Bulvarı|Mahallesi|Mah\\.)[ \\t]*(?:No[:.]?[ \\t]*)?\\d{1,4}" + END);

    /** شارع الملك فيصل 12 */
    static final Pattern ARABIC_STREET = Pattern.compile(
            "شارع\\s+[\\u0621-\\u064A\\u064B-\\u065F\\u0670-\\u06D3]+(?:\\s+[\\u0621-\\u064A\\u064B-\\u065F\\u0670-\\u06D3]+){0,2}\\s+(?:رقم\\s+)?\\d{1,4}" + END);

    /**
     * After "ik woon op", "adres:", "adresimiz", "mieszkam przy", "адресою", "عنواني": any capitalised name with a number,
     * because many Dutch streets have no tell-tale suffix (Kerkbrink 12, Zuidwolde 3).
     */
    static final Pattern AFTER_ADDRESS_CUE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:woon(?:t|en)?\\s+(?:op|aan)(?:\\s+de|\\s+het)?|adres(?:\\s+is)?\\s*:?|address(?:\\s+is)?\\s*:?|live\\s+(?:at|on)|adresim(?:iz)?|adresi"
                    + "|mieszka(?:m|my)\\s+(?:przy|na)|адреса?(?:ою)?\\s*:?|живемо\\s+на|живу\\s+на|проживаємо\\s+на|عنواني|عنواننا|العنوان\\s*:?|نسكن\\s+في|أسكن\\s+في)"
                    + "\\s+(?<pii>(?-i:" + CAP_WORD + ")(?:[ \\t](?:(?-i:" + CAP_WORD + ")|" + PARTICLE + ")){0,3},?[ \\t]+" + HOUSE_NUMBER + ")" + END);

    /** 1012 AB 12, 1012AB 12-II: postcode plus house number is a full address. */
    static final Pattern POSTCODE_WITH_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[1-9]\\d{3}[ \\t]?(?!SA|SD|SS)[A-Z]{2}[ \\t]+(?:nr\\.?[ \\t]*|nummer[ \\t]+)?" + HOUSE_NUMBER + END);

    // Upper-case letters with or without a space; lower-case only when glued on ("2511cv"), because
    // "geboren in 2015 en" would otherwise look like a postcode.
    static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[1-9]\\d{3}(?:[ \\t]?(?!SA|SD|SS)[A-Z]{2}|[a-z]{2})" + END);

    /** Polish postcode before a town: 00-950 Warszawa. */
    static final Pattern POLISH_POSTCODE = Pattern.compile("(?<![\\p{N}\\-])\\d{2}-\\d{3}(?=[ \\t]+\\p{Lu})");

    static List<ScrubRule> rules() {
        return List.of(
                new RegexRule(AFTER_ADDRESS_CUE, Placeholder.ADRES),
                new RegexRule(DUTCH_PREFIX_STREET, Placeholder.ADRES),
                new RegexRule(DUTCH_STREET, Placeholder.ADRES),
                new RegexRule(SLAVIC_STREET, Placeholder.ADRES),
                new RegexRule(OTHER_STREET, Placeholder.ADRES),
                new RegexRule(ARABIC_STREET, Placeholder.ADRES),
                new RegexRule(POSTCODE_WITH_NUMBER, Placeholder.ADRES),
                new RegexRule(POSTCODE, Placeholder.POSTCODE),
                new RegexRule(POLISH_POSTCODE, Placeholder.POSTCODE));
    }
}
