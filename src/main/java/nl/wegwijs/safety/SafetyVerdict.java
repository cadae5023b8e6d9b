package nl.wegwijs.safety;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How worried the bot should be about one message. Graded, because a yes/no answer either cries
 * wolf on figurative speech or stays silent on a story that is worrying but not an emergency.
 */
public sealed interface SafetyVerdict {

    /**
     * Danger now: the emergency reply goes first, before anything slow.
     *
     * @param evidence what said "acute": a rule (the emergency reply and nothing else) or only the statistical
     *                 signal (the emergency reply first, then the normal answer, see {@link Evidence#SIGNAL_ONLY})
     */
    record Acute(Set<CrisisKind> kinds, boolean childWriting, List<String> ruleLanguages, Evidence evidence)
            implements SafetyVerdict {
        public Acute {
            kinds = copy(kinds);
            ruleLanguages = ruleLanguages == null ? List.of() : List.copyOf(ruleLanguages);
            if (evidence == null) {
                throw new IllegalArgumentException("an acute verdict says what said so");
            }
        }

        /** Acute by a rule (or a model's second opinion): the emergency reply alone. */
        public Acute(Set<CrisisKind> kinds, boolean childWriting, List<String> ruleLanguages) {
            this(kinds, childWriting, ruleLanguages, Evidence.RULE);
        }

        /** Whether the normal answer still follows the emergency block. */
        public boolean answerToo() {
            return evidence == Evidence.SIGNAL_ONLY;
        }
    }

    /** What raised a verdict to acute. */
    enum Evidence {
        /** An acute rule fired (or a model's second opinion said so): a situation the rules read as danger now. */
        RULE,
        /**
         * No acute rule fired; the statistical signal was confident, with a danger word outside every look-alike.
         * It catches new writers' crises the rules miss, and now and then it takes an ordinary question for one
         * (leave-one-file-out CV, README of safety): so the numbers go first, and the parent still gets the answer.
         */
        SIGNAL_ONLY
    }

    /** Worrying but not clearly acute: the normal answer, plus one safety line and the offer of a person. */
    record Possible(Set<CrisisKind> kinds, boolean childWriting, List<String> ruleLanguages) implements SafetyVerdict {
        public Possible {
            kinds = copy(kinds);
            ruleLanguages = ruleLanguages == null ? List.of() : List.copyOf(ruleLanguages);
        }
    }

    /** Nothing to worry about (or a figure of speech). */
    record None() implements SafetyVerdict {
    }

    static SafetyVerdict none() {
        return new None();
    }

    /**
     * The codes of the rule files that fired, most matches first ("ar" also for Darija and Arabizi),
     * so the reply can follow the language the danger was written in.
     */
    default List<String> languagesOfRules() {
        if (this instanceof Acute a) {
            return a.ruleLanguages();
        }
        return this instanceof Possible p ? p.ruleLanguages() : List.of();
    }

    /** True for {@link Acute} and {@link Possible}. */
    default boolean worrying() {
        return !(this instanceof None);
    }

    private static Set<CrisisKind> copy(Set<CrisisKind> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("a worrying verdict needs at least one kind");
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }
}
