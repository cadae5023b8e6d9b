package nl.wegwijs.conversation;

/** How a turn ended and about what (an FAQ id, glossary term, crisis kind); never message text. */
public record Outcome(OutcomeKind kind, String topic) {

    public static Outcome of(OutcomeKind kind, String topic) {
        return new Outcome(kind, topic);
    }

    public static Outcome other() {
        return new Outcome(OutcomeKind.OTHER, null);
    }
}
