package nl.wegwijs.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageDetector;

/**
 * Generated text may only say what the curated answer it was given says. A model that swaps two
 * numbers, drops one, invents a service or promises what nobody can promise sends a frightened
 * parent to the wrong place, so one failed rule rejects the whole text and the curated answer is
 * sent. Every comparison runs on {@link Digits#normalise normalised} text, so digits of any script
 * and full-width forms are the numbers they stand for.
 *
 * <p>The rules, in order: not empty, not much longer than the curated answer; every number (any
 * run of digits: phone, price, age, duration) occurs in it; every phone number of it is kept and
 * stands next to the same service as there (or its owner by faq/verified-numbers.yaml); web hosts
 * exactly as there; the same services, none added and none dropped; no other capitalised name; no
 * price, period or promise it does not make; and the language asked for.
 */
public final class GroundingCheck {

    /** Runs of digits joined by one space or hyphen: "088-555 1000" is one number. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[ \\-‐‑–]\\d+)*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern HOST = Pattern.compile(
            "(?<![\\p{L}\\p{N}.\\-])(?:https?://)?((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,24})(?![\\p{L}\\p{N}\\-])");
    /** A sentence ends at . ! ? ؟ ; … followed by a space or the end, or at a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟;…]+(?=\\s|$)|\\n");
    private static final Pattern LATIN_OR_CYRILLIC_WORD = Pattern.compile("[\\p{IsLatin}\\p{IsCyrillic}]{2,}");
    /** A model's answer may be this much longer than the curated one (it may add a warm first line). */
    private static final double LENGTH_FACTOR = 1.5;
    private static final int LENGTH_SLACK = 80;

    private final ServiceMentions mentions;
    private final Map<String, Set<String>> owners = new HashMap<>();
    private final LanguageDetector detector;

    public GroundingCheck(ServiceCatalogue catalogue, LanguageDetector detector) {
        this.mentions = new ServiceMentions(catalogue);
        this.detector = detector;
        catalogue.verifiedNumbers().forEach((number, name) ->
                owners.put(digits(number), mentions.services(Digits.normalise(name))));
    }

    /** @return why the generated text may not be sent, or empty when it keeps to the curated answer */
    public Optional<GroundingReason> rejection(String generated, String curated, Language language) {
        if (generated == null || generated.isBlank()) {
            return Optional.of(GroundingReason.EMPTY);
        }
        if (generated.strip().length() > curated.strip().length() * LENGTH_FACTOR + LENGTH_SLACK) {
            return Optional.of(GroundingReason.TOO_LONG);
        }
        Facts out = new Facts(Digits.normalise(generated));
        Facts in = new Facts(Digits.normalise(curated));
        return numbers(out, in)
                .or(() -> hosts(out, in))
                .or(() -> services(out, in))
                .or(() -> names(out, in))
                .or(() -> claims(Claims.PRICES, false, out, in, GroundingReason.PRICE))
                .or(() -> claims(Claims.DURATIONS, false, out, in, GroundingReason.DURATION))
                .or(() -> claims(Claims.PROMISES, true, out, in, GroundingReason.PROMISE))
                .or(() -> language(generated, language));
    }

    private Optional<GroundingReason> numbers(Facts out, Facts in) {
        Set<String> inRuns = runs(in.text);
        if (!inRuns.containsAll(runs(out.text))) {
            return Optional.of(GroundingReason.NUMBER_ADDED);
        }
        Set<String> inNumbers = in.pairs.stream().map(Pair::number).collect(Collectors.toSet());
        Set<String> outNumbers = out.pairs.stream().map(Pair::number).collect(Collectors.toSet());
        if (outNumbers.stream().anyMatch(n -> n.length() >= 5 && !inNumbers.contains(n))) {
            return Optional.of(GroundingReason.NUMBER_ADDED);
        }
        if (inNumbers.stream().filter(this::isPhone).anyMatch(n -> !outNumbers.contains(n))) {
            return Optional.of(GroundingReason.NUMBER_DROPPED);
        }
        for (Pair p : out.pairs) {
            Set<String> own = owners.getOrDefault(p.number(), Set.of());
            boolean allowed = p.services().isEmpty() || p.names(own) || in.pairs.stream()
                    .anyMatch(i -> i.number().equals(p.number()) && p.names(i.services()));
            if (!allowed) {
                return Optional.of(GroundingReason.NUMBER_MOVED);
            }
        }
        // A number that stands by its own service in the curated answer still does so.
        for (Pair p : in.pairs) {
            Set<String> own = owners.getOrDefault(p.number(), Set.of());
            if (p.names(own) && out.pairs.stream().noneMatch(o -> o.number().equals(p.number()) && o.names(own))) {
                return Optional.of(GroundingReason.NUMBER_MOVED);
            }
        }
        return Optional.empty();
    }

    private boolean isPhone(String number) {
        return owners.containsKey(number) || number.length() >= 7;
    }

    private static Optional<GroundingReason> hosts(Facts out, Facts in) {
        return in.hosts.containsAll(out.hosts) ? Optional.empty() : Optional.of(GroundingReason.WEB_HOST);
    }

    /** A name several services share counts as any of them, both ways. */
    private static Optional<GroundingReason> services(Facts out, Facts in) {
        if (!out.found.stream().allMatch(m -> m.names(in.services))) {
            return Optional.of(GroundingReason.SERVICE_ADDED);
        }
        return in.found.stream().allMatch(m -> m.names(out.services)) ? Optional.empty()
                : Optional.of(GroundingReason.SERVICE_DROPPED);
    }

