package nl.wegwijs.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import nl.wegwijs.support.ChatApiClient;
import java.util.Map;
import nl.wegwijs.support.FakeModel;
import nl.wegwijs.support.OperatorEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model's second opinion on danger (issue 9, item 6), through the web chat API, with an
 * OpenAI-compatible model faked by WireMock and configured through the operator's variables. It may
 * raise a level, never lower it; invalid JSON, a slow model and errors change nothing; every result
 * is counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SecondOpinionIT.Model.class)
@ActiveProfiles("test")
class SecondOpinionIT {

    static final FakeModel fake = new FakeModel();
    static final WireMockServer model = fake.server();


    static class Model extends OperatorEnvironment {
        @Override
        protected Map<String, String> variables() {
            return fake.variables("6s");
        }
    }

    /** The rules and the signal see nothing here; the phone number must never reach the model. */
    static final String ORDINARY = "Hoe vaak moet mijn baby van 3 maanden drinken? Mail me op jan.devries@example.nl";
    static final String SAFETY_LINE = "Veilig Thuis geeft gratis advies";
    static final String EMERGENCY = "Wat je vertelt is ernstig";
    static boolean warm;
    /** The rules rate this possible (distress). */
    static final String POSSIBLE = "ik kan het niet meer aan met de kinderen";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @AfterAll
    static void stop() {
        model.stop();
    }

    @BeforeEach
    void reset() {
        model.resetAll();
        // rephrasing fails, so the curated answer goes out: only the second opinion matters here
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(10).willReturn(aResponse().withStatus(500)));
        if (!warm) {
            // the first model call of a fresh JVM warms the HTTP client; on a busy machine it could take
            // most of the 3 s budget, which is not what these tests are about
            opinionSays("{\"level\":\"none\",\"kinds\":[]}", 0);
            send(ORDINARY);
            warm = true;
            model.resetAll();
            model.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(10).willReturn(aResponse().withStatus(500)));
        }
    }

    static void opinionSays(String content, int delayMs) {
        String body = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + JsonMapper.builder().build().writeValueAsString(content)
                + "},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing(LlmSecondOpinion.MARKER))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)
                        .withFixedDelay(delayMs)));
    }

    private String send(String text) {
        var reply = new ChatApiClient(port).text("opinion-" + System.nanoTime(), text);
        assertThat(reply.status()).isEqualTo(200);
        return reply.allText();
    }

    private double count(String result) {
        var counter = meters.find("wegwijs.safety.second_opinion").tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    private List<String> opinionRequests() {
        return model.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).stream()
                .map(r -> r.getBodyAsString()).filter(b -> b.contains(LlmSecondOpinion.MARKER)).toList();
    }

    @Test
    void raisesAMissedDangerToTheSafetyLineAndSeesOnlyTheScrubbedTextFencedAsData() {
        double before = count("raised");
        opinionSays("{\"level\":\"possible\",\"kinds\":[\"DOMESTIC_VIOLENCE\"]}", 0);

        assertThat(send(ORDINARY)).contains(SAFETY_LINE);

        assertThat(count("raised")).isEqualTo(before + 1);
        assertThat(opinionRequests()).singleElement().satisfies(sent -> assertThat(sent)
                .contains("<<<MESSAGE").contains("MESSAGE>>>").contains("baby van 3 maanden")
                .doesNotContain("jan.devries@example.nl"));
    }

    @Test
    void invalidJsonChangesNothing() {
        double before = count("invalid");
        opinionSays("Ik denk dat dit acuut is.", 0);

        assertThat(send(ORDINARY)).doesNotContain(SAFETY_LINE).doesNotContain(EMERGENCY);

        assertThat(count("invalid")).isEqualTo(before + 1);
    }

    @Test
    void aModelSlowerThanThreeSecondsChangesNothingAndTheReplyDoesNotWaitForIt() {
        double before = count("timeout");
        opinionSays("{\"level\":\"acute\",\"kinds\":[\"ACUTE_DANGER\"]}", 4_500);

        long start = System.nanoTime();
        String reply = send(ORDINARY);
        long ms = (System.nanoTime() - start) / 1_000_000;

        assertThat(reply).doesNotContain(EMERGENCY).doesNotContain(SAFETY_LINE);
        assertThat(count("timeout")).isEqualTo(before + 1);
        assertThat(ms).as("the 3 s budget, not the model's 4.5 s").isLessThan(4_400);
    }

    @Test
    void cannotLowerAPossibleDanger() {
        double before = count("same");
        opinionSays("{\"level\":\"none\",\"kinds\":[]}", 0);

        assertThat(send(POSSIBLE)).contains("0800-0113");

        assertThat(count("same")).isEqualTo(before + 1);
    }

    @Test
    void anErrorChangesNothing() {
        double before = count("error");
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing(LlmSecondOpinion.MARKER)).willReturn(aResponse().withStatus(503)));

        assertThat(send(ORDINARY)).doesNotContain(SAFETY_LINE);

        assertThat(count("error")).isEqualTo(before + 1);
    }

    @Test
    void acuteDangerIsAnsweredWithoutAskingTheModel() {
        opinionSays("{\"level\":\"none\",\"kinds\":[]}", 0);

        assertThat(send("mijn man slaat me nu, help")).contains(EMERGENCY);

        assertThat(opinionRequests()).isEmpty();
    }
}
