package nl.wegwijs.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import nl.wegwijs.conversation.ConversationStep;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.Outcome;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.PipelineStage;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.conversation.Turn;
import nl.wegwijs.support.FakeTelegram;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The real telegrambots client, long polling a fake Bot API, through the whole pipeline. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
// Closed after the class, so the bot stops polling before its fake Bot API goes away with the JVM.
@org.springframework.test.annotation.DirtiesContext
class TelegramEndToEndIT {

    static final FakeTelegram telegram = new FakeTelegram();
    static final String LONG_ANSWER_TRIGGER = "please give me the long answer";

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("wegwijs.telegram.token", () -> FakeTelegram.TOKEN);
        registry.add("wegwijs.telegram.api-url", telegram::url);
    }


    /** Stands in for an explained letter, so the splitting of a long reply is seen end to end. */
    @TestConfiguration
    static class LongAnswer {
        @Bean
        ConversationStep longAnswer() {
            return new ConversationStep() {
                public PipelineStage stage() {
                    return PipelineStage.JARGON;
                }

                public StepResult handle(Turn turn) {
                    if (!turn.text().equals(LONG_ANSWER_TRIGGER)) {
                        return StepResult.pass();
                    }
                    String paragraph = "Dit is een lange uitleg van een woord uit een brief. ".repeat(20);
                    return StepResult.answer(turn, Outcome.of(OutcomeKind.LETTER, "test"),
                            OutboundMessage.of((paragraph + "\n\n").repeat(9).strip()));
                }
            };
        }
    }

    @Test
    void aParentStartsChoosesALanguageAsksSendsAStickerAndGetsALongAnswer() {
        long chat = 4242;
        telegram.deliver(
                telegram.text(chat, "/start org_xyz"),
                telegram.button(chat, "lang:en"),
                telegram.text(chat, "My son does not want to go to school anymore"),
                telegram.sticker(chat),
                telegram.voice(chat),
                telegram.text(chat, LONG_ANSWER_TRIGGER));

        await().atMost(Duration.ofSeconds(30)).until(() -> telegram.sentTo(chat).size() >= 9);
        List<JsonNode> sent = telegram.sentTo(chat);

        assertThat(sent.get(0).path("text").asString()).contains("Wegwijs").contains("112");
        assertThat(sent.get(1).path("reply_markup").path("inline_keyboard").toString())
                .contains("lang:ar").contains("Українська");
        assertThat(sent.get(2).path("text").asString()).contains("English");
        assertThat(sent.get(3).path("text").asString()).as("a question, answered in English").contains("I");
        assertThat(sent.get(4).path("text").asString()).contains("only read text");
        assertThat(sent.get(5).path("text").asString()).contains("voice");
        List<String> longParts = sent.subList(6, sent.size()).stream().map(n -> n.path("text").asString()).toList();
        assertThat(longParts).hasSizeGreaterThanOrEqualTo(3).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        assertThat(String.join(" ", longParts).replaceAll("\\s+", " "))
                .isEqualTo(("Dit is een lange uitleg van een woord uit een brief. ".repeat(20) + " ").repeat(9).strip().replaceAll("\\s+", " "));
        assertThat(sent).allSatisfy(m -> assertThat(m.has("parse_mode")).as("plain text, nothing to escape").isFalse());
        assertThat(telegram.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(FakeTelegram.path("answercallbackquery")))))
                .as("the language button's spinner is stopped").isNotEmpty();
    }

    @Test
    void aChildInDangerGetsTheNumbersInItsOwnLanguage() {
        long chat = 5150;
        telegram.deliver(telegram.text(chat, "мій тато б'є мене, мені 12 років"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !telegram.sentTo(chat).isEmpty());
        String text = telegram.sentTo(chat).get(0).path("text").asString();

        assertThat(text).contains("0800-0432").contains("0800-2000").containsPattern("[\\u0400-\\u04FF]{4,}");
    }

    @Test
    void waitsAsToldWhenTelegramAnswersTooManyRequests() {
        long chat = 777;
        telegram.rateLimitNextSend(1);
        telegram.deliver(telegram.text(chat, "/help"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !telegram.sentTo(chat).isEmpty()
                && telegram.server().getAllScenarios().getScenarios().stream()
                        .anyMatch(s -> s.getName().equals("429") && s.getState().equals("limited-once")));
        await().atMost(Duration.ofSeconds(30)).until(() -> telegram.sentTo(chat).size() >= 2);

        List<JsonNode> sent = telegram.sentTo(chat);
        assertThat(sent.get(0).toString()).isEqualTo(sent.get(1).toString());
        assertThat(sent.get(1).path("text").asString()).contains("/mens");
    }
}
