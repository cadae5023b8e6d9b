package nl.wegwijs.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.language.Language;

/**
 * Finds glossary terms in a text: the Dutch word, its spellings and plurals, its abbreviations,
 * and what it is called in the reader's language. Abbreviations of two letters ("GI", "SO") only
 * count as written in capitals, since in lower case they are ordinary words in some languages.
 */
final class TermFinder {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final int MAX_PHRASE = 7;
    private static final List<String> DUTCH_ENDINGS = List.of("", "en", "s", "n", "e", "'s", "ën", "es");

    /**
     * A term found in a text, with where it starts; {@code ownName}: found by its name in the
     * reader's language ("interpreter", "tercüman" for tolk), not by the Dutch word or abbreviation.
     */
    record Found(GlossaryTerm term, int position, String asWritten, boolean ownName) {
    }

    private record Key(GlossaryTerm term, boolean abbreviation, String exact, Language onlyIn) {
    }

    private record Token(String folded, String original, int start, int end) {
    }

    private final Map<String, List<Key>> phrases = new HashMap<>();

    TermFinder(Collection<GlossaryTerm> terms) {
        for (GlossaryTerm t : terms) {
            add(t.term(), new Key(t, false, null, null));
            t.variants().forEach(v -> add(v, new Key(t, false, null, null)));
            t.abbreviations().forEach(a -> add(a, new Key(t, true, a, null)));
            t.texts().forEach((language, text) -> text.names().forEach(n -> add(n, new Key(t, false, null, language))));
        }
    }

    private void add(String phrase, Key key) {
        String k = String.join(" ", tokens(phrase).stream().map(Token::folded).toList());
        if (!k.isBlank()) {
            phrases.computeIfAbsent(k, x -> new ArrayList<>()).add(key);
        }
    }

    /** Every term in the text, in the order they appear, each once; spelled exactly (letters). */
    List<Found> find(String text, Language reader) {
        return find(text, reader, false);
    }

    /**
     * As {@link #find(String, Language)}; with {@code forgiving}, also words with a typo or split
     * in two ("leerplichtambtenar", "kwalificatie plicht"), as parents type them in a question.
     */
    List<Found> find(String text, Language reader, boolean forgiving) {
        List<Token> tokens = tokens(text);
        Map<String, Found> found = new LinkedHashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            int taken = 0;
            for (int len = Math.min(MAX_PHRASE, tokens.size() - i); len >= 1 && taken == 0; len--) {
                List<Token> span = tokens.subList(i, i + len);
                Key key = match(span, reader);
                if (key == null && forgiving) {
                    key = nearly(span, reader);
                }
                if (key != null) {
                    String written = text.substring(span.get(0).start(), span.get(len - 1).end());
                    found.putIfAbsent(key.term().id(), new Found(key.term(), span.get(0).start(), written, key.onlyIn() != null));
                    taken = len;
                }
            }
            i += Math.max(1, taken);
        }
        return List.copyOf(found.values());
    }

    private Key match(List<Token> span, Language reader) {
        String joined = String.join(" ", span.stream().map(Token::folded).toList());
        for (String ending : span.size() == 1 && joined.length() >= 6 ? DUTCH_ENDINGS : List.of("")) {
            if (!ending.isEmpty() && !joined.endsWith(ending)) {
                continue;
            }
            String stem = joined.substring(0, joined.length() - ending.length());
            for (Key key : phrases.getOrDefault(stem, List.of())) {
                if (accepts(key, span, reader, ending)) {
                    return key;
                }
            }
        }
        return null;
    }

    /** A word term within one or two typing slips, also when typed as two words. */
    private Key nearly(List<Token> span, Language reader) {
        if (span.size() > 3) {
            return null;
        }
        String spaced = String.join(" ", span.stream().map(Token::folded).toList());
        String joined = spaced.replace(" ", "");
        if (joined.length() < 7) {
            return null;
        }
        for (var e : phrases.entrySet()) {
            String key = e.getKey();
            if (key.charAt(0) != joined.charAt(0) || Math.abs(key.replace(" ", "").length() - joined.length()) > 2) {
                continue;
            }
            int allowed = key.length() >= 11 ? 2 : 1;
            boolean near = (key.indexOf(' ') >= 0 ? Typos.within(spaced, key, allowed) : false)
                    || Typos.within(joined, key.replace(" ", ""), allowed);
            if (near) {
                for (Key k : e.getValue()) {
                    if (!k.abbreviation() && (k.onlyIn() == null || k.onlyIn() == reader)) {
                        return k;
                    }
                }
            }
        }
        return null;
    }

    private static boolean accepts(Key key, List<Token> span, Language reader, String ending) {
        if (key.onlyIn() != null && key.onlyIn() != reader) {
            return false;
        }
        if (!key.abbreviation()) {
            return true;
        }
        String written = String.join(" ", span.stream().map(Token::original).toList());
        if (!ending.isEmpty()) {
            return false;
        }
        // Two-letter abbreviations are ordinary words in lower case ("so", "gi"): capitals only.
        return key.exact().length() > 2 ? written.equalsIgnoreCase(key.exact()) || isUpper(written)
                : written.equals(key.exact()) || written.equals(key.exact().toUpperCase(Locale.ROOT));
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    /** Capitalised words that look like abbreviations but are not in the glossary. */
    List<String> unknownAbbreviations(String text, Set<String> ignore) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z][A-Za-z]{0,2}[A-Z]{1,4}(?![\\p{L}\\p{N}])").matcher(text);
        Set<String> known = new java.util.HashSet<>();
        phrases.values().forEach(keys -> keys.stream().filter(Key::abbreviation).forEach(k -> known.add(k.exact().toUpperCase(Locale.ROOT))));
        while (m.find()) {
            String a = m.group();
            String upper = a.toUpperCase(Locale.ROOT);
            if (!known.contains(upper) && !ignore.contains(upper) && !out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    private static final String CYRILLIC = "АБВГДЕЄЗИІЇЙКЛМНОПРСТУФХ";
    private static final String LATIN = "ABVGDEEZIIIJKLMNOPRSTUFH";

    /**
     * A Dutch abbreviation typed on a Cyrillic keyboard ("ОТС", "УХП") in Latin letters, so it meets
     * the glossary; other words stay as written.
     */
    static String latinAbbreviation(String word) {
        if (word.length() < 2 || word.length() > 5) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            int at = CYRILLIC.indexOf(word.charAt(i));
            if (at < 0) {
                return word;
            }
            out.append(LATIN.charAt(at));
        }
        return out.toString();
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        Matcher seam = TextAnalysis.SCRIPT_SEAM.matcher(text);
        while (m.find()) {
            // A Dutch word glued to an Arabic article or a Cyrillic preposition ("الwijkteam",
            // "вOKT") is two words: the Dutch one is the term.
            int from = m.start();
            seam.region(m.start(), m.end());
            while (true) {
                boolean more = seam.find() && seam.start() > from;
                int to = more ? seam.start() : m.end();
                String original = latinAbbreviation(text.substring(from, to));
                out.add(new Token(TextAnalysis.fold(original.toLowerCase(Locale.ROOT).replace('’', '\'')), original, from, to));
                if (!more) {
                    break;
                }
                from = to;
            }
        }
        return out;
    }
}
