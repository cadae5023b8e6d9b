package nl.wegwijs.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.wegwijs.safety.CrisisKind;
import nl.wegwijs.safety.SecondOpinion;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model's second opinion on a message's danger level (prompts/second-opinion.md): the scrubbed
 * message fenced as data, a strict JSON verdict back. Runs on its own small bounded pool, so a busy
 * answer model never delays it and it never delays the answers; gives up after the budget. Never logs
 * the text.
 */
class LlmSecondOpinion implements SecondOpinion {

    /** Marks the request, so a reader of the model's logs (and a test fake) can tell it from rephrasing. */
    static final String MARKER = "SAFETY-SECOND-OPINION";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChatModel model;
    private final ExecutorService executor;
    private final String systemPrompt;

    LlmSecondOpinion(ChatModel model, ExecutorService executor) {
        this.model = model;
        this.executor = executor;
        try {
            this.systemPrompt = new ClassPathResource("prompts/second-opinion.md").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing prompt prompts/second-opinion.md", e);
        }
    }

    @Override
    public Opinion ask(String scrubbedText, Duration budget) {
        // the fence markers are taken out of the text, so the message cannot close its own fence
        String fenced = scrubbedText.replace("<<<", "").replace(">>>", "");
        String user = MARKER + "\n<<<MESSAGE\n" + fenced + "\nMESSAGE>>>";
        Future<String> call;
        try {
            call = executor.submit(() -> model.chat(SystemMessage.from(systemPrompt), UserMessage.from(user)).aiMessage().text());
        } catch (RejectedExecutionException e) {
            return new Opinion.Failed();
        }
        String answer;
        try {
            answer = call.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            return new Opinion.TimedOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Opinion.Failed();
        } catch (Exception e) {
            return new Opinion.Failed();
        }
        return parse(answer);
    }

    /** Strict: one JSON object with a known level and an array of known kinds, nothing else. */
    static Opinion parse(String answer) {
        if (answer == null) {
            return new Opinion.Invalid();
        }
        try {
            JsonNode root = JSON.readTree(answer.strip());
            if (root == null || !root.isObject() || !root.path("level").isString()) {
                return new Opinion.Invalid();
            }
            for (Iterator<String> names = root.propertyNames().iterator(); names.hasNext(); ) {
                String name = names.next();
                if (!name.equals("level") && !name.equals("kinds")) {
                    return new Opinion.Invalid();
                }
            }
            Level level = Level.valueOf(root.path("level").asString().toUpperCase(Locale.ROOT));
            Set<CrisisKind> kinds = EnumSet.noneOf(CrisisKind.class);
            JsonNode list = root.path("kinds");
            if (!list.isMissingNode()) {
                if (!list.isArray()) {
                    return new Opinion.Invalid();
                }
                for (JsonNode kind : list) {
                    kinds.add(CrisisKind.valueOf(kind.asString()));
                }
            }
            return new Opinion.Verdict(level, kinds);
        } catch (RuntimeException e) {
            return new Opinion.Invalid(); // not JSON, an unknown level or kind
        }
    }
}
