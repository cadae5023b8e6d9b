package nl.wegwijs.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
 * Explains words from letters: "wat betekent OTS?" gets the term's explanation; a pasted letter
 * gets every known term explained in the order it appears, plus the words it could not explain.
 * The Dutch word always stays in view, so parents recognise it on the letter.
 */
@Component
class JargonStep implements ConversationStep {

    private static final int MAX_ASKED = 3;
    private static final int SHORT_DEFINITION_WORDS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Knowledge knowledge;
    private final InterfaceText text;
    private final Buttons buttons;
    private final LetterExplainer letters;
    private final KnowledgeProperties properties;

    JargonStep(Knowledge knowledge, InterfaceText text, Buttons buttons, LetterExplainer letters, KnowledgeProperties properties) {
        this.knowledge = knowledge;
        this.properties = properties;
        this.text = text;
        this.buttons = buttons;
        this.letters = letters;
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.JARGON;
    }

    @Override
    public StepResult handle(Turn turn) {
        if (turn.kind() == MessageKind.BUTTON && turn.text().startsWith(KnowledgeButtons.TERM)) {
            return knowledge.term(turn.text().substring(KnowledgeButtons.TERM.length()))
                    .map(t -> explain(turn, List.of(t)))
                    .orElse(StepResult.pass());
        }
        if (turn.kind() == MessageKind.LETTER) {
            return photographed(turn);
        }
        if (turn.kind() != MessageKind.TEXT || turn.message().isCommand()) {
            return StepResult.pass();
        }
        String message = turn.text();
        List<TermFinder.Found> found = knowledge.findTerms(message, turn.language());
        if (isLetter(message)) {
            return letter(turn);
        }
        if (!found.isEmpty() && QUOTED.matcher(message).find()) {
            // "My letter says 'aanmelding bij het OKT', what ...": the quoted words are the question.
            // A quoted term the parent names again in their own question ("... bezwaar maken'. How do I
            // make this bezwaar?") is the one asked about: it comes first. Then the rarest: "zorg in
            // natura" or "Halt" is what a parent does not know, "jeugdhulp" or "wijkteam" they have met.
            java.util.Set<String> askedAgain = new java.util.HashSet<>();
            knowledge.findTerms(QUOTED.matcher(message).replaceAll(" "), turn.language()).forEach(f -> askedAgain.add(f.term().id()));
            List<GlossaryTerm> quoted = found.stream().filter(f -> insideQuote(message, f.position()))
                    .sorted(java.util.Comparator.<TermFinder.Found, Boolean>comparing(f -> !askedAgain.contains(f.term().id()))
                            .thenComparingInt(f -> knowledge.commonness(f.term())))
                    .limit(MAX_ASKED).map(TermFinder.Found::term).toList();
            if (!quoted.isEmpty()) {
                return ownQuestion(turn, quoted).orElseGet(() -> explain(turn, quoted));
            }
        }
        if (found.isEmpty() && DefinitionQuestion.asks(message)
                && WORD.matcher(message).results().count() <= SHORT_DEFINITION_WORDS) {
            // "wat is een gi": a short abbreviation typed in lower case, in a short question about a word.
            found = knowledge.findTerms(message.toUpperCase(java.util.Locale.ROOT), turn.language());
        }
        if (found.isEmpty() || !DefinitionQuestion.asks(message)) {
            return StepResult.pass();
        }
        if (!DefinitionQuestion.asksMeaning(message) && found.stream().allMatch(TermFinder.Found::ownName)
                && (answeredByTheirEntry(found, message, turn.language()) || turn.state().lastTopic() != null && hasOtherWords(message, found))) {
            // "interpreter?", "tercüman": the parent names the thing in their own language, not a Dutch
            // word to look up; they want the thing (an interpreter), which the entry about it answers.
            // After an answer, "itiraz edebilir miyim" (may I object) is a follow-up in the parent's own
            // words, not a question about the word "bezwaar".
            return StepResult.pass();
        }
        if (!DefinitionQuestion.asksMeaning(message) && hasOtherWords(message, found)
                && coveredByEntry(found, message, turn.language())) {
            // "hulp bij vechtscheiding", "grooming signs": a term with a word of what the parent wants
            // is no question about the word; the entry about it answers (a bare "OTS?" stays a word question).
            return StepResult.pass();
        }
        if (DefinitionQuestion.asksMeaning(message) && otherWords(message, found) >= SITUATION_WORDS
                && answeredByTheirEntry(found, message, turn.language())) {
            // "the school says my son needs passend onderwijs, what is that exactly": a question
            // about a word inside the parent's situation; the entry on that very subject says what
            // it is and what it means for them.
            return StepResult.pass();
        }
        return explain(turn, found.stream().limit(MAX_ASKED).map(TermFinder.Found::term).toList());
    }

