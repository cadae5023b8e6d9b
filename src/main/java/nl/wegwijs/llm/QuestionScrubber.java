package nl.wegwijs.llm;

/** The project's personal-data scrubber, as the one thing the model path needs from it. */
@FunctionalInterface
interface QuestionScrubber {

    String scrub(String question);
}
