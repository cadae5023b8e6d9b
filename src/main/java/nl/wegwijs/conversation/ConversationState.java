package nl.wegwijs.conversation;

import java.time.Instant;
import java.util.Objects;
import nl.wegwijs.language.Language;

/**
 * What we remember of a conversation between messages: no message text, only what the next
 * answer needs. {@code language} is null until the first message or choice.
 */
public record ConversationState(
        ConversationKey key,
        Language language,
        boolean languageChosen,
        String referral,
        Stage stage,
        String ticketRef,
        Instant lastActivity,
        String lastTopic) {

    /**
     * Without a last topic. {@code lastTopic}: what the last answer was about, as an id
     * ("faq:jeugdhulp-kosten", "term:ots"), never text: a follow-up ("and what does it cost?")
     * and a language switch ("answer in Arabic") are answered from it.
     */
    public ConversationState(ConversationKey key, Language language, boolean languageChosen, String referral, Stage stage,
            String ticketRef, Instant lastActivity) {
        this(key, language, languageChosen, referral, stage, ticketRef, lastActivity, null);
    }

    public ConversationState {
        Objects.requireNonNull(key, "key");
        stage = stage == null ? Stage.BOT : stage;
        lastActivity = lastActivity == null ? Instant.now() : lastActivity;
    }

    public static ConversationState fresh(ConversationKey key) {
        return new ConversationState(key, null, false, null, Stage.BOT, null, Instant.now(), null);
    }

    public ConversationState withLanguage(Language newLanguage, boolean chosen) {
        return new ConversationState(key, newLanguage, chosen, referral, stage, ticketRef, lastActivity, lastTopic);
    }

    public ConversationState withReferral(String newReferral) {
        return new ConversationState(key, language, languageChosen, newReferral, stage, ticketRef, lastActivity, lastTopic);
    }

    public ConversationState withStage(Stage newStage, String newTicketRef) {
        return new ConversationState(key, language, languageChosen, referral, newStage, newTicketRef, lastActivity, lastTopic);
    }

    public ConversationState touchedAt(Instant when) {
        return new ConversationState(key, language, languageChosen, referral, stage, ticketRef, when, lastTopic);
    }

    public ConversationState withLastTopic(String topic) {
        return new ConversationState(key, language, languageChosen, referral, stage, ticketRef, lastActivity, topic);
    }
}
