package nl.wegwijs.safety;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One line of a rules file, compiled.
 *
 * @param effect      what a match means: crisis kinds, a child writer, or a look-alike span
 * @param kinds       the crisis kinds a match signals (empty for CHILD-only and SAFE rules)
 * @param childMarker a match also says that the writer is a child ("mijn vader slaat mij")
 * @param severity    acute unless the rule is labelled {@code POSSIBLE}
 * @param tempers     labelled {@code TEMPERS}: the match says the danger lies in the past or there is no plan
 *                    ("vroeger sloeg hij me", "but I won't do anything"); then acute rules count as possible,
 *                    unless an {@code ACUTE_DANGER} rule (danger now) fires too
 * @param language    the code of the rules file ("ar" also for Arabizi and Darija): a hint for the reply language
 * @param source      file and line number, for test messages and reviews
 * @param starts      what every match begins with (up to {@value FirstLetters#START_LENGTH} characters,
 *                    {@link FirstLetters#starts}); empty when not known: {@link RuleIndex} runs such a rule always
 */
record Rule(Effect effect, Set<CrisisKind> kinds, boolean childMarker, Severity severity, boolean tempers,
        String language, Pattern pattern, String source, Set<String> starts) {

    /** How sure a crisis match is that someone is in danger now; {@code POSSIBLE} in the rules file lowers it. */
    enum Severity {
        /** The emergency reply first. */
        ACUTE,
        /** The normal answer plus one safety line. */
        POSSIBLE
    }

    enum Effect {
        /** A crisis phrase (may also mark a child writer). */
        CRISIS,
        /** Only says that the writer is a child or young person ("ik ben 13"). */
        CHILD,
        /** A look-alike phrase: a crisis match that lies wholly inside it does not count. */
        SAFE,
        /**
         * A danger word that alone decides nothing ("mes", "bang", "bloed"): the statistical signal may
         * raise a level only when one stands outside every look-alike span.
         */
        CUE
    }
}
