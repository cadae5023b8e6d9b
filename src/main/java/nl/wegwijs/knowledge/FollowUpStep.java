package nl.wegwijs.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.wegwijs.conversation.ConversationStep;
import nl.wegwijs.conversation.MessageKind;
import nl.wegwijs.conversation.PipelineStage;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.conversation.Turn;
import nl.wegwijs.language.Language;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A short follow-up ("en wat kost dat?", "how long does it last?", "kim karar veriyor?") is about
 * the topic just answered, kept in the conversation state as an id. It is answered with that
 * entry's own text for the facet when it has one; otherwise with the general entry for the facet
 * (cost, refusing, rights) unless the topic's answer already covers it; otherwise with the topic
 * again. A short message that only points back ("and for a teenager?") is searched together with
 * the topic's title. Runs before {@link FaqStep}.
 */
@Component
@Order(0)
class FollowUpStep implements ConversationStep {

    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 10;
    /** A follow-up that matches another entry this well on its own is a new question. */
    private static final double OWN_QUESTION = 0.7;
    /** How far ahead of the next entry a follow-up's own best match must be to count as a new question. */
    static final double OWN_MARGIN = 0.1;
    /** A facet word ("what happens", "how long") ties a message to the topic: its own entry must stand out further. */
    static final double FACET_OWN_MARGIN = 0.3;

    private final Knowledge knowledge;
    private final FaqStep faq;
    private final KnowledgeProperties properties;

    FollowUpStep(Knowledge knowledge, FaqStep faq, KnowledgeProperties properties) {
        this.knowledge = knowledge;
        this.faq = faq;
        this.properties = properties;
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.FAQ;
    }

    @Override
    public StepResult handle(Turn turn) {
        if (turn.kind() != MessageKind.TEXT || turn.message().isCommand() || turn.state().lastTopic() == null) {
            return StepResult.pass();
        }
        String text = turn.text();
        if (WORDS.matcher(text).results().count() > MAX_WORDS) {
            return StepResult.pass();
        }
        Optional<FaqEntry> topic = knowledge.topicEntry(turn.state().lastTopic());
        if (topic.isEmpty()) {
            return StepResult.pass();
        }
        Optional<Facet> facet = FollowUpCues.facet(text);
        if (facet.isEmpty() && !FollowUpCues.pointsBack(text)) {
            return StepResult.pass();
        }
        Language language = turn.language();
        List<FaqRetriever.Match> own = knowledge.search(text, language, 2);
        if (facet.isPresent()) {
            // Measured on the development set: a short facet question is nearly always about the topic,
            // unless it names a topic of its own that stands out ("and what happens when he turns 18?").
            boolean namesOwn = !own.isEmpty() && own.get(0).score() >= OWN_QUESTION && !own.get(0).entryId().equals(topic.get().id())
                    && (own.size() < 2 || own.get(0).score() - own.get(1).score() >= FACET_OWN_MARGIN);
            return namesOwn ? StepResult.pass() : answerFacet(turn, topic.get(), facet.get());
        }
        // A short question with only common words ("а як це зробити?") matches many entries about
        // as well: it is a new question only when one entry stands out.
        boolean standsOut = own.size() < 2 || own.get(0).score() - own.get(1).score() >= OWN_MARGIN;
        if (!own.isEmpty() && own.get(0).score() >= OWN_QUESTION && standsOut && !own.get(0).entryId().equals(topic.get().id())) {
            return StepResult.pass();
        }
        String title = topic.get().text(language).title();
        List<FaqRetriever.Match> together = knowledge.search(text + " " + title, language, 3);
        // The topic stays unless another entry is clearly closer ("and for a teenager?" after a child entry).
        boolean topicClose = together.stream().anyMatch(m -> m.entryId().equals(topic.get().id())
                && together.get(0).score() - m.score() <= STAY_ON_TOPIC);
        FaqEntry entry = together.isEmpty() || together.get(0).score() < properties.minScore() || topicClose ? topic.get()
                : knowledge.entry(together.get(0).entryId()).orElse(topic.get());
        return faq.answer(turn, entry, List.of(), entry.text(language).answer());
    }

    private StepResult answerFacet(Turn turn, FaqEntry topic, Facet facet) {
        Language language = turn.language();
        Optional<String> own = topic.facet(facet, language);
        if (own.isPresent()) {
            return faq.answer(turn, topic, List.of(), topic.text(language).title() + "\n" + own.get());
        }
        // A general entry (what youth care costs, how to apply, refusing help) answers the facet only
        // for the general ways into help; "does the interpreter cost money?" is about the interpreter
        // (development set: parents expect the topic's own answer there).
        boolean generalHelp = topic.topic().equals("wijkteam") || topic.id().startsWith("jeugdhulp-");
        boolean covered = !generalHelp || switch (facet) {
            case COST -> FollowUpCues.mentions(topic.text(Language.NL).answer(), Facet.COST)
                    || FollowUpCues.mentions(topic.text(language).answer(), Facet.COST);
            // Compulsory measures cannot be refused: the topic's own answer says what can be done.
            case REFUSE, RIGHTS -> COMPULSORY.contains(topic.topic());
            default -> true;
        };
        Optional<FaqEntry> general = covered ? Optional.empty()
                : facet.fallbackEntries().stream().map(knowledge::entry).flatMap(Optional::stream).findFirst();
        FaqEntry entry = general.orElse(topic);
        return faq.answer(turn, entry, List.of(), entry.text(language).answer());
    }

    private static final java.util.Set<String> COMPULSORY = java.util.Set.of("jeugdbescherming", "raad", "gezag");
    /** How much closer another entry must be before a pointing-back follow-up leaves the topic. */
    static final double STAY_ON_TOPIC = 0.05;
}
