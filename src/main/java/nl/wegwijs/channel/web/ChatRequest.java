package nl.wegwijs.channel.web;

/** Body of POST /api/chat (DESIGN.md): a conversation id and either text or a button value. */
record ChatRequest(String conversationId, String text, String button) {
}
