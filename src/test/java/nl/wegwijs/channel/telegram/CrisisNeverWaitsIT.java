package nl.wegwijs.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import nl.wegwijs.support.FakeTelegram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A crisis never waits: with a language model that answers only after 20 s, every worker busy with
 * other parents' questions and the same parent's own question still waiting for the model, "my husband
 * is hitting me" gets the emergency reply before any of those answers. The model is configured
 * through the operator's WEGWIJS_LLM_* settings and faked with WireMock; Telegram too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
@DirtiesContext
class CrisisNeverWaitsIT {

    static final FakeTelegram telegram = new FakeTelegram();
    static final WireMockServer model = new WireMockServer(options().dynamicPort());
    static final String SLOW_QUESTION = "Wie kan mij helpen als mijn baby de hele avond huilt?";

    static {
        model.start();
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withFixedDelay(20_000)
                .withBody("{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                        + "\"message\":{\"role\":\"assistant\",\"content\":\"Te laat.\"},\"finish_reason\":\"stop\"}],"
                        + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}")));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("wegwijs.telegram.token", () -> FakeTelegram.TOKEN);
        registry.add("wegwijs.telegram.api-url", telegram::url);
        registry.add("wegwijs.inbox.workers", () -> "2");
        registry.add("wegwijs.llm.base-url", () -> model.baseUrl() + "/v1");
        registry.add("wegwijs.llm.api-key", () -> "test-key");
        registry.add("wegwijs.llm.timeout", () -> "30s");
    }

    @AfterAll
    static void stop() {
        model.stop();
    }

    @Test
    void theEmergencyReplyGoesOutWhileSlowModelCallsOfOtherChatsAndTheSameChatArePending() {
        long parent = 9001;
        telegram.deliver(telegram.text(9101, SLOW_QUESTION), telegram.text(9102, SLOW_QUESTION),
                telegram.text(9103, SLOW_QUESTION), telegram.text(parent, SLOW_QUESTION));
        await().atMost(Duration.ofSeconds(15)).until(() -> model.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).size() >= 2);

        telegram.deliver(telegram.text(parent, "my husband is hitting me"));

        await().atMost(Duration.ofSeconds(15)).until(() -> !telegram.sentTo(parent).isEmpty());
        assertThat(telegram.sentTo(parent)).hasSize(1);
        assertThat(telegram.sentTo(parent).get(0).path("text").asString()).contains("112").contains("0800-2000")
                // violence told in the present tense ("is hitting me") is danger now since brief s11b: the 112-now wording
                .containsAnyOf("Call 112", "Call now");
        assertThat(telegram.sentTo(parent).get(0).path("reply_markup").toString()).as("the offer of a person").contains("cmd:mens");
        assertThat(telegram.sent()).as("every slow answer is still pending").hasSize(1);
    }
}
