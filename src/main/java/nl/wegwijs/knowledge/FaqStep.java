package nl.wegwijs.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.ConversationStep;
import nl.wegwijs.conversation.MessageKind;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.Outcome;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.PipelineStage;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.conversation.Turn;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.springframework.stereotype.Component;

/**
 * Answers from the curated FAQ in the asker's language: the best entry when it is a clear
 * match, with related entries as buttons and a person on heavy topics. A weak match is left to
 * the fallback, which says honestly that the bot does not know.
 */
@Component
class FaqStep implements ConversationStep {

    private static final int MAX_BUTTONS = 3;
    private static final double CLOSE_SECOND = 0.06;

    private final Knowledge knowledge;
    private final KnowledgeProperties properties;
    private final Buttons buttons;
    private final Optional<AnswerWriter> writer;
    private final InterfaceText text;

    FaqStep(Knowledge knowledge, KnowledgeProperties properties, Buttons buttons, Optional<AnswerWriter> writer,
            InterfaceText text) {
        this.knowledge = knowledge;
        this.text = text;
        this.properties = properties;
        this.buttons = buttons;
        this.writer = writer;
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.FAQ;
    }

    @Override
    public StepResult handle(Turn turn) {
        if (turn.kind() == MessageKind.BUTTON && turn.text().startsWith(KnowledgeButtons.FAQ)) {
            return knowledge.entry(turn.text().substring(KnowledgeButtons.FAQ.length()))
                    .map(e -> answer(turn, e, List.of(), e.text(turn.language()).answer()))
                    .orElse(StepResult.pass());
        }
        if (turn.kind() != MessageKind.TEXT || turn.message().isCommand()) {
            return StepResult.pass();
        }
        if (Greeting.only(turn.text())) {
            return knowledge.entry(Greeting.ENTRY).map(e -> answer(turn, e, List.of(), e.text(turn.language()).answer()))
                    .orElse(StepResult.pass());
        }
        boolean story = MessageShape.of(turn.text()) == MessageShape.STORY;
        List<FaqRetriever.Match> matches = story ? knowledge.searchStory(turn.text(), turn.language(), 3)
                : knowledge.search(turn.text(), turn.language(), 3);
        if (matches.isEmpty() || matches.get(0).score() < properties.minScore()) {
            return StepResult.pass();
        }
        double best = matches.get(0).score();
        List<String> alsoClose = matches.stream().skip(1)
                .filter(m -> best - m.score() <= CLOSE_SECOND && m.score() >= properties.minScore())
                .map(FaqRetriever.Match::entryId).toList();
        FaqEntry entry = knowledge.entry(matches.get(0).entryId()).orElseThrow();
        StepResult answered = answer(turn, entry, alsoClose, written(turn, entry));
        return story ? withTerms(turn, (StepResult.Answered) answered) : answered;
    }

    /** After the answer to a story, the jargon it contains, so the parent can read the rest of it too. */
    private StepResult withTerms(Turn turn, StepResult.Answered answered) {
        return withTerms(turn, answered, knowledge.findTerms(turn.text(), turn.language()).stream().map(TermFinder.Found::term).toList());
    }

    /** The answer, then a short explanation of each of these Dutch words (a story's jargon, a quoted letter's terms). */
    StepResult withTerms(Turn turn, StepResult.Answered answered, List<GlossaryTerm> terms) {
        if (terms.isEmpty()) {
            return answered;
        }
        StringBuilder lines = new StringBuilder(text.get(turn.language(), "story.terms"));
        terms.stream().distinct().limit(MAX_STORY_TERMS).forEach(t -> lines.append("\n• ").append(t.label()).append(": ")
                .append(t.text(turn.language()).shortText().strip()));
        List<OutboundMessage> messages = new ArrayList<>(answered.messages());
        messages.add(OutboundMessage.of(lines.toString()));
        return new StepResult.Answered(messages, answered.state(), answered.outcome());
    }

    private static final int MAX_STORY_TERMS = 5;

    /** The model's wording when there is a model and its grounding check passed (the writer's contract); else the curated text. */
    private String written(Turn turn, FaqEntry entry) {
        String curated = entry.text(turn.language()).answer();
        return writer.flatMap(w -> w.rephrase(turn.text(), turn.language(), curated)).orElse(curated);
    }

    StepResult answer(Turn turn, FaqEntry entry, List<String> alsoClose, String text) {
        Language language = turn.language();
        List<Button> offer = new ArrayList<>();
        List<String> ids = new ArrayList<>(alsoClose);
        ids.addAll(entry.related());
        ids.stream().distinct().filter(id -> !id.equals(entry.id())).limit(MAX_BUTTONS)
                .forEach(id -> knowledge.entry(id).ifPresent(e -> offer.add(KnowledgeButtons.entry(e, language))));
        if (entry.heavy() || offer.size() < MAX_BUTTONS) {
            offer.add(buttons.person(language));
        }
        return StepResult.answer(turn, Outcome.of(OutcomeKind.ANSWERED, entry.id()),
                OutboundMessage.of(text, offer));
    }
}
