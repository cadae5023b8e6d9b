package nl.wegwijs.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wegwijs.insights.InsightFilter;
import nl.wegwijs.language.Language;

/**
 * The filter as the staff set it in the page: a period (by default the last twelve weeks), and
 * optionally a language and a region. Unknown languages are ignored rather than passed on.
 */
record Period(LocalDate from, LocalDate to, String language, String region) {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** Longer than retention keeps anything; a wider period only costs a slower query. */
    static final int MAX_DAYS = 400;

    /** Dates outside these years are typing errors or probes; refused with 400, never computed with. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2200;

    /** A date nobody can mean: the dashboard answers 400 with a short message. */
    static final class ImpossibleDate extends IllegalArgumentException {
        ImpossibleDate(LocalDate date) {
            super("the date " + date + " is outside " + FIRST_YEAR + "-" + LAST_YEAR);
        }
    }

    static Period of(LocalDate from, LocalDate to, String language, String region, Clock clock) {
        for (LocalDate given : new LocalDate[] {from, to}) {
            if (given != null && (given.getYear() < FIRST_YEAR || given.getYear() > LAST_YEAR)) {
                throw new ImpossibleDate(given);
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusWeeks(12).plusDays(1) : from;
        if (start.isAfter(end)) {
            start = end;
        }
        if (start.isBefore(end.minusDays(MAX_DAYS))) {
            start = end.minusDays(MAX_DAYS);
        }
        String lang = Language.fromCode(language).map(Language::code).orElse(null);
        String reg = region == null || region.isBlank() ? null : region.strip();
        if (reg != null && reg.length() > 64) {
            reg = reg.substring(0, 64);
        }
        return new Period(start, end, lang, reg);
    }

    InsightFilter filter() {
        return new InsightFilter(from, to, language, region);
    }

    /** The same filter as a query string, for the export links. */
    public String query() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("from", from.toString());
        p.put("to", to.toString());
        if (language != null) {
            p.put("language", language);
        }
        if (region != null) {
            p.put("region", region);
        }
        return p.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
