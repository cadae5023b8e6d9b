package nl.wegwijs.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.wegwijs.insights.Count;
import nl.wegwijs.insights.Insights;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** CSV of each view, with the same filter and the same k rule as the page (it reads the same report). */
@RestController
class ExportController {

    static final Map<String, Function<Report, Csv>> VIEWS = Map.of(
            "overview", ExportController::overview,
            "topics", ExportController::topics,
            "topic-languages", r -> counts(r.topics().byLanguage(), "onderwerp", "taal"),
            "unanswered", ExportController::unanswered,
            "jargon", r -> counts(r.jargon(), "begrip"),
            "crisis", r -> counts(r.crisis(), "soort"),
            "handoffs-language", r -> handoffs(r.handoffsByLanguage(), "taal"),
            "handoffs-organisation", r -> handoffs(r.handoffsByOrganisation(), "organisatie"),
            "referrals", r -> counts(r.referrals(), "verwijzer"));

    private final Insights insights;
    private final Clock clock;

    ExportController(Insights insights, Clock clock) {
        this.insights = insights;
        this.clock = clock;
    }

    @GetMapping("/dashboard/export/{view}.csv")
    ResponseEntity<byte[]> export(@PathVariable String view,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String language, @RequestParam(required = false) String region) {
        Function<Report, Csv> writer = VIEWS.get(view);
        if (writer == null) {
            return ResponseEntity.notFound().build();
        }
        Period period = Period.of(from, to, language, region, clock);
        byte[] body = writer.apply(Report.of(insights, period)).toString().getBytes(StandardCharsets.UTF_8);
        String name = "wegwijs-" + view + "-" + period.from() + "-" + period.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private static Csv overview(Report r) {
        Csv csv = new Csv().row("indeling", "waarde", "vragen", "vragenstellers");
        section(csv, "soort", r.overview().byKind());
        section(csv, "taal", r.overview().byLanguage());
        section(csv, "regio", r.overview().byRegion());
        section(csv, "kanaal", r.overview().byChannel());
        return csv;
    }

    private static void section(Csv csv, String name, List<Count> counts) {
        counts.forEach(c -> csv.row(name, Labels.of(c.label()), c.records(), c.askers()));
    }

    private static Csv topics(Report r) {
        List<String> weeks = r.weekColumns();
        List<Object> header = new ArrayList<>(List.of("onderwerp", "vragen", "vragenstellers", "trend"));
        header.addAll(weeks);
        Csv csv = new Csv().row(header);
        for (Insights.TopicRow row : r.topics().rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.topic(), row.total().records(), row.total().askers(),
                    row.trend().dutch()));
            for (String week : weeks) {
                Count c = row.perWeek().get(week);
                cells.add(c == null ? "" : c.records());
            }
            csv.row(cells);
        }
        return csv;
    }

    private static Csv unanswered(Report r) {
        Csv csv = new Csv().row("woorden", "vragen", "vragenstellers", "voorbeeld 1", "voorbeeld 2", "voorbeeld 3");
        for (Insights.Gap gap : r.unanswered()) {
            List<Object> cells = new ArrayList<>(List.of(String.join(" ", gap.words()), gap.records(), gap.askers()));
            cells.addAll(gap.examples());
            csv.row(cells);
        }
        return csv;
    }

    private static Csv counts(List<Count> counts, String... dims) {
        List<Object> header = new ArrayList<>(List.of((Object[]) dims));
        header.add("aantal");
        header.add("vragenstellers");
        Csv csv = new Csv().row(header);
        for (Count c : counts) {
            List<Object> cells = new ArrayList<>(c.key().stream().map(Labels::of).toList());
            cells.add(c.records());
            cells.add(c.askers());
            csv.row(cells);
        }
        return csv;
    }

    private static Csv handoffs(Insights.HandoffTable table, String dim) {
        List<Object> header = new ArrayList<>(List.of(dim));
        table.columns().forEach(c -> header.add(Labels.of(c)));
        header.add("gem. tijd tot oppakken (min)");
        Csv csv = new Csv().row(header);
        for (Insights.HandoffRow row : table.rows()) {
            List<Object> cells = new ArrayList<>(List.of(Labels.of(row.label())));
            table.columns().forEach(c -> cells.add(row.cells().containsKey(c) ? row.cells().get(c).records() : ""));
            cells.add(row.meanTimeToClaim() == null ? "" : row.meanTimeToClaim().toMinutes());
            csv.row(cells);
        }
        return csv;
    }
}
