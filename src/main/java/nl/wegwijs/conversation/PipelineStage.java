package nl.wegwijs.conversation;

/** The fixed order of the pipeline (DESIGN.md): the first stage that answers ends it. */
public enum PipelineStage {
    SAFETY,
    COMMANDS,
    HANDOFF,
    JARGON,
    FAQ,
    FALLBACK
}
