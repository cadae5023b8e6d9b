package nl.wegwijs.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * What the platform staff want to look at: a period, and optionally one language and one region.
 *
 * @param language a language code, or null for all
 * @param region   a region name ("national" without a region pack), or null for all
 */
public record InsightFilter(LocalDate from, LocalDate to, String language, String region) {

    public InsightFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("period must have a start before its end");
        }
        language = blankToNull(language);
        region = blankToNull(region);
    }

    /** Records carry only their week, so a period starts at the Monday of its first week. */
    LocalDate fromWeek() {
        return from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
