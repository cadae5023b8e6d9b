package nl.wegwijs.handoff;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.knowledge.StartingPoints;
import nl.wegwijs.knowledge.TopicTitles;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.springframework.stereotype.Component;

/** The handoff's messages to parents, in their language, from {@code i18n/handoff_<code>.properties}. */
@Component
class ParentTexts {

    static final String YES = "ho:yes";
    static final String NO = "ho:no";
    static final String FIX = "ho:fix";

    private final InterfaceText text;
    private final Buttons buttons;
    private final StartingPoints startingPoints;
    private final TopicTitles topics;

    ParentTexts(InterfaceText text, Buttons buttons, StartingPoints startingPoints, TopicTitles topics) {
        this.text = text;
        this.buttons = buttons;
        this.startingPoints = startingPoints;
        this.topics = topics;
    }

    String get(Language language, String key, Object... args) {
        return text.get(language, key, args);
    }

    /** Exactly what the intermediary will see, and who they are, before anything is shared. */
    OutboundMessage consent(Language language, String wanted, String topic, String question) {
        return consent(language, wanted, topic, question, List.of());
    }

    /**
     * @param groups organisations whose volunteers would read along together in a group, each as
     *               "name: volunteer, volunteer": said before anything is shared (honest group mode)
     */
    OutboundMessage consent(Language language, String wanted, String topic, String question, List<String> groups) {
        String lacking = LanguageNames.botSpeaks(wanted) ? ""
                : text.get(language, "handoff.consent.lacking", LanguageNames.display(wanted, language), language.nativeName()) + "\n\n";
        if (!groups.isEmpty()) {
            lacking += text.get(language, "handoff.consent.group", String.join("\n", groups.stream().map(g -> "- " + g).toList()))
                    + "\n\n";
        }
        String body = text.get(language, "handoff.consent", LanguageNames.display(wanted, language),
                topic(topic, language), question == null || question.isBlank() ? text.get(language, "handoff.question.none")
                        : "\"" + question + "\"");
        return OutboundMessage.of(lacking + body, yesNoFix(language));
    }

    OutboundMessage askCorrection(Language language) {
        return OutboundMessage.of(text.get(language, "handoff.fix.ask"));
    }

    OutboundMessage consentAgain(Language language) {
        return OutboundMessage.of(text.get(language, "handoff.consent.again"), yesNo(language));
    }

    String topic(String topic, Language language) {
        if (topic == null) {
            return text.get(language, "handoff.topic.none");
        }
        return topics.title(topic, language).orElse(topic);
    }

    OutboundMessage withStop(Language language, String body) {
        return OutboundMessage.of(body, List.of(buttons.stop(language)));
    }

    OutboundMessage withPerson(Language language, String body) {
        return OutboundMessage.of(body, List.of(buttons.person(language)));
    }

    OutboundMessage noOneAvailable(Language language, String wanted, Optional<ZonedDateTime> expected) {
        String name = LanguageNames.display(wanted, language);
        String body = expected.map(at -> text.get(language, "handoff.none", name, when(at, language), startingPoints.text(language)))
                .orElseGet(() -> text.get(language, "handoff.none.unknown", name, startingPoints.text(language)));
        return withStop(language, body);
    }

    OutboundMessage waitingLong(Language language) {
        return withStop(language, text.get(language, "handoff.waiting-long", startingPoints.text(language)));
    }

    private List<Button> yesNoFix(Language language) {
        return List.of(new Button(text.get(language, "handoff.button.yes"), YES),
                new Button(text.get(language, "handoff.button.no"), NO),
                new Button(text.get(language, "handoff.button.fix"), FIX));
    }

    private List<Button> yesNo(Language language) {
        return List.of(new Button(text.get(language, "handoff.button.yes"), YES),
                new Button(text.get(language, "handoff.button.no"), NO));
    }

    /** "maandag 09:00": a weekday and time the parent can read, in the zone of the availability hours. */
    static String when(ZonedDateTime at, Language language) {
        return DateTimeFormatter.ofPattern("EEEE HH:mm", language.locale()).format(at);
    }
}
