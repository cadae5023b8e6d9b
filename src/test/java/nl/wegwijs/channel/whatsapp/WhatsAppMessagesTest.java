package nl.wegwijs.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The core's text and choices, fitted to WhatsApp; every body is also checked against {@link WhatsAppLimits}. */
class WhatsAppMessagesTest {

    static final WhatsAppMessages messages = new WhatsAppMessages(new InterfaceText());

    static List<ObjectNode> fit(String text, List<Button> buttons, Language language) {
        List<ObjectNode> bodies = messages.fit("31600000000", OutboundMessage.of(text, buttons), language);
        bodies.forEach(WhatsAppLimits::check);
        return bodies;
    }

    @Test
    void plainTextIsATextMessageAndALongOneIsSplitAtABoundary() {
        assertThat(fit("Hallo", List.of(), Language.NL)).singleElement()
                .satisfies(m -> assertThat(m.path("text").path("body").asString()).isEqualTo("Hallo"));
        String letter = "Dit is een zin van een lange brief. ".repeat(300).strip();
        List<ObjectNode> parts = fit(letter, List.of(), Language.NL);
        assertThat(parts).hasSize(3);
        assertThat(parts).allSatisfy(p -> assertThat(p.path("text").path("body").asString()).endsWith("brief."));
        assertThat(String.join(" ", parts.stream().map(p -> p.path("text").path("body").asString()).toList()))
                .isEqualToIgnoringWhitespace(letter);
    }

    @Test
    void upToThreeShortChoicesAreReplyButtons() {
        List<ObjectNode> bodies = fit("Wil je dat?", List.of(new Button("Ja, geef door", "ho:yes"), new Button("Nee", "ho:no")), Language.NL);
        assertThat(bodies).singleElement().satisfies(m -> {
            assertThat(m.path("interactive").path("type").asString()).isEqualTo("button");
            assertThat(m.path("interactive").path("action").path("buttons").get(0).path("reply").path("id").asString()).isEqualTo("ho:yes");
        });
    }

    @Test
    void aLabelOverTwentyCharactersOrAFourthChoiceMakesAListWithTheWholeLabelReadable() {
        List<ObjectNode> bodies = fit("Wil je dat?", List.of(new Button("Ja, geef door", "ho:yes"), new Button("Nee, liever niet", "ho:no"),
                new Button("Dat is niet mijn vraag", "ho:fix")), Language.NL);
        JsonNode list = bodies.get(0).path("interactive");
        assertThat(list.path("type").asString()).isEqualTo("list");
        assertThat(list.path("action").path("button").asString()).isEqualTo("Kies");
        assertThat(list.path("action").path("sections").get(0).path("rows").get(2).path("title").asString()).isEqualTo("Dat is niet mijn vraag");

        String long_ = "Wat doet het wijkteam precies voor ouders?";
        JsonNode row = fit("Meer", List.of(new Button(long_, "faq:wijkteam")), Language.NL).get(0)
                .path("interactive").path("action").path("sections").get(0).path("rows").get(0);
        assertThat(row.path("title").asString()).hasSize(24).endsWith("\u2026");
        assertThat(row.path("description").asString()).isEqualTo(long_);
    }

    @Test
    void moreThanTenChoicesGoInSeveralListsInTheUsersLanguage() {
        List<Button> many = IntStream.range(0, 12).mapToObj(i -> new Button("Onderwerp " + i, "faq:t" + i)).toList();
        List<ObjectNode> bodies = fit("Kies een onderwerp", many, Language.AR);
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0).path("interactive").path("action").path("sections").get(0).path("rows")).hasSize(10);
        assertThat(bodies.get(1).path("interactive").path("action").path("sections").get(0).path("rows")).hasSize(2);
        assertThat(bodies.get(1).path("interactive").path("body").path("text").asString()).isEqualTo("خيارات أخرى");
        assertThat(bodies.get(0).path("interactive").path("action").path("button").asString()).isEqualTo("اختر");
    }

    @Test
    void aLongTextWithChoicesEndsInABodyOfAtMost1024Characters() {
        String text = "Een zin over de jeugdzorg en wat die doet. ".repeat(60);
        List<ObjectNode> bodies = fit(text, List.of(new Button("Meer", "faq:x")), Language.NL);
        assertThat(bodies).hasSizeGreaterThan(1);
        assertThat(bodies.get(bodies.size() - 1).path("type").asString()).isEqualTo("interactive");
        assertThat(bodies.subList(0, bodies.size() - 1)).allSatisfy(b -> assertThat(b.path("type").asString()).isEqualTo("text"));
    }

    @Test
    void aChoiceWhoseValueIsTooLongForAnIdIsLeftOffNotTheMessage() {
        List<ObjectNode> bodies = fit("Tekst", List.of(new Button("Ok", "x".repeat(201)), new Button("Ja", "ho:yes")), Language.NL);
        assertThat(bodies.get(0).path("interactive").path("action").path("buttons")).hasSize(1);
    }

    @Test
    void countsCharactersAsWhatsAppDoesAndNeverCutsAnEmojiInTwo() {
        assertThat(WhatsAppMessages.length("😀😀")).isEqualTo(2);
        String cut = WhatsAppMessages.cut("😀".repeat(30), 24);
        assertThat(WhatsAppMessages.length(cut)).isEqualTo(24);
        assertThat(cut).endsWith("😀\u2026");
    }
}
