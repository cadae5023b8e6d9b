package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.Conversation;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.InboundMessage;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.Reply;
import nl.wegwijs.conversation.TurnCompleted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realistic messages of src/test/resources/knowledge/realistic (written by other hands,
 * without reading the content) through the real pipeline: one Spring context on H2, every case a
 * new conversation, every turn through {@link Conversation}, judged on the reply to the last turn.
 *
 * <ul>
 * <li>top-1: the answer's topic (FAQ entry or glossary term) is one the case accepts; "none"
 * cases must be left unanswered; letters must have every listed term explained; a language the
 * bot does not speak must be recognised as that language, with a person offered;</li>
 * <li>top-3: as top-1, or one of the entries offered as buttons with the answer;</li>
 * <li>reply language: the reply's language is the case's {@code reply_lang}.</li>
 * </ul>
 * Development cases are printed when they fail; held-out cases only as counts (never their text).
 * Cases whose expected ids do not exist in the content (entries still being written) are skipped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
@RecordApplicationEvents
class RealisticSetTest {

    /**
     * Floors just under the measured figures (README, "Measured"). The held-out floor fell from 0.84 to 0.79 on
     * 2026-11-29 22:00 because heldout-fresh-all.jsonl (236 cases by new hands, never read) joined: 0.74 on its own,
     * against 0.86 on the older held-out files; together 0.80. 2026-11-29 23:40: the four held-out files moved unread
     * into the development set (dev-was-heldout-*.jsonl), which now holds 1,144 cases at 0.81; fresh held-out files
     * replace them.
     */
    static final double DEV_TOP1 = 0.82; // 0.82 measured 2026-11-30 01:19 after main's phrasings of 01:03 (brief u14b)
    // 2026-11-30 01:33 (lead): the fresh held-out files heldout-fresh-2/3 (576 cases by two new writers, measured
    // once, with everything of the session merged): 0.75 (0.79 and 0.70); development (1,144) 0.83.
    static final double HELDOUT_TOP1 = 0.74;
    static final double HELDOUT_REPLY_LANGUAGE = 0.98;

    private static final List<String> IDS = List.of(System.getProperty("realistic.ids", "").split(","));

    @Autowired Conversation conversation;
    @Autowired Knowledge knowledge;
    @Autowired ApplicationEvents events;

    record Case(String id, String lang, String kind, List<String> turns, List<String> expect, List<String> terms,
            String unsupported, String replyLang, String file) {
    }

    record Result(boolean top1, boolean top3, boolean language) {
    }

    @Test
    void developmentSet() throws IOException {
        Map<String, int[]> tally = run("dev-*.jsonl", true);
        if (!System.getProperty("realistic.langs", "").isEmpty() || !System.getProperty("realistic.kinds", "").isEmpty()
                || !IDS.get(0).isEmpty()) {
            return;
        }
        assertThat(rate(tally.get("all"), 0)).isGreaterThanOrEqualTo(DEV_TOP1);
    }

    /**
     * A named file measured on its own ({@code -Drealistic.file=fresh-en-ar-tr-uk.jsonl}): new material
     * from other hands, measured the moment it arrives and before anyone tunes on it (the honest
     * out-of-sample figure); failures are printed, so only for files that become development material.
     */
    @Test
    void namedFile() throws IOException {
        String file = System.getProperty("realistic.file", "");
        if (file.isEmpty() || file.startsWith("heldout")) {
            return;
        }
        run(file, true);
    }

    @Test
    void heldOutSet() throws IOException {
        Map<String, int[]> tally = run("heldout-*.jsonl", false);
        if (tally.get("all")[3] == 0) {
            return;
        }
        assertThat(rate(tally.get("all"), 0)).isGreaterThanOrEqualTo(HELDOUT_TOP1);
        assertThat(rate(tally.get("all"), 2)).isGreaterThanOrEqualTo(HELDOUT_REPLY_LANGUAGE);
    }

    private Map<String, int[]> run(String pattern, boolean printFailures) throws IOException {
        String set = pattern.contains("*") ? pattern.substring(0, pattern.indexOf('-')) : pattern;
        Map<String, int[]> tally = new TreeMap<>();
        tally.put("all", new int[4]);
        int skipped = 0;
        int n = 0;
        // -Drealistic.langs=ar,uk: only those languages, for tuning (the floors are for the whole set).
        List<String> langs = List.of(System.getProperty("realistic.langs", "").split(","));
        // -Drealistic.kinds=followup,quote: only those kinds, for tuning.
        List<String> kinds = List.of(System.getProperty("realistic.kinds", "").split(","));
        for (Case c : read(pattern)) {
            if (!langs.get(0).isEmpty() && !langs.contains(c.lang())) {
                continue;
            }
            if (!kinds.get(0).isEmpty() && !kinds.contains(c.kind())) {
                continue;
            }
            // -Drealistic.ids=uk-h7,nl-4: only those cases, with the whole reply printed (development files only)
            if (!IDS.get(0).isEmpty() && (!printFailures || !IDS.contains(c.id()))) {
                continue;
            }
            if (!checkable(c)) {
                skipped++;
                continue;
            }
            Result r = judge(c, set + "-" + n++, printFailures);
            // per file too: a newer file by other hands is the fresher estimate for unseen messages
            for (String key : List.of("all", "lang " + c.lang(), "kind " + c.kind(), "file " + c.file(),
                    "file " + c.file() + " " + c.lang())) {
                int[] t = tally.computeIfAbsent(key, k -> new int[4]);
                t[0] += r.top1() ? 1 : 0;
                t[1] += r.top3() ? 1 : 0;
                t[2] += r.language() ? 1 : 0;
                t[3]++;
            }
        }
        System.out.printf("realistic %s: skipped %d cases whose expected ids are not in the content%n", set, skipped);
        tally.forEach((k, t) -> System.out.printf("realistic %s %-18s top-1 %.2f  top-3 %.2f  reply language %.2f  (%d)%n",
                set, k, rate(t, 0), rate(t, 1), rate(t, 2), t[3]));
        return tally;
    }

