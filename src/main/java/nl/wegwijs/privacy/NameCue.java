package nl.wegwijs.privacy;

import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A context in which the next words are a name: "mijn zoon ...", "Pani ...", "Groetjes, ...".
 * The pattern captures generously (group {@code name}); the trimmer cuts it back to the words that really are
 * a name, or to "" when the cue was a false alarm ("I'm Dutch", "ابني عمره").
 */
final class NameCue {
    private final Pattern pattern;
    private final UnaryOperator<String> trimmer;

    NameCue(Pattern pattern, UnaryOperator<String> trimmer) {
        this.pattern = pattern;
        this.trimmer = trimmer;
    }

    /** Replaces the names this cue finds and adds them to {@code found}, so other mentions can be removed too. */
    String apply(String text, Set<String> found) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int last = 0;
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            String name = trimmer.apply(m.group("name"));
            if (name.isEmpty()) {
                // A false alarm may overlap a real cue ("caseworker Ms. Peters"): look again one character on.
                from = m.start() + 1;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            found.add(name);
            int start = m.start("name");
            out.append(text, last, start).append(Placeholder.NAAM.token());
            last = start + name.length();
            from = last;
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }
}
