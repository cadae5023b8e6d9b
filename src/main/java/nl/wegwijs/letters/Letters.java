package nl.wegwijs.letters;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.Conversation;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.ConversationStore;
import nl.wegwijs.conversation.InboundMessage;
import nl.wegwijs.conversation.MessageKind;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.Reply;
import nl.wegwijs.conversation.Stage;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * A photographed or scanned letter, explained in the parent's language. The entry point for every
 * channel: {@link #explain} takes the file's bytes (web upload, WhatsApp media) and answers when
 * done; {@link #readLater} fetches a channel's file by its id and sends the answer when done (a
 * Telegram photo, after "reading your letter…"). Either way OCR runs on its own executor within a
 * time budget, and the text read goes through the whole pipeline as a {@link MessageKind#LETTER}:
 * the crisis check, then the letter explainer. The image and the text stay in memory: never stored,
 * never logged, and the question log gets only "letter (photo)" and the terms explained.
 */
@Service
public class Letters {

    private static final Logger log = LoggerFactory.getLogger(Letters.class);
    static final int EXCERPT_CHARS = 220;
    private static final Set<String> MIME_TYPES = Set.of("image/jpeg", "image/jpg", "image/png", "application/pdf",
            "application/octet-stream");

    private final LetterReader reader;
    private final LetterExecutor executor;
    private final ObjectProvider<Conversation> conversation;
    private final ConversationStore store;
    private final InterfaceText text;
    private final Buttons buttons;
    private final LettersProperties properties;
    private final Clock clock;

    Letters(LetterReader reader, LetterExecutor executor, ObjectProvider<Conversation> conversation,
            ConversationStore store, InterfaceText text, Buttons buttons, LettersProperties properties, Clock clock) {
        this.reader = reader;
        this.executor = executor;
        this.conversation = conversation;
        this.store = store;
        this.text = text;
        this.buttons = buttons;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Reads the letter and explains it; waits at most the time budget. For a channel that hands over
     * the bytes itself (web upload, WhatsApp media).
     *
     * @param mimeType what the sender says it is (checked against the bytes), or null
     * @param language the parent's language; null: the conversation's
     */
    public Reply explain(ConversationKey key, byte[] bytes, String mimeType, Language language) {
        Language parent = language != null ? language : languageOf(key);
        if (inHandoff(key)) {
            return say(parent, "letters.in-handoff");
        }
        if (mimeType != null && !MIME_TYPES.contains(mimeType.toLowerCase(Locale.ROOT).split(";")[0].strip())) {
            return refused(parent, Refusal.FORMAT);
        }
        Instant deadline = clock.instant().plus(properties.timeBudget());
        Optional<Future<Reading>> job = executor.submit(() -> reader.read(bytes, deadline));
        if (job.isEmpty()) {
            return refused(parent, Refusal.BUSY);
        }
        Reading reading = await(job.get(), properties.timeBudget());
        return answer(key, reading, parent);
    }

    /**
     * Fetches a channel's file and explains it off the reply path; the answer goes out through
     * {@code replies}. @return false when too many letters are waiting (nothing was started)
     */
    boolean readLater(ConversationKey key, Attachment attachment, LetterFiles files, LetterReplies replies, Language language) {
        Instant started = clock.instant();
        Instant deadline = started.plus(properties.timeBudget());
        return executor.submit(() -> {
            Reply reply;
            try {
                Reading reading = read(files, attachment, deadline);
                reply = clock.instant().isAfter(deadline) ? refused(language, Refusal.TIMEOUT) : answer(key, reading, language);
            } catch (RuntimeException e) {
                log.error("a letter could not be explained: {}", e.getClass().getSimpleName());
                reply = refused(language, Refusal.UNREADABLE);
            }
            try {
                replies.send(key, reply);
            } catch (RuntimeException e) {
                log.warn("the answer to a letter could not be sent: {}", e.getClass().getSimpleName());
            }
            log.info("letter read in {} ms", Duration.between(started, clock.instant()).toMillis());
            return null;
        }).isPresent();
    }

    private Reading read(LetterFiles files, Attachment attachment, Instant deadline) {
        byte[] bytes;
        try {
            bytes = files.fetch(attachment, properties.maxSize().toBytes());
        } catch (LetterFiles.TooLarge e) {
            return new Reading.Refused(Refusal.TOO_LARGE);
        } catch (IOException | RuntimeException e) {
            log.warn("a letter's file could not be fetched: {}", e.getClass().getSimpleName());
            return new Reading.Refused(Refusal.UNAVAILABLE);
        }
        return reader.read(bytes, deadline);
    }

    private static Reading await(Future<Reading> job, Duration budget) {
        try {
            return job.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            return new Reading.Refused(Refusal.TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reading.Refused(Refusal.TIMEOUT);
        } catch (ExecutionException e) {
            log.error("reading a letter failed: {}", e.getCause() == null ? "?" : e.getCause().getClass().getSimpleName());
            return new Reading.Refused(Refusal.UNREADABLE);
        }
    }

    private Reply answer(ConversationKey key, Reading reading, Language language) {
        if (reading instanceof Reading.Refused refused) {
            log.info("letter refused: {}", refused.reason());
            return refused(language, refused.reason());
        }
        Reading.Read read = (Reading.Read) reading;
        if (inHandoff(key)) {
            // A person took over while we were reading: what the parent says now is theirs to relay.
            return say(language, "letters.in-handoff");
        }
        Reply explained = conversation.getObject().handle(
                new InboundMessage(key, MessageKind.LETTER, read.text(), clock.instant()));
        List<OutboundMessage> messages = new ArrayList<>();
        messages.add(OutboundMessage.of(text.get(explained.language(), "letters.read", excerpt(read.text()))));
        messages.addAll(explained.messages());
        return new Reply(explained.language(), messages);
    }

    /** The start of what was read, on one line, cut at a word: enough to see it is the right letter. */
    static String excerpt(String read) {
        String flat = read.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT_CHARS);
        return flat.substring(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS) + " …";
    }

    Reply refused(Language language, Refusal reason) {
        return new Reply(language, List.of(OutboundMessage.of(text.get(language, reason.key()),
                List.of(buttons.person(language)))));
    }

    private Reply say(Language language, String key) {
        return new Reply(language, List.of(OutboundMessage.of(text.get(language, key))));
    }

    private boolean inHandoff(ConversationKey key) {
        return store.find(key).map(s -> s.stage() == Stage.IN_HANDOFF).orElse(false);
    }

    private Language languageOf(ConversationKey key) {
        return store.find(key).map(s -> s.language()).filter(l -> l != null).orElse(Language.NL);
    }
}
