package nl.wegwijs.conversation;

/** One step of the pipeline. Features contribute steps; the pipeline runs them in stage order. */
public interface ConversationStep {

    PipelineStage stage();

    StepResult handle(Turn turn);
}
