package nl.wegwijs.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.springframework.stereotype.Component;

/**
 * Explains an official letter to a parent: every known term in the order it appears, then what the
 * letter asks of them when it is one of the common kinds ({@link LetterKind}, text in
 * {@code faq/letters.yaml}), then the words it could not explain and the offer of a person.
 * One entry point for a pasted letter (the jargon step) and a photographed one (OCR).
 */
@Component
public class LetterExplainer {

    private static final int MESSAGE_CHARS = 900;

    /** The reply to a letter; {@code kind} is empty when it is none of the common kinds. */
    public record Explanation(List<OutboundMessage> messages, Optional<LetterKind> kind) {
    }

    private final Knowledge knowledge;
    private final InterfaceText text;
    private final Buttons buttons;

    LetterExplainer(Knowledge knowledge, InterfaceText text, Buttons buttons) {
        this.knowledge = knowledge;
        this.text = text;
        this.buttons = buttons;
    }

    /**
     * @param letter the letter's text (Dutch), possibly with the parent's own words around it
     * @param reader the language to explain it in
     * @return empty when the text has no known term and is none of the common kinds
     */
    public Optional<Explanation> explain(String letter, Language reader) {
        List<TermFinder.Found> found = knowledge.findTerms(letter, reader);
        Optional<LetterKind> kind = LetterKind.of(letter);
        Optional<String> asks = kind.flatMap(knowledge::letterGuidance).map(g -> g.text(reader));
        if (found.isEmpty() && asks.isEmpty()) {
            return Optional.empty();
        }
        List<OutboundMessage> messages = new ArrayList<>();
        if (!found.isEmpty()) {
            StringBuilder current = new StringBuilder(text.get(reader, "letter.intro", found.size()));
            for (TermFinder.Found f : found) {
                String line = "\n\n• " + f.term().label() + ": " + f.term().text(reader).shortText().strip();
                if (current.length() + line.length() > MESSAGE_CHARS) {
                    messages.add(OutboundMessage.of(current.toString()));
                    current = new StringBuilder(line.strip());
                } else {
                    current.append(line);
                }
            }
            messages.add(OutboundMessage.of(current.toString()));
        }
        asks.ifPresent(t -> messages.add(OutboundMessage.of(t)));
        List<String> unknown = knowledge.unknownAbbreviations(letter);
        String closing = unknown.isEmpty() ? text.get(reader, "letter.offer")
                : text.get(reader, "letter.unknown", String.join(", ", unknown)) + " " + text.get(reader, "letter.offer");
        List<Button> offer = new ArrayList<>();
        offer.add(buttons.person(reader));
        found.stream().limit(2).forEach(f -> offer.add(new Button(f.term().abbreviations().isEmpty() ? f.term().term()
                : f.term().abbreviations().get(0), KnowledgeButtons.TERM + f.term().id())));
        messages.add(OutboundMessage.of(closing, offer));
        return Optional.of(new Explanation(List.copyOf(messages), kind));
    }
}
