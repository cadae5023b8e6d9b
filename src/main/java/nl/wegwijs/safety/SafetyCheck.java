package nl.wegwijs.safety;

import java.util.List;
import nl.wegwijs.language.Language;
import org.springframework.stereotype.Component;

/**
 * The rules and the reply texts, loaded once and shared by the intake check and the pipeline step.
 * Deterministic and without I/O: the same message always gets the same verdict in a millisecond.
 */
@Component
class SafetyCheck {

    private final CrisisDetector detector;
    private final EmergencyReplies replies;

    SafetyCheck() {
        this(new CrisisDetector(), new EmergencyReplies());
    }

    SafetyCheck(CrisisDetector detector, EmergencyReplies replies) {
        this.detector = detector;
        this.replies = replies;
    }

    SafetyVerdict assess(String text) {
        return detector.assess(text);
    }

    /**
     * The writer's language for the safety texts: the language the conversation runs in, unless the
     * danger was written only in another language's words. Darija and Arabizi fire the Arabic rules,
     * so they get the Arabic reply even when the language detector took the Latin letters for
     * something else.
     */
    static Language replyLanguage(Language current, SafetyVerdict verdict) {
        List<String> fired = verdict.languagesOfRules();
        if (fired.isEmpty() || fired.contains(current.code())) {
            return current;
        }
        return Language.fromCode(fired.get(0)).orElse(current);
    }

    /** The full emergency reply text (without the button), for an acute verdict. */
    String emergencyText(SafetyVerdict.Acute acute, Language language) {
        return replies.compose(withAdviceLine(new CrisisSignal(acute.kinds(), acute.childWriting())), language);
    }

    String safetyLine(SafetyVerdict.Possible possible, Language language) {
        return replies.safetyLine(possible, language);
    }

    /**
     * Acute danger in a family (a partner's threat, someone at the door) is also a case for Veilig
     * Thuis, which advises day and night on what to do after the 112 call; so it is named too.
     */
    private static CrisisSignal withAdviceLine(CrisisSignal signal) {
        if (!signal.kinds().contains(CrisisKind.ACUTE_DANGER) || signal.kinds().contains(CrisisKind.MISSING_CHILD)) {
            return signal;
        }
        var kinds = java.util.EnumSet.copyOf(signal.kinds());
        kinds.add(CrisisKind.DOMESTIC_VIOLENCE);
        return new CrisisSignal(kinds, signal.childWriting());
    }
}
