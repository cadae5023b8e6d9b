package nl.wegwijs.insights;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The views of the question log that the dashboard shows and exports. Every number in them has passed
 * {@link KAnonymity}: whatever the dashboard does with these, it cannot show a group of fewer than k
 * askers, because it never gets one.
 */
@Service
public class Insights {

    public static final String OTHER = KAnonymity.OTHER;
    private static final String TERM = "term:";

    public enum Trend {
        RISING("stijgend"), FALLING("dalend"), STABLE("gelijk"), UNKNOWN("onbekend");

        private final String dutch;

        Trend(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }

    /**
     * @param perWeek week ("2026-W47") to its count, and {@link #OTHER} for the weeks too small to show
     *                alone; weeks without a shown count are absent
     */
    public record TopicRow(String topic, Count total, Map<String, Count> perWeek, Trend trend) {
    }

    public record TopicTrends(List<String> weeks, List<TopicRow> rows, List<Count> byLanguage) {
    }

    public record Gap(List<String> words, long records, int askers, List<String> examples) {
    }

    /** @param cells column to its count; a column without a shown count is absent */
    public record HandoffRow(String label, Map<String, Count> cells, Duration meanTimeToClaim) {
    }

    public record HandoffTable(List<String> columns, List<HandoffRow> rows) {
    }

    public record Overview(List<Count> byKind, List<Count> byLanguage, List<Count> byRegion, List<Count> byChannel) {
    }

    private static final List<String> HANDOFF_KINDS = List.of("REQUESTED", "CONSENTED", "NO_ONE_AVAILABLE", "CLAIMED",
            "ESCALATED", "CLOSED");
    private static final List<String> OUTCOMES = List.of("HELPED", "REFERRED", "PARENT_STOPPED", "NO_RESPONSE", "UNREACHABLE");
    private static final RecordKind[] QUESTIONS = {RecordKind.ANSWERED, RecordKind.UNANSWERED, RecordKind.JARGON,
        RecordKind.LETTER, RecordKind.CRISIS};

    private final InsightStore store;
    private final KAnonymity rule;
    private final QuestionClusters clusters;
    private final InsightsProperties properties;

    Insights(InsightStore store, InsightsProperties properties) {
        this.store = store;
        this.rule = new KAnonymity(properties.k());
        this.clusters = new QuestionClusters(rule);
        this.properties = properties;
    }

    public int k() {
        return rule.k();
    }

    public Overview overview(InsightFilter f) {
        Selection all = Selection.of(f, QUESTIONS);
        return new Overview(counts(all, Dim.KIND), counts(all, Dim.LANGUAGE), counts(all, Dim.REGION),
                counts(all, Dim.CHANNEL));
    }

    /** Answered questions (FAQ entries) and unanswered ones, per week, with the direction they move in. */
    public TopicTrends topics(InsightFilter f) {
        Selection s = Selection.of(f, RecordKind.ANSWERED, RecordKind.UNANSWERED);
        List<String> weeks = weeks(f);
        Map<String, TopicRow> rows = new LinkedHashMap<>();
        Map<String, Trend> trends = trends(s, f);
        for (Count total : rule.apply(store.askers(s, List.of(Dim.TOPIC)), 0)) {
            rows.put(total.label(), new TopicRow(total.label(), total, new LinkedHashMap<>(),
                    trends.getOrDefault(total.label(), Trend.UNKNOWN)));
        }
        // small weeks of a topic pool into its "overig" column, so a row still adds up to its total
        for (Count cell : rule.apply(store.askers(s, List.of(Dim.TOPIC, Dim.WEEK)), 1)) {
            TopicRow row = rows.get(cell.part(0));
            if (row != null) {
                row.perWeek().put(cell.part(1), cell);
            }
        }
        List<Count> byLanguage = rule.apply(store.askers(s, List.of(Dim.TOPIC, Dim.LANGUAGE)), 1).stream()
                .filter(c -> rows.containsKey(c.part(0)) && !OTHER.equals(c.part(0))).toList();
        return new TopicTrends(weeks, List.copyOf(rows.values()), byLanguage);
    }

    /** What the bot could not answer, grouped by similarity: the content gaps. */
    public List<Gap> unanswered(InsightFilter f) {
        var questions = store.questions(Selection.of(f, RecordKind.UNANSWERED), properties.maxUnanswered());
        return clusters.cluster(questions, 3).stream()
                .map(c -> new Gap(c.words(), c.records(), c.askers(), c.examples())).toList();
    }

