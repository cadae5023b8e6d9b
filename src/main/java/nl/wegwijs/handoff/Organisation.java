package nl.wegwijs.handoff;

/**
 * A community organisation whose volunteers take handoffs.
 *
 * @param groupChatId its Telegram forum group, for intermediaries who receive handoffs as topics (or null)
 */
record Organisation(String id, String name, Long groupChatId) {
}
