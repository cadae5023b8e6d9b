package nl.wegwijs.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of message this is: a question, a parent's story (first person, "mijn zoon", a
 * question at the end) or an official letter pasted in (register: "Geachte", "u", "wij",
 * reference numbers, dates, "Met vriendelijke groet"). A story is answered; a letter explained.
 */
enum MessageShape {
    QUESTION, STORY, LETTER;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    static final int LONG_WORDS = 30;

    /** Marks of an official Dutch letter; each counts once. */
    private static final Pattern[] LETTER_MARKS = {
        Pattern.compile("\\bgeachte\\b", Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\b(hoogachtend|met vriendelijke groet(en)?)\\b", Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\b(kenmerk|ons kenmerk|uw kenmerk|dossiernummer|zaaknummer|referentie|betreft|onderwerp)\\s*:?", Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\b(hierbij|bijgaand|namens|wij nodigen u|u wordt|bent u het niet eens|u kunt|u mag|u heeft|u bent)\\b", Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\b\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \\d{4}\\b", Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}\\b|\\b\\d{4}-[A-Z]{2,}-\\d+\\b|\\b[A-Z]{2,}-\\d{4}-\\d+\\b"),
        Pattern.compile("\\b(uw (zoon|dochter|kind|kinderen|gezin|aanvraag))\\b", Pattern.CASE_INSENSITIVE),
        // a court's or a municipality's decision has no "Geachte" and no "u" ("Beschikking. De kinderrechter verleent ...")
        Pattern.compile("\\b(beschikking|rechtbank|de minderjarige|gecertificeerde instelling|verleent|sector familie)\\b", Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\b(kan|kunnen|wordt|worden) (\\p{L}+ ){0,4}(ingesteld|opgemaakt|uitbetaald)\\b", Pattern.CASE_INSENSITIVE),
    };
    private static final Pattern FORMAL = Pattern.compile("\\b(u|uw|wij)\\b", Pattern.CASE_INSENSITIVE);

    static MessageShape of(String text) {
        long words = WORD.matcher(text).results().count();
        if (words < LONG_WORDS) {
            return QUESTION;
        }
        int marks = 0;
        for (Pattern p : LETTER_MARKS) {
            marks += p.matcher(text).find() ? 1 : 0;
        }
        Matcher formal = FORMAL.matcher(text);
        int formalWords = 0;
        while (formal.find()) {
            formalWords++;
        }
        if (marks >= 2 || marks == 1 && formalWords >= 4) {
            return LETTER;
        }
        return STORY;
    }

    /** The sentences of a story with at least a few words (the topic is often named in one). */
    static java.util.List<String> sentences(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String s : text.split("(?<=[.!?؟;\\n])")) {
            if (WORD.matcher(s).results().count() >= MIN_SENTENCE_WORDS) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static final int MIN_SENTENCE_WORDS = 3;

    /** The question of a story: its last sentence with a question mark, else its last sentence; null when too short. */
    static String question(String text) {
        java.util.List<String> all = sentences(text);
        for (int i = all.size() - 1; i >= 0; i--) {
            String s = all.get(i);
            if (s.endsWith("?") || s.endsWith("؟")) {
                return s;
            }
        }
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }
}