    public List<Count> jargon(InsightFilter f) {
        return rule.apply(store.askers(Selection.of(f, RecordKind.JARGON), List.of(Dim.TOPIC)), 0)
                .stream().map(c -> relabel(c, c.label().startsWith(TERM) ? c.label().substring(TERM.length()) : c.label()))
                .toList();
    }

    /** Numbers only: never text, never anything but the kind of crisis. */
    public List<Count> crisis(InsightFilter f) {
        return counts(Selection.of(f, RecordKind.CRISIS), Dim.TOPIC);
    }

    public List<Count> referrals(InsightFilter f) {
        return counts(Selection.of(f, QUESTIONS), Dim.REFERRAL);
    }

    public HandoffTable handoffsByLanguage(InsightFilter f) {
        Selection s = Selection.of(f, RecordKind.HANDOFF);
        return pivot(HANDOFF_KINDS, rule.apply(store.askers(s, List.of(Dim.LANGUAGE, Dim.TOPIC)), KAnonymity.HIDE));
    }

    public HandoffTable handoffsByOrganisation(InsightFilter f) {
        Selection s = Selection.of(f, RecordKind.HANDOFF);
        List<Count> cells = new ArrayList<>(rule.apply(
                store.askers(s.topics("CLAIMED", "ESCALATED"), List.of(Dim.ORGANISATION, Dim.TOPIC)), KAnonymity.HIDE));
        cells.addAll(rule.apply(store.askers(s.topics("CLOSED"), List.of(Dim.ORGANISATION, Dim.OUTCOME)), KAnonymity.HIDE));
        List<String> columns = new ArrayList<>(List.of("CLAIMED", "ESCALATED"));
        columns.addAll(OUTCOMES);
        return pivot(columns, cells.stream().filter(c -> !Dim.NONE.equals(c.part(0))).toList());
    }

    private HandoffTable pivot(List<String> columns, List<Count> cells) {
        Map<String, Map<String, Count>> rows = new LinkedHashMap<>();
        for (Count c : cells) {
            rows.computeIfAbsent(c.part(0), x -> new LinkedHashMap<>()).put(c.part(1), c);
        }
        List<HandoffRow> out = new ArrayList<>();
        rows.forEach((label, byColumn) -> {
            Count claimed = byColumn.get("CLAIMED");
            out.add(new HandoffRow(label, byColumn, claimed == null ? null : claimed.meanTimeToClaim()));
        });
        return new HandoffTable(columns, out);
    }

    private List<Count> counts(Selection s, Dim dim) {
        return rule.apply(store.askers(s, List.of(dim)), 0);
    }

    /** Compares the later half of the period with the earlier half, per week, each half k-anonymous on its own. */
    private Map<String, Trend> trends(Selection s, InsightFilter f) {
        List<LocalDate> mondays = mondays(f);
        Map<String, Trend> out = new LinkedHashMap<>();
        if (mondays.size() < 2) {
            return out;
        }
        int half = mondays.size() / 2;
        LocalDate split = mondays.get(half);
        Map<String, Count> early = byLabel(rule.apply(store.askers(s.between(f.fromWeek(), split.minusDays(1)),
                List.of(Dim.TOPIC)), KAnonymity.HIDE));
        Map<String, Count> late = byLabel(rule.apply(store.askers(s.between(split, f.to()), List.of(Dim.TOPIC)),
                KAnonymity.HIDE));
        for (String topic : late.keySet()) {
            Count before = early.get(topic);
            if (before == null) {
                continue;
            }
            double rateBefore = (double) before.records() / half;
            double rateAfter = (double) late.get(topic).records() / (mondays.size() - half);
            double ratio = rateAfter / rateBefore;
            out.put(topic, ratio >= 1.25 ? Trend.RISING : ratio <= 0.8 ? Trend.FALLING : Trend.STABLE);
        }
        return out;
    }

    private static Map<String, Count> byLabel(List<Count> counts) {
        Map<String, Count> map = new LinkedHashMap<>();
        counts.forEach(c -> map.put(c.label(), c));
        return map;
    }

    private static List<String> weeks(InsightFilter f) {
        return mondays(f).stream().map(Insights::isoWeek).toList();
    }

    private static List<LocalDate> mondays(InsightFilter f) {
        Set<LocalDate> out = new LinkedHashSet<>();
        for (LocalDate d = f.fromWeek(); !d.isAfter(f.to()); d = d.plusWeeks(1)) {
            out.add(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        }
        return List.copyOf(out);
    }

    static String isoWeek(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Count relabel(Count c, String label) {
        return new Count(List.of(label), c.records(), c.askers(), c.seconds(), c.timed());
    }
}
