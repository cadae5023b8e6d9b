package nl.wegwijs.insights;

import java.time.LocalDate;

/**
 * One row of the anonymous log. No conversation key, no exact time: {@code askerHash} is keyed with the
 * month's key ({@code askerMonth}) so distinct askers can be counted within a month only.
 *
 * @param question scrubbed text; null for crisis, letters and handoffs
 */
record InsightRecord(
        RecordKind kind,
        String topic,
        String language,
        String isoWeek,
        LocalDate weekStart,
        String channel,
        String region,
        String referral,
        String question,
        String organisation,
        String handoffOutcome,
        Long timeToClaimSeconds,
        String askerMonth,
        String askerHash) {

    @Override
    public String toString() {
        // the question stays out of logs and assertion messages alike
        return "InsightRecord[" + kind + ", " + topic + ", " + language + ", " + isoWeek + "]";
    }
}
