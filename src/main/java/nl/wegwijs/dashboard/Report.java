package nl.wegwijs.dashboard;

import java.util.List;
import nl.wegwijs.insights.Count;
import nl.wegwijs.insights.Insights;

/** Everything one page, summary or export shows for one filter; every number already passed the k rule. */
record Report(
        Period period,
        int k,
        Insights.Overview overview,
        Insights.TopicTrends topics,
        List<Insights.Gap> unanswered,
        List<Count> jargon,
        List<Count> crisis,
        Insights.HandoffTable handoffsByLanguage,
        Insights.HandoffTable handoffsByOrganisation,
        List<Count> referrals) {

    static Report of(Insights insights, Period period) {
        var f = period.filter();
        return new Report(period, insights.k(), insights.overview(f), insights.topics(f), insights.unanswered(f),
                insights.jargon(f), insights.crisis(f), insights.handoffsByLanguage(f), insights.handoffsByOrganisation(f),
                insights.referrals(f));
    }

    /** The week columns that have at least one shown number, plus "overig" when a topic has one. */
    public List<String> weekColumns() {
        List<String> weeks = new java.util.ArrayList<>(topics.weeks());
        if (topics.rows().stream().anyMatch(r -> r.perWeek().containsKey(Insights.OTHER))) {
            weeks.add(Insights.OTHER);
        }
        return weeks;
    }
}
