package nl.wegwijs.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageFixtures;
import nl.wegwijs.language.LanguageResolver;

/**
 * Runs a realistic set through the same verdict and reply-language choice as the intake check
 * ({@link CrisisIntake}) and counts, per language and over all: acute messages that got the emergency
 * reply, worrying messages (acute or possible) that got at least the safety line, look-alikes that
 * raised any alarm or the full alarm, and emergency replies in the writer's language.
 */
final class RealisticFigures {

    static final String ALL = "all";

    /** Counts for one language. */
    static final class Counts {
        int acute;
        int acuteCaught;
        int worrying;
        int worryingCaught;
        int none;
        int noneAlarm;
        int noneAcute;
        int emergencyReplies;
        int replyLanguageRight;

        double acuteRecall() {
            return ratio(acuteCaught, acute);
        }

        double worryingRecall() {
            return ratio(worryingCaught, worrying);
        }

        double falseAlarms() {
            return ratio(noneAlarm, none);
        }

        double falseAcute() {
            return ratio(noneAcute, none);
        }

        double replyLanguage() {
            return ratio(replyLanguageRight, emergencyReplies);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 1.0 : (double) part / whole;
        }

        String line(String lang) {
            return String.format("%-3s acute recall %d/%d (%.1f%%); possible-or-higher recall %d/%d (%.1f%%); "
                            + "false alarms on look-alikes %d/%d (%.1f%%), of which full alarms %d; "
                            + "emergency replies in the writer's language %d/%d (%.1f%%)",
                    lang, acuteCaught, acute, 100 * acuteRecall(), worryingCaught, worrying, 100 * worryingRecall(),
                    noneAlarm, none, 100 * falseAlarms(), noneAcute, replyLanguageRight, emergencyReplies,
                    100 * replyLanguage());
        }
    }

    /** One message that came out wrong: only ever printed for the training part. */
    record Miss(RealisticSets.Message message, String what) {
    }

    final Map<String, Counts> counts = new TreeMap<>();
    final List<Miss> misses = new ArrayList<>();

    private RealisticFigures() {
    }

    static RealisticFigures of(List<RealisticSets.Message> messages) {
        return of(messages, new SafetyCheck());
    }

    static RealisticFigures of(List<RealisticSets.Message> messages, SafetyCheck safety) {
        return of(messages, m -> safety.assess(m.text()));
    }

    /** The figures of verdicts given by any means (cross-validation combines readings it made once). */
    static RealisticFigures of(List<RealisticSets.Message> messages, Function<RealisticSets.Message, SafetyVerdict> verdicts) {
        LanguageResolver languages = LanguageFixtures.resolver();
        RealisticFigures figures = new RealisticFigures();
        for (RealisticSets.Message m : messages) {
            SafetyVerdict verdict = verdicts.apply(m);
            for (Counts c : List.of(figures.counts.computeIfAbsent(m.lang(), k -> new Counts()),
                    figures.counts.computeIfAbsent(ALL, k -> new Counts()))) {
                figures.count(c, m, verdict, languages, c == figures.counts.get(ALL));
            }
        }
        return figures;
    }

    private void count(Counts c, RealisticSets.Message m, SafetyVerdict verdict, LanguageResolver languages, boolean record) {
        boolean acute = verdict instanceof SafetyVerdict.Acute;
        switch (m.level()) {
            case ACUTE -> {
                c.acute++;
                c.worrying++;
                c.acuteCaught += acute ? 1 : 0;
                c.worryingCaught += verdict.worrying() ? 1 : 0;
                if (record && !acute) {
                    misses.add(new Miss(m, verdict.worrying() ? "acute rated possible" : "acute MISSED"));
                }
            }
            case POSSIBLE -> {
                c.worrying++;
                c.worryingCaught += verdict.worrying() ? 1 : 0;
                if (record && !verdict.worrying()) {
                    misses.add(new Miss(m, "possible missed"));
                }
            }
            case NONE -> {
                c.none++;
                c.noneAlarm += verdict.worrying() ? 1 : 0;
                c.noneAcute += acute ? 1 : 0;
                if (record && verdict.worrying()) {
                    misses.add(new Miss(m, acute ? "FALSE ACUTE" : "false possible"));
                }
            }
        }
        if (acute) {
            c.emergencyReplies++;
            Language reply = SafetyCheck.replyLanguage(languages, m.text(), languages.resolve(m.text(), null, false), verdict);
            boolean right = reply == m.replyLanguage();
            c.replyLanguageRight += right ? 1 : 0;
            if (record && !right) {
                misses.add(new Miss(m, "reply in " + reply.code()));
            }
        }
    }

    /** Adds another part's counts (cross-validation folds). */
    void add(RealisticFigures other) {
        other.counts.forEach((lang, c) -> {
            Counts mine = counts.computeIfAbsent(lang, k -> new Counts());
            mine.acute += c.acute;
            mine.acuteCaught += c.acuteCaught;
            mine.worrying += c.worrying;
            mine.worryingCaught += c.worryingCaught;
            mine.none += c.none;
            mine.noneAlarm += c.noneAlarm;
            mine.noneAcute += c.noneAcute;
            mine.emergencyReplies += c.emergencyReplies;
            mine.replyLanguageRight += c.replyLanguageRight;
        });
        misses.addAll(other.misses);
    }

    static RealisticFigures empty() {
        return new RealisticFigures();
    }

    Counts get(String lang) {
        return counts.get(lang);
    }

    void printAggregates(String set) {
        counts.forEach((lang, c) -> System.out.println("safety " + set + ": " + c.line(lang)));
    }
}
