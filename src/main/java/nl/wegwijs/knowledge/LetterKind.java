package nl.wegwijs.knowledge;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The common kinds of letters parents receive, recognised from the Dutch letter text, so the bot
 * can say what the letter asks of them after it has explained its words ({@code faq/letters.yaml}).
 * Checked in this order: the most specific sender or procedure first, a plain invitation last
 * (most letters invite to something).
 */
public enum LetterKind {
    DECISION("decision", "\\bbezwaar\\b", "\\b(besluit(en)?|beschikking|toegekend|afgewezen|afwijzen|toekennen|besluiten wij)\\b"),
    OTS_EXTENSION("ots-extension", "\\b(zitting|mondelinge behandeling|oproeping|griffie|verlenging van de ondertoezichtstelling|ondertoezichtstelling (te )?verlengen|ots (te )?verlengen)\\b", null),
    RAAD("raad", "\\b(raad voor de kinderbescherming|raadsonderzoek|raadsonderzoeker|rvdk)\\b", null),
    VEILIG_THUIS("veilig-thuis", "\\bveilig thuis\\b", null),
    SCHOOL_ABSENCE("school-absence", "\\b(verzuim\\w*|leerplicht\\w*|kwalificatieplicht\\w*|verzuimgesprek)\\b", null),
    INVITATION("invitation", "\\b(nodigen (wij )?u( graag)? uit|uitnodiging|uitgenodigd|wij willen (graag )?met u (in gesprek|praten|spreken)|afspraak op)\\b", null);

    private final String key;
    private final Pattern mark;
    private final Pattern also;

    LetterKind(String key, String mark, String also) {
        this.key = key;
        this.mark = Pattern.compile(mark, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.also = also == null ? null : Pattern.compile(also, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The key in faq/letters.yaml. */
    public String key() {
        return key;
    }

    static Optional<LetterKind> fromKey(String key) {
        for (LetterKind k : values()) {
            if (k.key.equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The kind of a (Dutch) letter, or empty when it is none of the common kinds. */
    public static Optional<LetterKind> of(String letter) {
        for (LetterKind k : values()) {
            if (k.mark.matcher(letter).find() && (k.also == null || k.also.matcher(letter).find())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
