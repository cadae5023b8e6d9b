package nl.wegwijs.privacy;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule that is one pattern. If the pattern has a group named {@code pii}, only that group is replaced,
 * so a cue such as "geboren op" stays readable in front of the placeholder.
 */
final class RegexRule implements ScrubRule {
    private final Pattern pattern;
    private final Placeholder placeholder;
    private final Predicate<String> accept;
    private final boolean hasPiiGroup;

    RegexRule(Pattern pattern, Placeholder placeholder) {
        this(pattern, placeholder, s -> true);
    }

    RegexRule(Pattern pattern, Placeholder placeholder, Predicate<String> accept) {
        this.pattern = pattern;
        this.placeholder = placeholder;
        this.accept = accept;
        this.hasPiiGroup = pattern.pattern().contains("(?<pii>");
    }

    @Override
    public String apply(String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            int start = hasPiiGroup ? m.start("pii") : m.start();
            int end = hasPiiGroup ? m.end("pii") : m.end();
            if (start < 0 || !accept.test(text.substring(start, end))) {
                continue;
            }
            out.append(text, last, start).append(placeholder.token());
            last = end;
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }
}