    /**
     * "The school wrote 'ongeoorloofd verzuim ... melden bij de leerplichtambtenaar'. Will I get a fine??":
     * the parent's own words around the quote ask something besides what the quoted words mean. The
     * words are explained first (what the parent quoted is what they cannot read), then the entry that
     * answers the whole message, when one does clearly enough. Measured on the development quotes: the
     * parents' own questions ("what now?", "is this bad?") name an entry too weakly to replace the
     * explanation (top-1 0.81 to 0.72 when the entry answered instead), so the entry comes under it.
     * A short "what does this mean?" around the quote stays a question about the words only.
     */
    private java.util.Optional<StepResult> ownQuestion(Turn turn, List<GlossaryTerm> quoted) {
        String own = QUOTED.matcher(turn.text()).replaceAll(" ");
        long ownWords = WORD.matcher(own).results().count();
        if (!FollowUpCues.asksSomething(own) || DefinitionQuestion.asksMeaning(own) && ownWords <= MEANING_ONLY_WORDS) {
            return java.util.Optional.empty();
        }
        var matches = knowledge.search(turn.text(), turn.language(), 1);
        if (matches.isEmpty() || matches.get(0).score() < QUOTE_ENTRY_SCORE) {
            return java.util.Optional.empty();
        }
        FaqEntry entry = knowledge.entry(matches.get(0).entryId()).orElseThrow();
        if (quoted.stream().anyMatch(t -> moreAbout(t).map(e -> e.id().equals(entry.id())).orElse(false))) {
            // the entry about the quoted word itself: its button under the explanation is enough
            return java.util.Optional.empty();
        }
        var explained = (StepResult.Answered) explain(turn, quoted);
        List<OutboundMessage> messages = new ArrayList<>();
        messages.add(OutboundMessage.of(explained.messages().get(0).text()));
        List<Button> offer = new ArrayList<>(explained.messages().get(0).buttons());
        messages.add(OutboundMessage.of(entry.text(turn.language()).answer(), offer));
        return java.util.Optional.of(new StepResult.Answered(messages, explained.state(), explained.outcome()));
    }

    /** Around a quote, a meaning question this short ("rsala gatni fiha '...' chno had chi?") asks only about the words. */
    static final int MEANING_ONLY_WORDS = 10;
    /** How well the whole quoting message must match an entry before that entry is added under the explanation. */
    static final double QUOTE_ENTRY_SCORE = 0.3;

    /** Words besides the terms found (the terms as written taken out). */
    private static boolean hasOtherWords(String message, List<TermFinder.Found> found) {
        return otherWords(message, found) > 0;
    }

    private static long otherWords(String message, List<TermFinder.Found> found) {
        String rest = message.toLowerCase(java.util.Locale.ROOT);
        for (TermFinder.Found f : found) {
            rest = rest.replace(f.asWritten().toLowerCase(java.util.Locale.ROOT), " ");
        }
        return WORD.matcher(rest).results().count();
    }

    /** "What is X" plus this many other words tells a situation, not only a word to look up. */
    static final int SITUATION_WORDS = 7;

