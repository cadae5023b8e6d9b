package nl.wegwijs.insights;

import java.util.function.Function;

/** A dimension a view groups by; the column names are fixed here, never taken from a request. */
enum Dim {
    KIND("kind", r -> r.kind().name()),
    TOPIC("topic", InsightRecord::topic),
    LANGUAGE("language", InsightRecord::language),
    WEEK("iso_week", InsightRecord::isoWeek),
    REGION("region", InsightRecord::region),
    CHANNEL("channel", InsightRecord::channel),
    REFERRAL("referral", InsightRecord::referral),
    ORGANISATION("organisation", InsightRecord::organisation),
    OUTCOME("handoff_outcome", InsightRecord::handoffOutcome);

    static final String NONE = "-";

    final String column;
    private final Function<InsightRecord, String> value;

    Dim(String column, Function<InsightRecord, String> value) {
        this.column = column;
        this.value = value;
    }

    String of(InsightRecord record) {
        String v = value.apply(record);
        return v == null ? NONE : v;
    }
}
