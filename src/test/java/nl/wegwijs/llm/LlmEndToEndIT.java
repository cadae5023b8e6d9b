package nl.wegwijs.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import nl.wegwijs.support.ChatApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import java.util.Map;
import nl.wegwijs.support.FakeModel;
import nl.wegwijs.support.OperatorEnvironment;
import tools.jackson.databind.json.JsonMapper;

/** The real langchain4j OpenAI client against an OpenAI-compatible endpoint faked with WireMock. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LlmEndToEndIT.Env.class)
@ActiveProfiles("test")
class LlmEndToEndIT {

    static final FakeModel fake = new FakeModel();
    static final WireMockServer model = fake.server();
    static final String QUESTION = "Wie kan mij helpen als mijn baby de hele avond huilt?";


    /** Configured as an operator does it: the variables README.md documents. */
    static class Env extends OperatorEnvironment {
        @Override
        protected Map<String, String> variables() {
            return fake.variables("2s");
        }
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stop() {
        model.stop();
    }

    @BeforeEach
    void reset() {
        model.resetAll();
    }

    static void modelSays(String text, int delayMs, int status) {
        String body = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + JsonMapper.builder().build().writeValueAsString(text)
                + "},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body).withFixedDelay(delayMs)));
    }

    private String ask() {
        var reply = new ChatApiClient(port).text("llm-" + System.nanoTime(), QUESTION);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().path("messages").get(0).path("text").asString();
    }

    @Test
    void usesTheModelsWordingWhenItKeepsToTheCuratedFacts() {
        modelSays("Wat zwaar als je baby elke avond huilt. Alle baby's huilen, in de eerste weken vaak meer. Je kunt met je "
                + "vragen terecht bij het consultatiebureau, dat is gratis. Is je baby ziek of heeft hij koorts? Bel dan de "
                + "huisarts. Schud je baby nooit.", 0, 200);

        assertThat(ask()).startsWith("Wat zwaar als je baby elke avond huilt.");
        // the safety second opinion asks the same model first; the rephrasing request is the other one
        var sent = model.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).stream()
                .map(r -> r.getBodyAsString()).filter(b -> !b.contains(LlmSecondOpinion.MARKER)).findFirst().orElseThrow();
        assertThat(sent).contains("baby de hele avond huilt").contains("<<<CURATED");
    }

    @Test
    void sendsTheCuratedAnswerWhenTheModelInventsAPhoneNumber() {
        modelSays("Bel de huilbaby-lijn op 0800-1234567, die helpt altijd.", 0, 200);

        assertThat(ask()).doesNotContain("0800-1234567").doesNotContain("huilbaby-lijn");
    }

    @Test
    void sendsTheCuratedAnswerWhenTheModelIsTooSlow() {
        modelSays("Te laat.", 5000, 200);

        assertThat(ask()).doesNotContain("Te laat.").isNotBlank();
    }

    @Test
    void sendsTheCuratedAnswerWhenTheModelFails() {
        modelSays("{}", 0, 500);

        assertThat(ask()).isNotBlank();
    }
}
