package nl.wegwijs.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Our port to the question log. */
interface InsightStore {

    void save(InsightRecord record);

    /** @return how many records were deleted */
    int deleteWeeksBefore(LocalDate cutoff);

    /** Erases one asker's records and facts of one month (the only month whose hash can still be computed). */
    int deleteAsker(String month, String askerHash);

    /** Records a fact about an asker; recording it twice is harmless. */
    void markAsker(String month, String askerHash, AskerFact fact);

    /**
     * One row per group and asker, grouped by {@code dims} in that order; only askers with every
     * {@link AskerFact}: the others are neither counted nor shown.
     */
    List<AskerRow> askers(Selection selection, List<Dim> dims);

    /** Scrubbed questions of askers with every {@link AskerFact}, newest weeks first. */
    List<StoredQuestion> questions(Selection selection, int limit);

    record StoredQuestion(String text, String month, String asker) {
    }

    /** The per-month key that turns a conversation key into an asker hash. */
    interface AskerKeys {

        /** The month's key, created if there is none yet. */
        byte[] keyFor(YearMonth month);

        /** @return how many keys were deleted */
        int deleteBefore(YearMonth month);
    }
}