    /**
     * A name the catalogue cannot know ("Stichting Huilhulp"): a capitalised word inside a sentence,
     * or a Latin word in an Arabic text, must be a word of the curated answer or part of a service
     * name it gives.
     */
    private static Optional<GroundingReason> names(Facts out, Facts in) {
        Set<String> known = words(in.text);
        for (int[] span : out.nameSpans()) {
            String word = out.text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
            if (!known.contains(word) && !out.inMention(span[0])) {
                return Optional.of(GroundingReason.UNKNOWN_NAME);
            }
        }
        return Optional.empty();
    }

    private static Optional<GroundingReason> claims(List<Claims.Claim> claims, boolean counted, Facts out, Facts in,
            GroundingReason reason) {
        String o = out.text.toLowerCase(Locale.ROOT);
        String i = in.text.toLowerCase(Locale.ROOT);
        for (Claims.Claim c : claims) {
            int said = c.count(o);
            int may = c.count(i);
            if (counted ? said > may : said > 0 && may == 0) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }

    private Optional<GroundingReason> language(String generated, Language language) {
        LanguageDetector.Detection d = detector.detect(generated);
        return d.language() == language ? Optional.empty() : Optional.of(GroundingReason.LANGUAGE);
    }

    private static Set<String> runs(String text) {
        return DIGITS.matcher(text).results().map(m -> m.group()).collect(Collectors.toSet());
    }

    private static Set<String> words(String text) {
        return LATIN_OR_CYRILLIC_WORD.matcher(text).results().map(m -> m.group().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    private static String digits(String number) {
        return Digits.normalise(number).replaceAll("\\D", "");
    }

    /** A number and the service(s) it stands next to in its sentence (empty: none). */
    private record Pair(String number, Set<String> services) {

        boolean names(Set<String> any) {
            return services.stream().anyMatch(any::contains);
        }
    }

    /** The facts of one text, found once. */
    private final class Facts {
        final String text;
        final List<ServiceMentions.Mention> found;
        final Set<String> services;
        final Set<String> hosts = new HashSet<>();
        final List<Pair> pairs = new ArrayList<>();

        Facts(String text) {
            this.text = text;
            this.found = mentions.find(text);
            this.services = new HashSet<>();
            found.forEach(m -> services.addAll(m.services()));
            Matcher h = HOST.matcher(text);
            while (h.find()) {
                if (h.group(1).chars().anyMatch(Character::isLetter)) {
                    hosts.add(h.group(1).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
                }
            }
            int start = 0;
            Matcher end = SENTENCE_END.matcher(text);
            while (end.find()) {
                pair(start, end.start());
                start = end.end();
            }
            pair(start, text.length());
        }

        /**
         * Each phone number in the sentence with the nearest service mention that no other phone
         * number stands between: in "Veilig Thuis: 0800-2000, bij direct gevaar 112" only 0800-2000
         * is Veilig Thuis's. Ages, hours and prices are not paired ("De Kindertelefoon, 8 tot 18 jaar").
         */
        private void pair(int from, int to) {
            List<int[]> numbers = new ArrayList<>();
            Matcher n = NUMBER.matcher(text).region(from, to);
            while (n.find()) {
                if (!insideHost(n.start()) && isPhone(n.group().replaceAll("\\D", ""))) {
                    numbers.add(new int[] {n.start(), n.end()});
                }
            }
            List<ServiceMentions.Mention> here = found.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
            for (int k = 0; k < numbers.size(); k++) {
                int[] num = numbers.get(k);
                int left = k == 0 ? from : numbers.get(k - 1)[1];
                int right = k == numbers.size() - 1 ? to : numbers.get(k + 1)[0];
                ServiceMentions.Mention best = null;
                int bestGap = Integer.MAX_VALUE;
                for (ServiceMentions.Mention m : here) {
                    if (m.start() < left || m.end() > right) {
                        continue;
                    }
                    int gap = m.end() <= num[0] ? num[0] - m.end() : m.start() >= num[1] ? m.start() - num[1] : 0;
                    if (gap < bestGap) {
                        bestGap = gap;
                        best = m;
                    }
                }
                pairs.add(new Pair(text.substring(num[0], num[1]).replaceAll("\\D", ""), best == null ? Set.of() : best.services()));
            }
        }

        private boolean insideHost(int at) {
            Matcher h = HOST.matcher(text);
            while (h.find()) {
                if (at >= h.start() && at < h.end()) {
                    return true;
                }
            }
            return false;
        }

        boolean inMention(int at) {
            return found.stream().anyMatch(m -> at >= m.start() && at < m.end());
        }

        /** Capitalised words not at a sentence start; in a text mostly in Arabic script, every Latin word. */
        List<int[]> nameSpans() {
            long arabic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count();
            long letters = text.codePoints().filter(Character::isLetter).count();
            boolean arabicText = arabic * 2 > letters;
            List<int[]> spans = new ArrayList<>();
            Matcher w = LATIN_OR_CYRILLIC_WORD.matcher(text);
            while (w.find()) {
                boolean capital = Character.isUpperCase(text.codePointAt(w.start()));
                if (arabicText ? isLatin(w.group()) : capital && !sentenceStart(w.start())) {
                    spans.add(new int[] {w.start(), w.end()});
                }
            }
            return spans;
        }

        private boolean isLatin(String word) {
            return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN;
        }

        private boolean sentenceStart(int at) {
            int i = at - 1;
            while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i)) && ".!?؟:;\n•-–—(\"'«„“".indexOf(text.charAt(i)) < 0) {
                i--;
            }
            return i < 0 || ".!?؟:;\n•-–—(\"'«„“".indexOf(text.charAt(i)) >= 0;
        }
    }
}
