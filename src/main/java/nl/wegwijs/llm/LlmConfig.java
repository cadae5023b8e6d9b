package nl.wegwijs.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.wegwijs.privacy.PersonalDataScrubber;
import nl.wegwijs.safety.GroundingCheck;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** langchain4j wired by hand (its Spring starters do not fit Boot 4); only when a model is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${wegwijs.llm.base-url:}'.isBlank()")
class LlmConfig {

    @Bean
    ChatModel wegwijsChatModel(LlmProperties p) {
        if ("ollama".equalsIgnoreCase(p.provider())) {
            return OllamaChatModel.builder().baseUrl(p.baseUrl()).modelName(p.model()).timeout(p.timeout())
                    .temperature(0.2).build();
        }
        return OpenAiChatModel.builder().baseUrl(p.baseUrl()).apiKey(p.apiKey() == null ? "none" : p.apiKey())
                .modelName(p.model()).timeout(p.timeout()).maxRetries(0).temperature(0.2).build();
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService llmExecutor(LlmProperties p) {
        return new ThreadPoolExecutor(p.workers(), p.workers(), 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(p.workers() * 4),
                r -> {
                    Thread t = new Thread(r, "wegwijs-llm");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Its own small pool: the safety second opinion never queues behind rephrasing, nor the other way round. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService safetyOpinionExecutor(LlmProperties p) {
        return new ThreadPoolExecutor(p.workers(), p.workers(), 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(p.workers() * 4),
                r -> {
                    Thread t = new Thread(r, "wegwijs-safety-opinion");
                    t.setDaemon(true);
                    return t;
                });
    }

    @Bean
    LlmSecondOpinion llmSecondOpinion(ChatModel model, ExecutorService safetyOpinionExecutor) {
        return new LlmSecondOpinion(model, safetyOpinionExecutor);
    }

    @Bean
    LlmAnswerWriter llmAnswerWriter(ChatModel model, @org.springframework.beans.factory.annotation.Qualifier("llmExecutor") ExecutorService llmExecutor,
            LlmProperties p, PersonalDataScrubber scrubber, GroundingCheck grounding, ObjectProvider<MeterRegistry> registry) {
        return new LlmAnswerWriter(model, llmExecutor, p, scrubber::scrub, grounding,
                new ModelAnswerMetrics(registry.getIfAvailable(SimpleMeterRegistry::new)));
    }
}
