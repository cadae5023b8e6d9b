package nl.wegwijs.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The characters a rule's match can start with, as a look-ahead put in front of the rule: the rule
 * is tried at every word start of every message (about 1,700 rules of six languages), and at a word
 * that starts with none of its first letters one character test ends the try, instead of the
 * regex engine entering the rule and failing on each alternative of its first group in turn. The
 * look-ahead only demands what every match already starts with, so the rule finds the same matches
 * (start and end) at every position; {@code RuleEquivalenceTest} checks that on every test text.
 *
 * <p>The same reading gives a rule's <em>start strings</em> ({@link #starts}): the first
 * {@value #START_LENGTH} characters every match begins with, as far as they are known. A message
 * none of whose words begins with one of them cannot match the rule, so {@link RuleIndex} skips the
 * rule for that message without running it: most rules never run on most messages.
 *
 * <p>Only the regex syntax the rules files use is read (literals, classes, {@code \w \d \s \S \b},
 * groups and look-arounds, quantifiers); for anything else, or a rule that can start with any letter
 * ({@code \w*...}) or match the empty string, there is no look-ahead.
 */
final class FirstLetters {

    /** How many first characters of a match {@link #starts} tells. */
    static final int START_LENGTH = 3;
    /** More start strings than this are cut to first letters (still true, less telling); a class wider than this says nothing. */
    private static final int MAX_STARTS = 64;

    /** Ranges above Latin-1 beyond this are merged (Java tests such a class range by range). */
    private static final int MAX_WIDE_RANGES = 4;

    private final String s;
    private int pos;

    private FirstLetters(String regex) {
        this.s = regex;
    }

    /** {@code (?=[...])} for the regex, or "" when its first characters are not known or not limited. */
    static String lookahead(String regex) {
        try {
            FirstLetters reader = new FirstLetters(regex);
            First first = reader.alternation();
            if (reader.pos != regex.length() || first.any() || first.nullable() || first.chars().isEmpty()) {
                return "";
            }
            return "(?=[" + characterClass(first.chars()) + "])";
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return "";
        }
    }

    /**
     * The strings of {@value #START_LENGTH} characters (shorter where the rule is shorter or what
     * follows is not known) that every match of the regex begins with; empty when a match may begin
     * with anything (or with nothing), or the syntax is not read.
     */
    static Optional<Set<String>> starts(String regex) {
        try {
            FirstLetters reader = new FirstLetters(regex);
            First first = reader.alternation();
            if (reader.pos != regex.length()) {
                return Optional.empty();
            }
            Set<String> all = new HashSet<>(first.starts().open());
            all.addAll(first.starts().closed());
            return all.contains("") ? Optional.empty() : Optional.of(Set.copyOf(all));
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /**
     * Which characters a match can start with ({@code any}: not limited), whether it can be empty,
     * and its start strings.
     */
    private record First(BitSet chars, boolean any, boolean nullable, Starts starts) {

        static final First EMPTY = new First(new BitSet(), false, true, Starts.EMPTY);
        static final First ANY = new First(new BitSet(), true, false, Starts.ANY);

        static First of(char c) {
            BitSet chars = new BitSet();
            chars.set(c);
            return new First(chars, false, false, Starts.of(String.valueOf(c)));
        }

        /** This followed by next. */
        First then(First next) {
            First first = nullable ? or(next).withNullable(next.nullable) : this;
            return first.withStarts(starts.then(next.starts));
        }

        /** This or other. */
        First or(First other) {
            BitSet union = (BitSet) chars.clone();
            union.or(other.chars);
            return new First(union, any || other.any, nullable || other.nullable, starts.or(other.starts));
        }

        First withNullable(boolean canBeEmpty) {
            return new First(chars, any, canBeEmpty, starts);
        }

        First withStarts(Starts next) {
            return new First(chars, any, nullable, next);
        }
    }

    /**
     * Start strings while reading: {@code open} are the whole match so far (what follows is added to
     * them), {@code closed} are beginnings after which nothing more is known (or that are long enough).
     * The empty string among them means "may begin with anything".
     */
    private record Starts(Set<String> open, Set<String> closed) {

        static final Starts EMPTY = new Starts(Set.of(""), Set.of());
        static final Starts ANY = new Starts(Set.of(), Set.of(""));

        static Starts of(String s) {
            return new Starts(Set.of(s), Set.of());
        }

        Starts then(Starts next) {
            Set<String> open = new HashSet<>();
            Set<String> closed = new HashSet<>(this.closed);
            for (String a : this.open) {
                for (String b : next.open) {
                    add(a + b, true, open, closed);
                }
                for (String b : next.closed) {
                    add(a + b, false, open, closed);
                }
            }
            return new Starts(open, closed).capped();
        }

        private static void add(String s, boolean stillOpen, Set<String> open, Set<String> closed) {
            if (s.length() >= START_LENGTH) {
                closed.add(s.substring(0, START_LENGTH));
            } else if (stillOpen) {
                open.add(s);
            } else {
                closed.add(s);
            }
        }

        Starts or(Starts other) {
            Set<String> open = new HashSet<>(this.open);
            open.addAll(other.open);
            Set<String> closed = new HashSet<>(this.closed);
            closed.addAll(other.closed);
            return new Starts(open, closed).capped();
        }

        /** What follows is not known: every string so far is only a beginning. */
        Starts close() {
            Set<String> closed = new HashSet<>(this.closed);
            closed.addAll(open);
            return new Starts(Set.of(), closed);
        }

        /** Too many strings: keep their first letters (a shorter beginning is still a true one). */
        Starts capped() {
            if (open.size() + closed.size() <= MAX_STARTS) {
                return this;
            }
            Set<String> firsts = new HashSet<>();
            for (Set<String> strings : List.of(open, closed)) {
                strings.forEach(s -> firsts.add(s.isEmpty() ? s : s.substring(0, 1)));
            }
            return firsts.size() <= MAX_STARTS ? new Starts(Set.of(), firsts) : ANY;
        }
    }

    /** Alternatives separated by '|', up to an unmatched ')' or the end. */
    private First alternation() {
        First first = sequence();
        while (pos < s.length() && s.charAt(pos) == '|') {
            pos++;
            first = first.or(sequence());
        }
        return first;
    }

    private First sequence() {
        First first = First.EMPTY;
        while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
            first = first.then(quantified(atom()));
        }
        return first;
    }

    private First quantified(First atom) {
        if (pos >= s.length()) {
            return atom;
        }
        char c = s.charAt(pos);
        First result;
        // start strings: a repeat is the atom followed by what is not known (a true, shorter beginning)
        if (c == '?') {
            pos++;
            result = atom.withNullable(true).withStarts(atom.starts().or(Starts.EMPTY));
        } else if (c == '*') {
            pos++;
            result = atom.withNullable(true).withStarts(atom.starts().close().or(Starts.EMPTY));
        } else if (c == '+') {
            pos++;
            result = atom.withStarts(atom.starts().close());
        } else if (c == '{') {
            int close = s.indexOf('}', pos);
            String bounds = close < 0 ? "" : s.substring(pos + 1, close);
            if (!bounds.matches("\\d+(,\\d*)?")) {
                throw new Unsupported();
            }
            pos = close + 1;
            boolean once = bounds.equals("1") || bounds.equals("0,1") || bounds.equals("1,1");
            Starts repeated = once ? atom.starts() : atom.starts().close();
            result = Integer.parseInt(bounds.split(",")[0]) == 0
                    ? atom.withNullable(true).withStarts(repeated.or(Starts.EMPTY)) : atom.withStarts(repeated);
        } else {
            return atom;
        }
        if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
            pos++; // lazy or possessive: the same first characters
        }
        return result;
    }

    private First atom() {
        char c = s.charAt(pos);
        return switch (c) {
            case '(' -> group();
            case '[' -> characterClass();
            case '\\' -> escape();
            case '.' -> {
                pos++;
                yield First.ANY;
            }
            case '^', '$' -> {
                pos++;
                yield First.EMPTY;
            }
            case '*', '+', '?', '{', '}', ']' -> throw new Unsupported();
            default -> {
                if (Character.isSurrogate(c)) {
                    throw new Unsupported();
                }
                pos++;
                yield First.of(c);
            }
        };
    }

    private First group() {
        pos++; // '('
        boolean lookaround = false;
        if (s.startsWith("?:", pos)) {
            pos += 2;
        } else if (s.startsWith("?=", pos) || s.startsWith("?!", pos)) {
            pos += 2;
            lookaround = true;
        } else if (s.startsWith("?<=", pos) || s.startsWith("?<!", pos)) {
            pos += 3;
            lookaround = true;
        } else if (s.charAt(pos) == '?') {
            throw new Unsupported(); // named or atomic groups, flags: not in the rules
        }
        First inner = alternation();
        if (pos >= s.length() || s.charAt(pos) != ')') {
            throw new Unsupported();
        }
        pos++;
        return lookaround ? First.EMPTY : inner; // a look-around consumes nothing: what follows decides
    }

    private First characterClass() {
        pos++; // '['
        boolean negated = s.charAt(pos) == '^';
        if (negated) {
            pos++;
        }
        BitSet chars = new BitSet();
        boolean any = false;
        boolean first = true;
        while (s.charAt(pos) != ']' || first) {
            char c = s.charAt(pos);
            if (c == '[' || c == ']' || s.startsWith("&&", pos) || Character.isSurrogate(c)) {
                throw new Unsupported();
            }
            first = false;
            char from = c;
            pos++;
            if (c == '\\') {
                char e = s.charAt(pos++);
                if (Character.isLetterOrDigit(e)) {
                    if ("dDwWsS".indexOf(e) < 0) {
                        throw new Unsupported();
                    }
                    any = true;
                    continue;
                }
                from = e;
            }
            char to = from;
            if (s.charAt(pos) == '-' && s.charAt(pos + 1) != ']') {
                to = s.charAt(pos + 1);
                if (to == '\\' || to == '[' || Character.isSurrogate(to) || to < from) {
                    throw new Unsupported();
                }
                pos += 2;
            }
            chars.set(from, to + 1);
        }
        pos++; // ']'
        if (negated || any) {
            return First.ANY;
        }
        Starts starts = chars.cardinality() > MAX_STARTS ? Starts.ANY
                : new Starts(chars.stream().mapToObj(ch -> String.valueOf((char) ch)).collect(Collectors.toSet()), Set.of());
        return new First(chars, false, false, starts);
    }

    private First escape() {
        char e = s.charAt(pos + 1);
        pos += 2;
        if (!Character.isLetterOrDigit(e)) {
            return First.of(e); // an escaped symbol stands for itself
        }
        if ("dDwWsS".indexOf(e) >= 0) {
            return First.ANY;
        }
        if (e == 'b' || e == 'B') {
            return First.EMPTY; // a boundary consumes nothing
        }
        throw new Unsupported(); // back-references, quoting, hex escapes: not in the rules
    }

    /**
     * The set as a class body. Ranges above Latin-1 are merged across their smallest gaps until at
     * most {@value #MAX_WIDE_RANGES} remain: a wider look-ahead lets a little more through, never less.
     */
    static String characterClass(BitSet chars) {
        List<int[]> wide = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (int from = chars.nextSetBit(0); from >= 0; from = chars.nextSetBit(chars.nextClearBit(from))) {
            int to = chars.nextClearBit(from) - 1;
            if (from < 256) {
                appendRange(out, from, Math.min(to, 255));
                if (to > 255) {
                    wide.add(new int[] {256, to});
                }
            } else {
                wide.add(new int[] {from, to});
            }
        }
        while (wide.size() > MAX_WIDE_RANGES) {
            int best = 0;
            for (int i = 1; i + 1 < wide.size(); i++) {
                if (wide.get(i + 1)[0] - wide.get(i)[1] < wide.get(best + 1)[0] - wide.get(best)[1]) {
                    best = i;
                }
            }
            wide.get(best)[1] = wide.remove(best + 1)[1];
        }
        wide.forEach(r -> appendRange(out, r[0], r[1]));
        return out.toString();
    }

    private static void appendRange(StringBuilder out, int from, int to) {
        out.append("\\x{").append(Integer.toHexString(from)).append('}');
        if (to > from) {
            out.append("-\\x{").append(Integer.toHexString(to)).append('}');
        }
    }

    /** Syntax this reader does not follow: no look-ahead then. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }
}
