package nl.wegwijs.safety;

import java.time.Duration;
import java.util.Set;

/**
 * An optional second opinion on a message's danger level, from a language model when one is
 * configured (the adapter lives in {@code llm}). It may raise the level the rules and the signal gave,
 * never lower it; it only ever sees the scrubbed text, and the emergency reply at intake never waits
 * for it.
 */
public interface SecondOpinion {

    /** The most a message waits for the second opinion in the pipeline. */
    Duration BUDGET = Duration.ofSeconds(3);

    /**
     * @param scrubbedText the message with personal data replaced; the adapter passes it as data, fenced
     * @param budget       give up after this long and answer {@link Opinion.TimedOut}
     */
    Opinion ask(String scrubbedText, Duration budget);

    /** The danger levels a second opinion may name. */
    enum Level {
        NONE, POSSIBLE, ACUTE
    }

    /** What came back. Only a well-formed verdict can change anything. */
    sealed interface Opinion {

        /** A strict, well-formed verdict: {"level":"acute|possible|none","kinds":[...]}. */
        record Verdict(Level level, Set<CrisisKind> kinds) implements Opinion {
            public Verdict {
                kinds = Set.copyOf(kinds);
            }
        }

        /** The answer was not the strict JSON asked for. */
        record Invalid() implements Opinion {
        }

        /** No answer within the budget. */
        record TimedOut() implements Opinion {
        }

        /** The call failed (error status, network, the model's pool full). */
        record Failed() implements Opinion {
        }
    }
}
