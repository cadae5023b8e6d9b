package nl.wegwijs.safety;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageResolver;
import nl.wegwijs.privacy.PersonalDataScrubber;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The rules and the reply texts, loaded once and shared by the intake check and the pipeline step.
 * Deterministic and without I/O: the same message always gets the same verdict in a millisecond.
 */
@Component
class SafetyCheck {

    static final String SECOND_OPINION_METRIC = "wegwijs.safety.second_opinion";

    private final CrisisDetector detector;
    private final EmergencyReplies replies;
    private final SecondOpinion secondOpinion;
    private final PersonalDataScrubber scrubber;
    private final MeterRegistry meters;

    SafetyCheck() {
        this(new CrisisDetector(), new EmergencyReplies());
    }

    SafetyCheck(CrisisDetector detector, EmergencyReplies replies) {
        this(detector, replies, null, null, null);
    }

    SafetyCheck(CrisisDetector detector, EmergencyReplies replies, SecondOpinion secondOpinion,
            PersonalDataScrubber scrubber, MeterRegistry meters) {
        this.detector = detector;
        this.replies = replies;
        this.secondOpinion = secondOpinion;
        this.scrubber = scrubber;
        this.meters = meters;
    }

    /** The Spring bean: a second opinion only when a model is configured (the llm module provides one). */
    @Autowired
    SafetyCheck(ObjectProvider<SecondOpinion> secondOpinion, ObjectProvider<PersonalDataScrubber> scrubber,
            ObjectProvider<MeterRegistry> meters) {
        this(new CrisisDetector(), new EmergencyReplies(), secondOpinion.getIfAvailable(),
                scrubber.getIfAvailable(PersonalDataScrubber::new), meters.getIfAvailable());
    }

    /** Rules and signal only: deterministic, no I/O, a few milliseconds. The intake uses this. */
    SafetyVerdict assess(String text) {
        return detector.assess(text);
    }

    /**
     * The verdict of {@link #assess}, raised (never lowered) by the model's second opinion when one is
     * configured. Acute stays acute without asking. The model sees only the scrubbed text; anything but
     * a well-formed verdict within {@link SecondOpinion#BUDGET} changes nothing. Counted by result.
     */
    SafetyVerdict withSecondOpinion(String text, SafetyVerdict rules) {
        if (secondOpinion == null || rules instanceof SafetyVerdict.Acute || text == null || text.isBlank()) {
            return rules;
        }
        SecondOpinion.Opinion opinion;
        try {
            opinion = secondOpinion.ask(scrubber.scrub(text), SecondOpinion.BUDGET);
        } catch (RuntimeException e) {
            opinion = new SecondOpinion.Opinion.Failed();
        }
        if (opinion instanceof SecondOpinion.Opinion.Verdict v) {
            return raise(rules, v);
        }
        return counted(opinion instanceof SecondOpinion.Opinion.Invalid ? "invalid"
                : opinion instanceof SecondOpinion.Opinion.TimedOut ? "timeout" : "error", rules);
    }

    private SafetyVerdict raise(SafetyVerdict rules, SecondOpinion.Opinion.Verdict opinion) {
        int current = rules instanceof SafetyVerdict.Possible ? 1 : 0;
        int proposed = opinion.level().ordinal();
        if (proposed <= current) {
            return counted("same", rules); // a second opinion never lowers
        }
        Set<CrisisKind> kinds = EnumSet.noneOf(CrisisKind.class);
        kinds.addAll(opinion.kinds());
        boolean child = false;
        List<String> languages = List.of();
        if (rules instanceof SafetyVerdict.Possible p) {
            kinds.addAll(p.kinds());
            child = p.childWriting();
            languages = p.ruleLanguages();
        }
        if (kinds.isEmpty()) {
            kinds.add(opinion.level() == SecondOpinion.Level.ACUTE ? CrisisKind.ACUTE_DANGER : CrisisKind.DISTRESS);
        }
        counted("raised", rules);
        return opinion.level() == SecondOpinion.Level.ACUTE ? new SafetyVerdict.Acute(kinds, child, languages)
                : new SafetyVerdict.Possible(kinds, child, languages);
    }

