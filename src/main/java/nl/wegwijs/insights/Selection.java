package nl.wegwijs.insights;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which records a view reads.
 *
 * @param fromWeek first week (its Monday), inclusive
 * @param toDay    last day, inclusive
 * @param topics   empty: any topic
 */
record Selection(LocalDate fromWeek, LocalDate toDay, String language, String region, Set<RecordKind> kinds,
        Set<String> topics) {

    static Selection of(InsightFilter filter, RecordKind... kinds) {
        return new Selection(filter.fromWeek(), filter.to(), filter.language(), filter.region(), Set.of(kinds),
                Set.of());
    }

    Selection topics(String... names) {
        return new Selection(fromWeek, toDay, language, region, kinds, Set.of(names));
    }

    Selection between(LocalDate from, LocalDate to) {
        return new Selection(from, to, language, region, kinds, topics);
    }

    boolean matches(InsightRecord r) {
        return !r.weekStart().isBefore(fromWeek) && !r.weekStart().isAfter(toDay)
                && (language == null || language.equals(r.language()))
                && (region == null || region.equals(r.region()))
                && kinds.contains(r.kind())
                && (topics.isEmpty() || topics.contains(r.topic()));
    }
}
