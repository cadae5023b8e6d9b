package nl.wegwijs.channel.web;

import nl.wegwijs.limits.KeyedLimits;

/** The per-conversation allowance, checked once the conversation's id is known to be issued. */
record ConversationLimits(KeyedLimits limits) {

    KeyedLimits.Verdict check(String conversationId) {
        return limits.check(conversationId);
    }
}
