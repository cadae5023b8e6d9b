package nl.wegwijs.channel.web;

import java.security.SecureRandom;
import java.util.Base64;

/** Conversation ids the server makes for new web conversations: 128 random bits, not guessable. */
final class ConversationIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConversationIds() {
    }

    static String issue() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return "w-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }
}
