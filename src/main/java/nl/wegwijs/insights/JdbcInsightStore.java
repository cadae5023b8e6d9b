package nl.wegwijs.insights;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The question log in H2 or PostgreSQL; the SQL is plain enough for both. */
@Repository
class JdbcInsightStore implements InsightStore {

    /** Only askers with every {@link AskerFact} count (see AskerFact). */
    private static final String COUNTED = Arrays.stream(AskerFact.values())
            .map(f -> " AND EXISTS (SELECT 1 FROM insight_asker_fact f WHERE f.asker_month = insight_record.asker_month"
                    + " AND f.asker_hash = insight_record.asker_hash AND f.fact = '" + f.name() + "')")
            .collect(Collectors.joining());

    private final JdbcClient jdbc;

    JdbcInsightStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(InsightRecord r) {
        jdbc.sql("""
                        INSERT INTO insight_record (kind, topic, language, iso_week, week_start, channel, region, referral,
                        question, organisation, handoff_outcome, time_to_claim_seconds, asker_month, asker_hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.kind().name(), r.topic(), r.language(), r.isoWeek(), Date.valueOf(r.weekStart()), r.channel(),
                        r.region(), r.referral(), r.question(), r.organisation(), r.handoffOutcome(),
                        r.timeToClaimSeconds(), r.askerMonth(), r.askerHash())
                .update();
    }

    @Override
    public int deleteWeeksBefore(LocalDate cutoff) {
        // a month before the cutoff's month has no record left (its records' weeks all began earlier)
        jdbc.sql("DELETE FROM insight_asker_fact WHERE asker_month < ?")
                .params(YearMonth.from(cutoff).toString()).update();
        return jdbc.sql("DELETE FROM insight_record WHERE week_start < ?").params(Date.valueOf(cutoff)).update();
    }

    @Override
    public int deleteAsker(String month, String askerHash) {
        jdbc.sql("DELETE FROM insight_asker_fact WHERE asker_month = ? AND asker_hash = ?").params(month, askerHash)
                .update();
        return jdbc.sql("DELETE FROM insight_record WHERE asker_month = ? AND asker_hash = ?")
                .params(month, askerHash).update();
    }

    @Override
    public void markAsker(String month, String askerHash, AskerFact fact) {
        try {
            jdbc.sql("INSERT INTO insight_asker_fact (asker_month, asker_hash, fact) SELECT ?, ?, ?"
                            + " WHERE NOT EXISTS (SELECT 1 FROM insight_asker_fact"
                            + " WHERE asker_month = ? AND asker_hash = ? AND fact = ?)")
                    .params(month, askerHash, fact.name(), month, askerHash, fact.name()).update();
        } catch (DuplicateKeyException raced) {
            // another replica recorded the same fact at the same moment: it is there
        }
    }

    @Override
    public List<AskerRow> askers(Selection selection, List<Dim> dims) {
        List<Object> params = new ArrayList<>();
        String where = where(selection, params);
        String select = dims.stream().map(d -> "COALESCE(" + d.column + ", '" + Dim.NONE + "') AS d" + d.ordinal())
                .collect(Collectors.joining(", "));
        String group = dims.stream().map(d -> d.column).collect(Collectors.joining(", "));
        String sql = "SELECT " + (select.isEmpty() ? "" : select + ", ")
                + "asker_month, asker_hash, COUNT(*) AS n, COALESCE(SUM(time_to_claim_seconds), 0) AS s,"
                + " COUNT(time_to_claim_seconds) AS t FROM insight_record WHERE " + where
                + " GROUP BY " + (group.isEmpty() ? "" : group + ", ") + "asker_month, asker_hash";
        return jdbc.sql(sql).params(params).query((rs, i) -> {
            List<String> key = new ArrayList<>(dims.size());
            for (Dim d : dims) {
                key.add(rs.getString("d" + d.ordinal()));
            }
            return new AskerRow(List.copyOf(key), rs.getString("asker_month"), rs.getString("asker_hash"),
                    rs.getLong("n"), rs.getLong("s"), rs.getLong("t"));
        }).list();
    }

    @Override
    public List<StoredQuestion> questions(Selection selection, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(selection, params) + " AND question IS NOT NULL";
        params.add(limit);
        return jdbc.sql("SELECT question, asker_month, asker_hash FROM insight_record WHERE " + where
                        + " ORDER BY week_start DESC, id DESC LIMIT ?")
                .params(params)
                .query((rs, i) -> new StoredQuestion(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private static String where(Selection s, List<Object> params) {
        StringBuilder w = new StringBuilder("week_start >= ? AND week_start <= ?").append(COUNTED);
        params.add(Date.valueOf(s.fromWeek()));
        params.add(Date.valueOf(s.toDay()));
        w.append(" AND kind IN (").append(s.kinds().stream().map(k -> "?").collect(Collectors.joining(", "))).append(')');
        s.kinds().stream().map(Enum::name).sorted().forEach(params::add);
        if (!s.topics().isEmpty()) {
            w.append(" AND topic IN (").append(s.topics().stream().map(k -> "?").collect(Collectors.joining(", "))).append(')');
            params.addAll(s.topics());
        }
        if (s.language() != null) {
            w.append(" AND language = ?");
            params.add(s.language());
        }
        if (s.region() != null) {
            w.append(" AND region = ?");
            params.add(s.region());
        }
        return w.toString();
    }
}
