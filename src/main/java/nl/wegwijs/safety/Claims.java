package nl.wegwijs.safety;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Words that make a promise, name a price or a period of time, in the six languages. Each class
 * holds all languages at once: the answer is in one of them, and a class counts the same claim
 * however it is said ("nooit" and "never" are one claim, "weghalen" and "uit huis plaatsen" too),
 * so a rewording may say a claim in other words but not more often than the curated answer does.
 * Patterns run on lower-cased, {@link Digits#normalise normalised} text.
 */
final class Claims {

    record Claim(String name, Pattern pattern) {

        int count(String text) {
            return (int) pattern.matcher(text).results().count();
        }
    }

    private static final String B = "(?<![\\p{L}])";

    private static Claim claim(String name, String alternatives) {
        return new Claim(name, Pattern.compile(alternatives, Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE));
    }

    /** Counted: a rewording may not say them more often than the curated answer. */
    static final List<Claim> PROMISES = List.of(
            claim("never", B + "(?:nooit|never|asla|hiçbir zaman|hic ?bir zaman|nigdy|ніколи)(?![\\p{L}])|(?:أبد|ابد)"),
            claim("always", B + "(?:altijd|always|her zaman|daima|zawsze|завжди)(?![\\p{L}])|(?:دائم|دايم)"),
            claim("guarantee", B + "(?:(?:ge)?garand\\p{L}*|garant\\p{L}*|guarantee\\p{L}*|gwarant\\p{L}*|гарант\\p{L}*|zeker weten|met zekerheid"
                    + "|beslist|definitely|certainly|for sure|kesinlikle|na pewno|z pewnością|напевно|точно)(?![\\p{L}])"
                    + "|(?:مضمون|نضمن|أضمن|يضمن|ضمان|بالتأكيد|أكيد)"),
            claim("taken", B + "(?:afpak\\p{L}*|afgepakt|weghal\\p{L}*|weggehaald|wegnem\\p{L}*|weggenomen|afnemen|afgenomen"
                    + "|uit huis (?:ge)?plaats\\p{L}*|take\\p{L}* (?:\\p{L}+ )?away|taken|removed|elinden al\\p{L}*|elinizden al\\p{L}*"
                    + "|alınma\\p{L}*|alınmaz|alınacak|alınır|odebra\\p{L}*|odbier\\p{L}*|zabra\\p{L}*|zabier\\p{L}*"
                    + "|забер\\p{L}*|забира\\p{L}*|відібра\\p{L}*|відбира\\p{L}*|вилуч\\p{L}*)(?![\\p{L}])"
                    + "|(?:يأخذ|يأخذو|تأخذ|يؤخذ|تؤخذ|ياخذ|سحب|ينتزع|انتزاع)"));

    /** Present or absent: a rewording may not name a price or "free" the curated answer does not. */
    static final List<Claim> PRICES = List.of(
            claim("free", B + "(?:gratis|kosteloos|free|no cost|ücretsiz\\p{L}*|bedava\\p{L}*|bezpłat\\p{L}*|za darmo|darmow\\p{L}*"
                    + "|безкоштов\\p{L}*|безоплатн\\p{L}*)(?![\\p{L}])|(?:مجان|بلا مقابل|بدون مقابل)"),
            claim("money", "€|\\$|£|" + B + "(?:euro\\p{L}*|eur|dollar\\p{L}*|pound\\p{L}*|avro|lira|zł|złot\\p{L}*|євро|гривн\\p{L}*)"
                    + "(?![\\p{L}])|(?:يورو|دولار)"));

    /** Present or absent: a rewording may not name a period the curated answer does not ("within a week"). */
    static final List<Claim> DURATIONS = List.of(
            claim("minute", B + "(?:minu\\p{L}*|dakika\\p{L}*|хвилин\\p{L}*)|(?:دقيق|دقائق)"),
            claim("hour", B + "(?:uur|uren|hours?|saat\\p{L}*|godzin\\p{L}*|годин\\p{L}*)(?![\\p{L}])|(?:ساعة|ساعات|ساعه)"),
            claim("day", B + "(?:dag|dagen|days?|gün|günü|günde|günler\\p{L}*|dzień|dni|dnia|день|дні|днів|доба|доби)(?![\\p{L}])"
                    + "|(?:يوم|أيام|ايام)"),
            claim("week", B + "(?:week|weken|weeks|hafta\\p{L}*|tydzień|tygodni\\p{L}*|тиж\\p{L}*)(?![\\p{L}])|(?:أسبوع|اسبوع|أسابيع|اسابيع)"),
            claim("month", B + "(?:maand|maanden|months?|ay|aylık|ayda|aylar\\p{L}*|miesi\\p{L}*|місяц\\p{L}*|місяць)(?![\\p{L}])"
                    + "|(?:شهر|أشهر|اشهر|شهور)"),
            claim("year", B + "(?:jaar|jaren|years?|yıl\\p{L}*|sene\\p{L}*|rok|roku|lat|lata|рік|року|років|роки)(?![\\p{L}])"
                    + "|(?:سنة|سنوات|عام|أعوام)"));

    private Claims() {
    }
}
