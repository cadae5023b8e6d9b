package nl.wegwijs.insights;

/** What a question record is about; the turn outcomes worth a trend, plus handoff events. */
enum RecordKind {
    ANSWERED,
    UNANSWERED,
    JARGON,
    LETTER,
    CRISIS,
    HANDOFF
}