    /** The FAQ's best entry for the message is the entry about one of the terms asked. */
    private boolean answeredByTheirEntry(List<TermFinder.Found> found, String message, Language language) {
        var best = knowledge.search(message, language, 1);
        if (best.isEmpty() || best.get(0).score() < properties.minScore()) {
            return false;
        }
        String id = best.get(0).entryId();
        return found.stream().anyMatch(f -> knowledge.moreAbout(f.term()).map(e -> e.id().equals(id)).orElse(false));
    }

    /** A found term has its own entry, and the FAQ search finds that entry or another one clearly. */
    private boolean coveredByEntry(List<TermFinder.Found> found, String message, Language language) {
        boolean hasEntry = found.stream().anyMatch(f -> knowledge.moreAbout(f.term()).isPresent());
        // "klacht over gezinsvoogd": two terms in one phrase tell a situation even when neither has an
        // entry of its own; then only a clear match (twice the minimum) takes it from the glossary.
        boolean situation = found.stream().map(f -> f.term().id()).distinct().count() >= 2;
        if (!hasEntry && !situation) {
            return false;
        }
        var best = knowledge.search(message, language, 1);
        return !best.isEmpty() && best.get(0).score() >= (hasEntry ? 1 : 2) * properties.minScore();
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile(
            "[\"“”„«»‘’‚‹›]([^\"“”„«»]{2,}?)[\"“”„«»‘’‚‹›]|(?<![\\p{L}])'([^'\\n]{3,}?)'(?![\\p{L}])");

    private static boolean insideQuote(String message, int position) {
        var m = QUOTED.matcher(message);
        while (m.find()) {
            if (m.start() <= position && position < m.end()) {
                return true;
            }
        }
        return false;
    }

    static boolean isLetter(String message) {
        return MessageShape.of(message) == MessageShape.LETTER;
    }

    StepResult explain(Turn turn, List<GlossaryTerm> terms) {
        Language language = turn.language();
        List<String> parts = new ArrayList<>();
        for (GlossaryTerm t : terms) {
            GlossaryTerm.Explanation e = t.text(language);
            parts.add(t.label() + "\n" + e.shortText().strip() + " " + e.longText().strip());
        }
        List<Button> offer = new ArrayList<>();
        for (GlossaryTerm t : terms) {
            moreAbout(t).ifPresent(entry -> offer.add(KnowledgeButtons.entry(entry, language)));
        }
        offer.add(buttons.person(language));
        String topic = "term:" + terms.get(0).id();
        return StepResult.answer(turn, Outcome.of(OutcomeKind.JARGON, topic),
                OutboundMessage.of(String.join("\n\n", parts), offer.stream().distinct().limit(4).toList()));
    }

    private java.util.Optional<FaqEntry> moreAbout(GlossaryTerm term) {
        return knowledge.moreAbout(term);
    }

    /**
     * The text read from a photo or scan of a letter (nl.wegwijs.letters): always a letter, whatever
     * its shape after OCR. The question log gets "letter (photo)" and the terms explained, no text.
     */
    private StepResult photographed(Turn turn) {
        var explained = letters.explain(turn.text(), turn.language());
        if (explained.isEmpty()) {
            return StepResult.answer(turn, Outcome.of(OutcomeKind.LETTER, PHOTO_TOPIC),
                    OutboundMessage.of(text.get(turn.language(), "letters.no-terms"), List.of(buttons.person(turn.language()))));
        }
        List<String> ids = knowledge.findTerms(turn.text(), turn.language()).stream().map(f -> f.term().id()).distinct().toList();
        String topic = ids.isEmpty() ? PHOTO_TOPIC : PHOTO_TOPIC + ": " + String.join(",", ids);
        return new StepResult.Answered(explained.get().messages(), turn.state(),
                Outcome.of(OutcomeKind.LETTER, topic.length() <= 100 ? topic : topic.substring(0, topic.lastIndexOf(',', 100))));
    }

    static final String PHOTO_TOPIC = "letter (photo)";

    private StepResult letter(Turn turn) {
        return letters.explain(turn.text(), turn.language())
                .<StepResult>map(e -> new StepResult.Answered(e.messages(), turn.state(), Outcome.of(OutcomeKind.LETTER, "letter")))
                .orElse(StepResult.pass());
    }
}
