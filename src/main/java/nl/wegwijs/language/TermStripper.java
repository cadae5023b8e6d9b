package nl.wegwijs.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;

/** Removes quoted Dutch domain terms from a message before its language is guessed. */
final class TermStripper {

    private final Pattern pattern;

    TermStripper(List<NeutralTerms> sources) {
        Set<String> terms = new TreeSet<>(builtIn());
        sources.forEach(s -> s.terms().forEach(t -> terms.add(t.toLowerCase(Locale.ROOT).strip())));
        terms.removeIf(t -> t.length() < 2);
        String alternation = terms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    String strip(String text) {
        return pattern.matcher(text).replaceAll(" ");
    }

    private static Set<String> builtIn() {
        try {
            String all = new ClassPathResource("language/neutral-terms.txt").getContentAsString(StandardCharsets.UTF_8);
            return all.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
