package nl.wegwijs.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.insights.Count;
import nl.wegwijs.insights.Insights;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chart.js configurations, built from the report's numbers only (so the k rule holds for charts too),
 * and handed to the page as JSON in a data attribute: no inline script, no second source of truth.
 */
final class Charts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TOP_TOPICS = 6;

    private Charts() {
    }

    static Map<String, String> of(Report report) {
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("topics", JSON.writeValueAsString(topics(report.topics())));
        charts.put("languages", JSON.writeValueAsString(
                chart("doughnut", report.overview().byLanguage(), "Vragen per taal")));
        charts.put("crisis", JSON.writeValueAsString(chart("bar", report.crisis(), "Crisissignalen")));
        charts.put("jargon", JSON.writeValueAsString(horizontal(chart("bar", report.jargon(), "Begrippen"))));
        charts.put("handoffs", JSON.writeValueAsString(handoffs(report.handoffsByLanguage())));
        charts.put("referrals", JSON.writeValueAsString(chart("bar", report.referrals(), "Gesprekken")));
        return charts;
    }

    private static Map<String, Object> topics(Insights.TopicTrends trends) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        trends.rows().stream().filter(r -> !Insights.OTHER.equals(r.topic())).limit(TOP_TOPICS).forEach(row -> {
            List<Long> data = new ArrayList<>();
            for (String week : trends.weeks()) {
                Count c = row.perWeek().get(week);
                data.add(c == null ? null : c.records());
            }
            datasets.add(Map.of("label", Labels.of(row.topic()), "data", data, "spanGaps", true));
        });
        return config("line", trends.weeks(), datasets);
    }

    private static Map<String, Object> handoffs(Insights.HandoffTable table) {
        List<String> labels = table.rows().stream().map(r -> Labels.of(r.label())).toList();
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (String column : List.of("REQUESTED", "CLAIMED", "CLOSED")) {
            List<Long> data = table.rows().stream()
                    .map(r -> r.cells().containsKey(column) ? r.cells().get(column).records() : null).toList();
            datasets.add(Map.of("label", Labels.of(column), "data", data));
        }
        return config("bar", labels, datasets);
    }

    private static Map<String, Object> chart(String type, List<Count> counts, String label) {
        List<String> labels = counts.stream().map(c -> Labels.of(c.label())).toList();
        List<Long> data = counts.stream().map(Count::records).toList();
        return config(type, labels, List.of(Map.of("label", label, "data", data)));
    }

    private static Map<String, Object> horizontal(Map<String, Object> config) {
        Map<String, Object> copy = new LinkedHashMap<>(config);
        copy.put("options", Map.of("indexAxis", "y", "responsive", true, "maintainAspectRatio", false,
                "animation", false));
        return copy;
    }

    private static Map<String, Object> config(String type, List<String> labels, List<Map<String, Object>> datasets) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("datasets", datasets);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("data", data);
        // no animation: printed summaries and screenshots must show the final picture
        config.put("options", Map.of("responsive", true, "maintainAspectRatio", false, "animation", false));
        return config;
    }
}
