package nl.wegwijs.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;

/**
 * An OpenAI-compatible model endpoint faked at the HTTP level (WireMock), so the real langchain4j
 * client runs; started at once, configured through the variables an operator sets (README).
 */
public final class FakeModel {

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    public FakeModel() {
        server.start();
    }

    public WireMockServer server() {
        return server;
    }

    /** WEGWIJS_LLM_BASE_URL, WEGWIJS_LLM_API_KEY and WEGWIJS_LLM_TIMEOUT pointing at this fake. */
    public Map<String, String> variables(String timeout) {
        return Map.of("WEGWIJS_LLM_BASE_URL", server.baseUrl() + "/v1", "WEGWIJS_LLM_API_KEY", "test-key",
                "WEGWIJS_LLM_TIMEOUT", timeout);
    }
}
