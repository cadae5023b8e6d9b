package nl.wegwijs.dashboard;

import java.time.Duration;
import java.util.Map;
import nl.wegwijs.language.Language;

/** Dutch words for the codes in the log, for staff who do not read enum names. */
final class Labels {

    private static final Map<String, String> TERMS = Map.ofEntries(
            Map.entry("ANSWERED", "beantwoord"), Map.entry("UNANSWERED", "onbeantwoord"),
            Map.entry("JARGON", "begrip uitgelegd"), Map.entry("LETTER", "brief uitgelegd"),
            Map.entry("CRISIS", "crisis"), Map.entry("REQUESTED", "gevraagd"), Map.entry("CONSENTED", "toestemming"),
            Map.entry("NO_ONE_AVAILABLE", "niemand beschikbaar"), Map.entry("CLAIMED", "opgepakt"),
            Map.entry("ESCALATED", "geëscaleerd"), Map.entry("CLOSED", "afgesloten"), Map.entry("HELPED", "geholpen"),
            Map.entry("REFERRED", "doorverwezen"), Map.entry("PARENT_STOPPED", "ouder gestopt"),
            Map.entry("NO_RESPONSE", "geen reactie"), Map.entry("UNREACHABLE", "onbereikbaar"), Map.entry("WEB", "webchat"), Map.entry("TELEGRAM", "Telegram"), Map.entry("WHATSAPP", "WhatsApp"),
            Map.entry("unanswered", "(onbeantwoord)"), Map.entry("national", "landelijk"), Map.entry("-", "(geen)"),
            Map.entry("overig", "overig"),
            // crisis kinds from safety; an unknown kind is shown as its code
            Map.entry("DOMESTIC_VIOLENCE", "huiselijk geweld"), Map.entry("CHILD_ABUSE", "kindermishandeling"),
            Map.entry("SUICIDE", "suïcidegedachten"), Map.entry("SELF_HARM", "zelfbeschadiging"),
            Map.entry("ACUTE_DANGER", "acuut gevaar"), Map.entry("MEDICAL", "medisch spoed"));

    private Labels() {
    }

    static String of(String code) {
        if (code == null) {
            return "";
        }
        String term = TERMS.get(code);
        if (term != null) {
            return term;
        }
        return Language.fromCode(code).map(l -> l.code() + " – " + l.nativeName()).orElse(code);
    }

    static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long minutes = d.toMinutes();
        return minutes < 60 ? minutes + " min" : (minutes / 60) + " u " + (minutes % 60) + " min";
    }
}
