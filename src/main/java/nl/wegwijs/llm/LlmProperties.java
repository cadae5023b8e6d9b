package nl.wegwijs.llm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional language model. Off unless a base URL is set ({@code WEGWIJS_LLM_BASE_URL}); the
 * API key only from the environment ({@code WEGWIJS_LLM_API_KEY}).
 *
 * @param provider  {@code openai} (any OpenAI-compatible server: vLLM, llama.cpp, Azure, Mistral) or {@code ollama}
 * @param timeout   the reply never waits longer for the model; then the curated answer goes out
 * @param workers   model calls run on this many threads of our own, never on a channel's thread
 */
@ConfigurationProperties("wegwijs.llm")
record LlmProperties(
        @DefaultValue("openai") String provider,
        String baseUrl,
        String apiKey,
        @DefaultValue("gpt-4o-mini") String model,
        @DefaultValue("8s") Duration timeout,
        @DefaultValue("4") int workers) {

    boolean enabled() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    @Override
    public String toString() {
        return "LlmProperties[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey == null || apiKey.isBlank() ? "unset" : "set") + "]";
    }
}
