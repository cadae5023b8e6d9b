package nl.wegwijs.handoff;

/**
 * A community organisation whose volunteers take handoffs.
 *
 * @param groupChatId    its Telegram forum group, for intermediaries who receive handoffs as topics (or null)
 * @param crisisGuidance what its volunteers should do when a parent in a handoff writes about danger (or null: the default)
 */
record Organisation(String id, String name, Long groupChatId, String crisisGuidance) {

    Organisation(String id, String name, Long groupChatId) {
        this(id, name, groupChatId, null);
    }
}
