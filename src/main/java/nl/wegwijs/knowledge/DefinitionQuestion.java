package nl.wegwijs.knowledge;

import java.util.regex.Pattern;

/**
 * "Wat betekent X", "what is X", "X nedir", "co to jest X", "що таке X", "ما معنى X", or a bare
 * "X?": a parent asking what a word means. Checked in every language at once, because parents
 * mix languages.
 */
final class DefinitionQuestion {

    private static final Pattern ASKS_MEANING = Pattern.compile(String.join("|",
            // nl
            "\\bwat\\s+(is|zijn|betekent|betekenen|bedoel\\w*|doet|doen|houdt|wil|staat|heet)\\b", "\\bbetekenis\\b",
            "\\buitleg\\b", "\\bwie\\s+(is|zijn)\\b",
            // en
            "\\bwhat\\s*('?s|is|are|does|do|means)\\b", "\\bmeaning\\b", "\\bmeans?\\b", "\\bstands?\\s+for\\b",
            "\\bexplain\\b", "\\bwho\\s+(is|are)\\b", "\\bdefinition\\b",
            // tr
            "\\bnedir\\b", "\\bne\\s+demek", "\\bne\\s+anlama", "\\banlam[ıi]", "\\bkimdir\\b", "\\bne\\s+yapar", "\\bbu\\s+ne\\b", "ne\\s+i[sş]e\\s+yarar", "\\bne\\s*dir\\b",
            // pl
            "\\bco\\s+to\\b", "\\bco\\s+robi\\b", "\\bco\\s+(znaczy|oznacza)\\b", "\\bznaczenie\\b", "\\bczym\\s+jest\\b", "\\bkto\\s+to\\b",
            // uk
            "(що|шо)\\s+(таке|означає|значить|це)", "хто\\s+(такий|така|такі)", "значення", "це\\s+(\\p{L}+\\s+)?таке",
            "\\b(shcho|scho|shco|sho)\\s+(take|tse|oznachaie|oznachaye)\\b", "\\b(khto|hto)\\s+(takyi|taka|taki)\\b",
            // ar, also spoken forms
            "ما\\s*(هو|هي|معنى)", "ماذا\\s+(يعني|تعني)", "معنى", "ما\\s+المقصود", "(شو|ايش|إيش|وش)\\s+(يعني|معنى|هو|هي)",
            "يعني\\s+(ايه|إيه|ايش|إيش|شو)", "من\\s+(هو|هي)", "(شنو|شنهو|اش)\\s+(هذا|هاد|هادي|يعني)",
            // Arabizi and Ukrainian in Latin letters
            "\\b(chno|chnou|shno|ach|shu|chou|eh|ish)\\s+(had|hada|hadi|hadchi|ya3ni|y3ni|da|dah|hay|hayda)\\b", "\\bya3ni\\s+(eh|ech|shu|chno)\\b",
            "\\b(shcho|scho|sho)\\s+(tse|ce|take|oznachaye)\\b"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private DefinitionQuestion() {
    }

    /** Short enough to be about one or two words, and phrased as a question about meaning. */
    static boolean asks(String text) {
        long words = WORD.matcher(text).results().count();
        if (words > 14) {
            return false;
        }
        return ASKS_MEANING.matcher(text).find() || (words <= 3);
    }

    /** Asks in words what something means ("wat is", "what does ... mean"), not just names it. */
    static boolean asksMeaning(String text) {
        return ASKS_MEANING.matcher(text).find();
    }
}
