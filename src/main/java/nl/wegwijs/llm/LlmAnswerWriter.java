package nl.wegwijs.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.wegwijs.knowledge.AnswerWriter;
import nl.wegwijs.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * Asks the model to say the curated answer so that it fits the parent's question, in the
 * parent's language, from the curated answer only (prompts/rephrase.md). Runs on our own bounded
 * executor and gives up after the configured timeout: a slow or failing model costs the parent
 * nothing but the rephrasing.
 */
class LlmAnswerWriter implements AnswerWriter {

    private static final Logger log = LoggerFactory.getLogger(LlmAnswerWriter.class);

    private final ChatModel model;
    private final ExecutorService executor;
    private final LlmProperties properties;
    private final String systemPrompt;

    LlmAnswerWriter(ChatModel model, ExecutorService executor, LlmProperties properties) {
        this.model = model;
        this.executor = executor;
        this.properties = properties;
        this.systemPrompt = prompt("prompts/rephrase.md");
    }

    @Override
    public Optional<String> rephrase(String question, Language language, String curatedAnswer) {
        String user = "Language: " + language.nativeName() + " (" + language.code() + ")\n\nQuestion:\n" + question
                + "\n\nCurated answer:\n" + curatedAnswer;
        Future<String> call;
        try {
            call = executor.submit(() -> model.chat(SystemMessage.from(systemPrompt), UserMessage.from(user)).aiMessage().text());
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.warn("model busy; curated answer sent");
            return Optional.empty();
        }
        try {
            String text = call.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
        } catch (TimeoutException e) {
            call.cancel(true);
            log.warn("model slower than {} ms; curated answer sent", properties.timeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("model failed ({}); curated answer sent", e.getClass().getSimpleName());
        }
        return Optional.empty();
    }

    private static String prompt(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing prompt " + path, e);
        }
    }
}
