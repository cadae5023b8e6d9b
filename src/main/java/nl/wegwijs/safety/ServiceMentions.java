package nl.wegwijs.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a text names a service of the catalogue, in any of its names. Latin names may carry
 * a short case ending (Polish "wijkteamu"); Arabic-script names may carry a prefix (وال، بال، لل);
 * all-capital abbreviations match only in capitals, so "gi" in a word is not the GI. A name that
 * several services share ("neighbourhood team": wijkteam and buurtteam) names all of them at once.
 */
final class ServiceMentions {

    /** @param services the services this name stands for (one, or several that share it) */
    record Mention(Set<String> services, int start, int end) {

        boolean names(Set<String> any) {
            return services.stream().anyMatch(any::contains);
        }
    }

    private record Finder(Set<String> services, Pattern pattern) {
    }

    private final List<Finder> finders = new ArrayList<>();

    ServiceMentions(ServiceCatalogue catalogue) {
        Map<String, Set<String>> byName = new TreeMap<>();
        Map<String, String> spelling = new TreeMap<>();
        for (ServiceCatalogue.Service s : catalogue.services()) {
            for (String raw : s.names()) {
                String name = Digits.normalise(raw).strip();
                if (name.codePointCount(0, name.length()) < 2 || name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String key = capitals(name) ? name : name.toLowerCase(Locale.ROOT);
                byName.computeIfAbsent(key, k -> new TreeSet<>()).add(s.id());
                spelling.putIfAbsent(key, name);
            }
        }
        // Longest names first, so "Raad voor de Kinderbescherming" is found before "de raad" inside it.
        byName.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(key -> {
            String name = spelling.get(key);
            int flags = capitals(name) ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            finders.add(new Finder(Set.copyOf(byName.get(key)), Pattern.compile(one(name), flags)));
        });
    }

    private static boolean capitals(String name) {
        return name.length() <= 5 && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String one(String name) {
        String quoted = Pattern.quote(name);
        if (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
            return quoted;
        }
        String ending = name.length() >= 5 && !capitals(name) ? "\\p{L}{0,3}" : "";
        return "(?<![\\p{L}\\p{N}])" + quoted + ending + "(?![\\p{L}\\p{N}])";
    }

    /** Mentions that do not overlap a longer one found first. @param text already {@link Digits#normalise normalised} */
    List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Finder f : finders) {
            Matcher m = f.pattern().matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end() && free; i++) {
                    free = !taken[i];
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    found.add(new Mention(f.services(), m.start(), m.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** Every service named, one or several per mention. */
    Set<String> services(String text) {
        Set<String> all = new HashSet<>();
        find(text).forEach(m -> all.addAll(m.services()));
        return all;
    }
}
