package nl.wegwijs.conversation;

import java.time.Duration;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What the bot tells a user about what it keeps and for how long. The periods are read from the
 * same configuration the retention jobs use, never written into the texts, so the greeting and
 * /privacy cannot promise something the deployment does not do. (The settings belong to other
 * features; they are read by name here so this feature does not depend on theirs.)
 */
@Component
public class PrivacyNotice {

    /** Property names and the defaults of application.yml, for a context that does not set them. */
    static final String QUESTIONS = "wegwijs.insights.retention";
    static final String K = "wegwijs.insights.k";
    static final String TICKETS = "wegwijs.handoff.retention";
    static final String RECENT = "wegwijs.handoff.recent-question";
    static final String STATE = "wegwijs.conversation.retention";

    private final InterfaceText text;
    private final Period questions;
    private final int k;
    private final Duration tickets;
    private final Duration recent;
    private final Duration state;

    public PrivacyNotice(InterfaceText text, Environment environment) {
        this.text = text;
        Binder binder = Binder.get(environment);
        this.questions = binder.bind(QUESTIONS, Period.class).orElse(Period.ofMonths(13));
        this.k = binder.bind(K, Integer.class).orElse(5);
        this.tickets = binder.bind(TICKETS, Duration.class).orElse(Duration.ofDays(30));
        this.recent = binder.bind(RECENT, Duration.class).orElse(Duration.ofMinutes(30));
        this.state = binder.bind(STATE, Duration.class).orElse(Duration.ofDays(30));
    }

    /** The short privacy paragraph of the greeting. */
    public String greeting(Language language) {
        return fill(language, text.get(language, "start.greeting"));
    }

    /** The full answer to /privacy. */
    public String full(Language language) {
        return fill(language, text.get(language, "privacy.text"));
    }

    /** The values as they appear in the texts, e.g. {@code questions -> "13 maanden"}. */
    public Map<String, String> values(Language language) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("questions", months(language, questions));
        values.put("k", String.valueOf(k));
        values.put("tickets", duration(language, tickets));
        values.put("recent", duration(language, recent));
        values.put("state", duration(language, state));
        return values;
    }

    String fill(Language language, String template) {
        String filled = template;
        for (var e : values(language).entrySet()) {
            filled = filled.replace("{" + e.getKey() + "}", e.getValue());
        }
        return filled;
    }

    private String months(Language language, Period period) {
        long months = period.toTotalMonths();
        if (months > 0 && period.getDays() == 0) {
            return unit(language, "month", months);
        }
        return unit(language, "day", months * 30 + period.getDays());
    }

    private String duration(Language language, Duration d) {
        if (d.toDays() > 0 && d.toHours() % 24 == 0) {
            return unit(language, "day", d.toDays());
        }
        if (d.toHours() > 0 && d.toMinutes() % 60 == 0) {
            return unit(language, "hour", d.toHours());
        }
        return unit(language, "minute", Math.max(1, d.toMinutes()));
    }

    /** "13 maanden", "1 maand", "3 місяці": the plural form the language needs for n. */
    private String unit(Language language, String unit, long n) {
        String form = pluralForm(language, n);
        String key = "privacy.unit." + unit + "." + form;
        if (!text.keys(language).contains(key)) {
            key = "privacy.unit." + unit + ".many";
        }
        return text.get(language, key, n);
    }

    /** Polish and Ukrainian have a separate form for 2-4 (not 12-14); the others only one/many. */
    static String pluralForm(Language language, long n) {
        boolean slavic = language == Language.PL || language == Language.UK;
        if (!slavic) {
            return n == 1 ? "one" : "many";
        }
        long lastTwo = n % 100;
        long last = n % 10;
        if (n == 1 || (language == Language.UK && last == 1 && lastTwo != 11)) {
            return "one";
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return "few";
        }
        return "many";
    }
}
