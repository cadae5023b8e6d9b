package nl.wegwijs.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Full dates (a date of birth is the usual reason a parent types one) and partial dates after a birth cue.
 * A bare year ("2014 doğumlu", "2013 р.н.") is kept: it says no more than the child's age.
 * A day and month without year ("14 March") is kept unless it is a birthday: it is usually an appointment.
 */
final class DateRules {
    private DateRules() {
    }

    private static final String MONTH = "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
            + "|january|february|march|may|june|july|august|october"
            + "|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec"
            + "|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
            + "|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"
            + "|styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień"
            + "|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
            + "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
            + "|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
            + "|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول"
            + "|جانفي|فيفري|أفريل|جوان|جويلية|أوت)";
    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|e|ste|de|\\.)?";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String YEAR_WORD = "(?:\\s*(?:року|роки|р\\.|roku|r\\.|yılı|г\\.))?";
    private static final String END = "(?![\\p{L}\\p{N}])";

    static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\p{N}.\\-/])(?:(?:[12]\\d|3[01]|0?[1-9])([-./])(?:0?[1-9]|1[0-2])\\1" + YEAR
                    + "|(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\\d|3[01])/" + YEAR
                    + "|" + YEAR + "([-./])(?:0?[1-9]|1[0-2])\\2(?:[12]\\d|3[01]|0?[1-9]))(?![\\p{N}]|[.\\-/]\\d)");

    static final Pattern WRITTEN = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(?:" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+" + YEAR
                    + "|" + MONTH + "\\.?\\s+" + DAY + ",?\\s+" + YEAR + ")" + YEAR_WORD + END);

    private static final String BIRTH_CUE = "(?:geboren(?:\\s+op)?|geb\\.|geboortedatum|verjaardag|born(?:\\s+on)?|birthday|date of birth|d\\.?o\\.?b\\.?"
            + "|doğum tarihi|doğum günü|doğumlu|ur\\.|urodzon[ya]|urodził(?:a|em|am)? się|data urodzenia|urodziny"
            + "|народився|народилася|народжений|народжена|дата народження|день народження|д\\.н\\."
            + "|مولود(?:ة)?(?:\\s+في)?|وُلد(?:ت)?(?:\\s+في)?|ولد(?:ت)?(?:\\s+في)?|تاريخ ميلاد(?:ه|ها|ي)?|تاريخ الميلاد|عيد ميلاد(?:ه|ها)?)";

    /** "geboren op 3 maart", "geb. 03-03", "DOB 3/5/15": partial or two-digit-year dates count only after a birth cue. */
    static final Pattern BIRTH_PARTIAL = Pattern.compile(
            "(?iu)(?<![\\p{L}])" + BIRTH_CUE + "\\s*:?\\s*(?:(?:on|op|in|the|de|в|у|dnia)\\s+)?(?<pii>" + DAY + "\\s+(?:of\\s+)?" + MONTH
                    + "|" + MONTH + "\\s+" + DAY + "(?=[\\s,.;!?]|$)"
                    + "|(?:[12]\\d|3[01]|0?[1-9])[-./](?:0?[1-9]|1[0-2])(?:[-./]\\d{2})?)" + END);

    static List<ScrubRule> rules() {
        return List.of(
                new RegexRule(NUMERIC, Placeholder.DATUM),
                new RegexRule(WRITTEN, Placeholder.DATUM),
                new RegexRule(BIRTH_PARTIAL, Placeholder.DATUM));
    }
}
