package nl.wegwijs.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.wegwijs.insights.Insights;
import nl.wegwijs.language.Language;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard page and the printable monthly summary: both are the same report, laid out twice. */
@Controller
class DashboardController {

    private final Insights insights;
    private final Clock clock;

    DashboardController(Insights insights, Clock clock) {
        this.insights = insights;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String language, @RequestParam(required = false) String region,
            Model model) {
        Report report = Report.of(insights, Period.of(from, to, language, region, clock));
        fill(model, report);
        model.addAttribute("charts", Charts.of(report));
        return "dashboard/index";
    }

    /** A calendar month, by default the last complete one: what the platform attaches to its advice. */
    @GetMapping("/dashboard/summary")
    String summary(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) String language, @RequestParam(required = false) String region,
            Model model) {
        YearMonth m = month != null ? month : YearMonth.now(clock.withZone(Period.ZONE)).minusMonths(1);
        Report report = Report.of(insights, Period.of(m.atDay(1), m.atEndOfMonth(), language, region, clock));
        fill(model, report);
        model.addAttribute("month", m);
        model.addAttribute("charts", Charts.of(report));
        return "dashboard/summary";
    }

    private static void fill(Model model, Report report) {
        model.addAttribute("r", report);
        model.addAttribute("p", report.period());
        model.addAttribute("languages", List.of(Language.values()));
        model.addAttribute("labels", new LabelHelper());
    }

    /** Lets templates call the label helpers as {@code ${labels.of(code)}}. */
    static final class LabelHelper {

        public String of(String code) {
            return Labels.of(code);
        }

        public String duration(java.time.Duration d) {
            return Labels.duration(d);
        }
    }
}
