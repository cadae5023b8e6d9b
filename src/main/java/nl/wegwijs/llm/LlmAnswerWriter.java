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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.wegwijs.knowledge.AnswerWriter;
import nl.wegwijs.language.Language;
import nl.wegwijs.safety.GroundingCheck;
import nl.wegwijs.safety.GroundingReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * Asks the model to say the curated answer so that it fits the parent's question, in the
 * parent's language, from the curated answer only (prompts/rephrase.md). The question is scrubbed
 * of personal data before it leaves the process and fenced as data in the request
 * (prompts/rephrase-request.md); the reply is sent only when the grounding check passes. Runs on
 * our own bounded executor and gives up after the configured timeout: a slow or failing model
 * costs the parent nothing but the rephrasing. Logs carry a reason code, never text.
 */
class LlmAnswerWriter implements AnswerWriter {

    private static final Logger log = LoggerFactory.getLogger(LlmAnswerWriter.class);

    private final ChatModel model;
    private final ExecutorService executor;
    private final LlmProperties properties;
    private final QuestionScrubber scrubber;
    private final GroundingCheck grounding;
    private final ModelAnswerMetrics metrics;
    private final String systemPrompt;
    private final String request;

    LlmAnswerWriter(ChatModel model, ExecutorService executor, LlmProperties properties, QuestionScrubber scrubber,
            GroundingCheck grounding, ModelAnswerMetrics metrics) {
        this.model = model;
        this.executor = executor;
        this.properties = properties;
        this.scrubber = scrubber;
        this.grounding = grounding;
        this.metrics = metrics;
        this.systemPrompt = prompt("prompts/rephrase.md");
        this.request = prompt("prompts/rephrase-request.md");
    }

    @Override
    public Optional<String> rephrase(String question, Language language, String curatedAnswer) {
        String user = request.replace("{language}", language.nativeName()).replace("{code}", language.code())
                .replace("{curated}", curatedAnswer)
                .replace("{question}", fenced(scrubber.scrub(question)));
        Future<String> call;
        try {
            call = executor.submit(() -> model.chat(SystemMessage.from(systemPrompt), UserMessage.from(user)).aiMessage().text());
        } catch (RejectedExecutionException e) {
            log.warn("model busy; curated answer sent");
            metrics.unavailable("busy");
            return Optional.empty();
        }
        String text;
        try {
            text = call.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            log.warn("model slower than {} ms; curated answer sent", properties.timeout().toMillis());
            metrics.unavailable("timeout");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            log.warn("model failed ({}); curated answer sent", e.getClass().getSimpleName());
            metrics.unavailable("error");
            return Optional.empty();
        }
        String answer = text == null ? "" : text.strip();
        Optional<GroundingReason> rejected = grounding.rejection(answer, curatedAnswer, language);
        if (rejected.isPresent()) {
            log.info("model answer rejected ({}); curated answer sent", rejected.get().code());
            metrics.rejected(rejected.get());
            return Optional.empty();
        }
        metrics.used();
        return Optional.of(answer);
    }

    /** The question cannot close its own fence: marker-like runs of angle brackets are removed. */
    static String fenced(String question) {
        return question.replaceAll("[<>«»‹›]{2,}", " ").replace("QUESTION>", "QUESTION ").replace("<QUESTION", " QUESTION");
    }

    private static String prompt(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing prompt " + path, e);
        }
    }
}