    private SafetyVerdict counted(String result, SafetyVerdict verdict) {
        if (meters != null) {
            Counter.builder(SECOND_OPINION_METRIC).description("Model second opinions on a message's danger level, by result")
                    .tag("result", result).register(meters).increment();
        }
        return verdict;
    }

    /** The bot's languages other than Dutch and English: the languages parents and children bring from home. */
    private static final Set<Language> HOME = EnumSet.of(Language.TR, Language.PL, Language.UK, Language.AR);
    /** Words of a home language beside Dutch or English that make it the reply language of an emergency. */
    static final int HOME_WORDS = 3;

    /** As {@link #replyLanguage(LanguageResolver, String, Language, SafetyVerdict)} without looking at the words. */
    static Language replyLanguage(Language current, SafetyVerdict verdict) {
        return replyLanguage(null, null, current, verdict);
    }

    /**
     * The writer's language for the safety texts (the one place that chooses it; intake, pipeline and
     * the realistic figures all ask here). The training writers label a message by the language the
     * writer brings from home:
     * <ol>
     * <li>A home language (Turkish, Polish, Ukrainian, Arabic) that the language detector reads stays, even
     * when only Dutch or English danger words matched ("ik kan het niet meer ... я вже все вирішила"), and
     * always when only the statistical signal said acute (its danger words are a weak sign of language:
     * an English "die" in Arabizi). Another home language whose rules fired wins over it (Ukrainian in Latin
     * letters that the detector takes for Polish).</li>
     * <li>In a Dutch or English message, a home language whose rules (or, for a raise by the signal alone,
     * danger words) matched wins: Darija and Arabizi fire the Arabic rules and get the Arabic reply even
     * when the detector took the Latin letters for something else.</li>
     * <li>Then a home language with at least {@link #HOME_WORDS} words of its own beside the Dutch
     * ({@link LanguageResolver#homeLanguageBeside}: "ik kan niet meer ... annem bilmesin ama ...").</li>
     * <li>Otherwise Dutch or English as read; danger words of the other one change that only for a rule
     * (an English "die" in a Dutch message that only the signal raised keeps Dutch).</li>
     * </ol>
     *
     * @param languages null to skip the word count (no text at hand)
     */
    static Language replyLanguage(LanguageResolver languages, String text, Language current, SafetyVerdict verdict) {
        List<String> fired = verdict.languagesOfRules();
        boolean signalOnly = verdict instanceof SafetyVerdict.Acute a && a.evidence() == SafetyVerdict.Evidence.SIGNAL_ONLY;
        Language firedHome = fired.stream().map(Language::fromCode).flatMap(java.util.Optional::stream)
                .filter(HOME::contains).findFirst().orElse(null);
        if (HOME.contains(current)) {
            if (!signalOnly && firedHome != null && !fired.contains(current.code())) {
                return firedHome;
            }
            if (signalOnly || fired.isEmpty() || fired.contains(current.code()) || current == Language.UK || current == Language.AR) {
                return current; // Cyrillic and Arabic letters are read for sure
            }
            // Turkish or Polish as Lingua read the Latin letters, with only Dutch or English danger words: its own words decide
            return languages != null && text != null && languages.homeLanguageBeside(text, HOME_WORDS).filter(current::equals).isPresent()
                    ? current : Language.fromCode(fired.get(0)).orElse(current);
        }
        if (firedHome != null && !fired.contains(current.code())) {
            return firedHome;
        }
        if (languages != null && text != null) {
            java.util.Optional<Language> beside = languages.homeLanguageBeside(text, HOME_WORDS);
            if (beside.isPresent()) {
                return beside.get();
            }
        }
        if (signalOnly || fired.isEmpty() || fired.contains(current.code())) {
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
