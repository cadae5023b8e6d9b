package nl.wegwijs.conversation;

/** How a turn ended, for the anonymous insights log. */
public enum OutcomeKind {
    ANSWERED,
    JARGON,
    LETTER,
    CRISIS,
    UNANSWERED,
    HANDOFF,
    COMMAND,
    OTHER
}
