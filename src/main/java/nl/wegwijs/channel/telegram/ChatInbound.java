package nl.wegwijs.channel.telegram;

import nl.wegwijs.conversation.InboundMessage;

/** A mapped update: our message, plus the callback to acknowledge when it came from a button. */
record ChatInbound(long chatId, InboundMessage message, String callbackQueryId) {
}