    private static double rate(int[] t, int i) {
        return t[3] == 0 ? 0 : (double) t[i] / t[3];
    }

    private boolean checkable(Case c) {
        if (c.unsupported() != null) {
            return true;
        }
        if (c.terms() != null) {
            return c.terms().stream().anyMatch(id -> knowledge.term(id).isPresent());
        }
        return c.expect().contains("none") || c.expect().stream().anyMatch(this::exists);
    }

    private boolean exists(String id) {
        if (id.startsWith("faq:")) {
            return knowledge.entry(id.substring(4)).isPresent();
        }
        return id.startsWith("term:") && knowledge.term(id.substring(5)).isPresent();
    }

    private Result judge(Case c, String chat, boolean print) {
        ConversationKey key = new ConversationKey(Channel.WEB, "realistic-" + chat + "-" + System.nanoTime());
        Reply reply = null;
        for (String turn : c.turns()) {
            reply = conversation.handle(InboundMessage.text(key, turn));
        }
        TurnCompleted last = events.stream(TurnCompleted.class).filter(e -> e.key().equals(key))
                .reduce((a, b) -> b).orElseThrow();
        // Right-to-left replies carry invisible bidi isolates around Latin names ("⁦Veilig Thuis⁩ (⁦VT⁩)"):
        // the reader sees the label as written, so the test compares without them.
        String text = String.join("\n", reply.messages().stream().map(OutboundMessage::text).toList())
                .replaceAll("[\u2066-\u2069\u200F]", "");
        List<String> offered = reply.messages().stream().flatMap(m -> m.buttons().stream()).map(Button::value).toList();
        String answered = topic(last);
        if (answered == null && last.outcome().kind() == OutcomeKind.CRISIS) {
            // Possible danger: the answer is given with a safety line under it, and the turn is
            // recorded as a crisis; which entry answered is read from the reply itself.
            var in = reply.language();
            answered = knowledge.entries().stream()
                    .filter(e -> e.text(in) != null && text.contains(e.text(in).answer()))
                    .map(e -> "faq:" + e.id()).findFirst().orElse(null);
        }
        boolean top1;
        boolean top3;
        if (c.unsupported() != null) {
            top1 = ("language:" + c.unsupported()).equals(last.outcome().topic()) && offered.contains(Buttons.PERSON);
            top3 = top1;
        } else if (c.terms() != null) {
            List<String> known = c.terms().stream().filter(id -> knowledge.term(id).isPresent()).toList();
            long explained = known.stream().filter(id -> text.contains(knowledge.term(id).orElseThrow().label())).count();
            top1 = explained == known.size();
            top3 = explained * 2 >= known.size();
        } else if (c.expect().contains("none")) {
            top1 = answered == null;
            top3 = top1;
        } else {
            Set<String> three = new LinkedHashSet<>();
            if (answered != null) {
                three.add(answered);
            }
            offered.stream().filter(v -> v.startsWith("faq:") || v.startsWith("term:")).forEach(three::add);
            top1 = answered != null && c.expect().contains(answered);
            top3 = three.stream().limit(3).anyMatch(c.expect()::contains);
        }
        boolean language = reply.language().code().equals(c.replyLang());
        if (print && !IDS.get(0).isEmpty()) {
            System.out.printf("CASE %s outcome %s:%s%n%s%n", c.id(), last.outcome().kind(), last.outcome().topic(), text);
        }
        if (print && !(top1 && language)) {
            System.out.printf("MISS %s [%s] got %s%s, expected %s%s%n   last turn: %s%n", c.id(), c.kind(),
                    answered == null ? last.outcome().kind() + ":" + last.outcome().topic() : answered,
                    language ? "" : " in " + reply.language().code() + " (not " + c.replyLang() + ")",
                    c.unsupported() != null ? "language:" + c.unsupported() : c.terms() != null ? c.terms() : c.expect(),
                    "", c.turns().get(c.turns().size() - 1).replace('\n', ' '));
            if (c.turns().size() > 1) {
                // every turn's answer: a follow-up whose first answer was already wrong is another cause
                System.out.println("   turns: " + events.stream(TurnCompleted.class).filter(e -> e.key().equals(key))
                        .map(e -> e.outcome().kind() + ":" + e.outcome().topic()).toList());
            }
        }
        return new Result(top1, top3, language);
    }

    /** "faq:id" or "term:id" of the answer; null when the bot did not answer from content. */
    private static String topic(TurnCompleted e) {
        OutcomeKind kind = e.outcome().kind();
        String topic = e.outcome().topic();
        if (topic == null) {
            return null;
        }
        return switch (kind) {
            case ANSWERED -> topic.contains(":") ? topic : "faq:" + topic;
            case JARGON -> topic;
            default -> null;
        };
    }

    private static List<Case> read(String pattern) throws IOException {
        var json = JsonMapper.builder().build();
        List<Case> cases = new ArrayList<>();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:knowledge/realistic/" + pattern);
        java.util.Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            for (String line : file.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode c = json.readTree(line);
                cases.add(new Case(c.path("id").asString(), c.path("lang").asString(), c.path("kind").asString(),
                        strings(c.path("turns")), strings(c.path("expect")),
                        c.has("terms") ? strings(c.path("terms")) : null,
                        c.has("unsupported") ? c.path("unsupported").asString() : null, c.path("reply_lang").asString(),
                        file.getFilename()));
            }
        }
        return cases;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

}
