package nl.wegwijs.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Builds log rows for aggregation tests: one asker is one hash within one month. */
final class Records {

    private Records() {
    }

    static InsightRecord question(RecordKind kind, String topic, String language, LocalDate day, String asker) {
        return question(kind, topic, language, day, asker, null);
    }

    static InsightRecord question(RecordKind kind, String topic, String language, LocalDate day, String asker,
            String text) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new InsightRecord(kind, topic, language, Insights.isoWeek(day), monday, "WEB", "amsterdam", null, text,
                null, null, null, day.toString().substring(0, 7), asker);
    }

    static InsightRecord handoff(String kind, String language, String organisation, String outcome, Long seconds,
            LocalDate day, String asker) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new InsightRecord(RecordKind.HANDOFF, kind, language, Insights.isoWeek(day), monday, "TELEGRAM",
                "amsterdam", null, null, organisation, outcome, seconds, day.toString().substring(0, 7), asker);
    }
}
