package nl.wegwijs.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All rules of all languages, loaded once from {@code safety/rules-*.txt} on the class path.
 *
 * <p>Every language's rules run on every message: people mix languages, and a Polish parent may
 * write Dutch words. The words of the rules also form the vocabulary for typo repair.
 */
final class RuleSet {

    /** The bot's languages; each one's rule file is named in its parts (nl.wegwijs.language.LanguageParts). */
    static final List<String> LANGUAGES = java.util.Arrays.stream(nl.wegwijs.language.Language.values())
            .map(nl.wegwijs.language.Language::code).toList();

    private static final Pattern DEFINITION = Pattern.compile("@([a-z0-9_]+)\\s*=\\s*(.+)");
    private static final Pattern REFERENCE = Pattern.compile("@([a-z0-9_]+)");
    private static final Pattern LINE = Pattern.compile("([A-Z_,]+)\\s+(.+)");

    private final List<Rule> crisis;
    private final List<Rule> child;
    private final List<Rule> safe;
    private final List<Rule> cues;
    private final Vocabulary vocabulary;
    private final RuleIndex index;

    private RuleSet(List<Rule> rules, Vocabulary vocabulary) {
        this.index = new RuleIndex(rules);
        this.crisis = rules.stream().filter(r -> r.effect() == Rule.Effect.CRISIS).toList();
        this.child = rules.stream().filter(r -> r.effect() == Rule.Effect.CHILD).toList();
        this.safe = rules.stream().filter(r -> r.effect() == Rule.Effect.SAFE).toList();
        this.cues = rules.stream().filter(r -> r.effect() == Rule.Effect.CUE).toList();
        this.vocabulary = vocabulary;
    }

    static RuleSet loadDefault() {
        return loadDefault(RuleCompiler::compile);
    }

    /** All rules compiled with the given compiler (tests compare {@link RuleCompiler#compilePlain} with the real one). */
    static RuleSet loadDefault(Function<String, Pattern> compiler) {
        List<Rule> rules = new ArrayList<>();
        Vocabulary.Builder words = new Vocabulary.Builder();
        for (nl.wegwijs.language.Language language : nl.wegwijs.language.Language.values()) {
            String lang = language.code();
            String name = nl.wegwijs.language.LanguageParts.of(language).crisisRules();
            try (InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing rules file " + name);
                }
                parse(name, lang, new String(in.readAllBytes(), StandardCharsets.UTF_8), rules, words, compiler);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RuleSet(rules, words.build());
    }

    /** Parses one rules file; visible for tests that check a single rule. */
    static RuleSet parse(String name, String content) {
        List<Rule> rules = new ArrayList<>();
        Vocabulary.Builder words = new Vocabulary.Builder();
        parse(name, languageOf(name), content, rules, words, RuleCompiler::compile);
        return new RuleSet(rules, words.build());
    }

    private static String languageOf(String name) {
        Matcher m = Pattern.compile("rules-([a-z]{2})\\.txt$").matcher(name);
        return m.find() ? m.group(1) : null;
    }

    private static void parse(String name, String lang, String content, List<Rule> rules, Vocabulary.Builder words,
            Function<String, Pattern> compiler) {
        Map<String, String> definitions = new LinkedHashMap<>();
        List<String> lines;
        try (BufferedReader reader = new BufferedReader(new StringReader(content))) {
            lines = reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String source = name + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher def = DEFINITION.matcher(line);
            if (def.matches()) {
                definitions.put(def.group(1), expand(def.group(2).strip(), definitions, source));
                continue;
            }
            Matcher rule = LINE.matcher(line);
            if (!rule.matches()) {
                throw new IllegalStateException(source + ": not a rule: kinds, spaces, pattern");
            }
            String pattern = expand(rule.group(2).strip(), definitions, source);
            Rule compiled;
            try {
                compiled = toRule(rule.group(1), lang, compiler.apply(pattern), source, RuleCompiler.starts(pattern));
            } catch (RuntimeException e) {
                throw new IllegalStateException(source + ": " + e.getMessage(), e);
            }
            rules.add(compiled);
            if (compiled.effect() != Rule.Effect.CUE) {
                // cue words stay out of typo repair, so adding a cue never changes what a crisis rule matches
                words.addWordsOf(RuleCompiler.normaliseLetters(pattern));
            }
        }
    }

    private static String expand(String pattern, Map<String, String> definitions, String source) {
        Matcher m = REFERENCE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = definitions.get(m.group(1));
            if (body == null) {
                throw new IllegalStateException(source + ": unknown definition @" + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement("(?:" + body + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Rule toRule(String labels, String lang, Pattern pattern, String source, Set<String> starts) {
        Set<CrisisKind> kinds = EnumSet.noneOf(CrisisKind.class);
        boolean childMarker = false;
        boolean safe = false;
        boolean cue = false;
        Rule.Severity severity = Rule.Severity.ACUTE;
        boolean tempers = false;
        for (String label : labels.split(",")) {
            switch (label) {
                case "CHILD" -> childMarker = true;
                case "SAFE" -> safe = true;
                case "CUE" -> cue = true;
                case "POSSIBLE" -> severity = Rule.Severity.POSSIBLE;
                case "TEMPERS" -> {
                    severity = Rule.Severity.POSSIBLE;
                    tempers = true;
                }
                default -> kinds.add(CrisisKind.valueOf(label));
            }
        }
        if (cue) {
            if (safe || childMarker || !kinds.isEmpty() || severity != Rule.Severity.ACUTE) {
                throw new IllegalStateException("CUE cannot be combined with other labels");
            }
            return new Rule(Rule.Effect.CUE, Set.of(), false, severity, false, lang, pattern, source, starts);
        }
        if (safe) {
            if (childMarker || !kinds.isEmpty() || severity != Rule.Severity.ACUTE) {
                throw new IllegalStateException("SAFE cannot be combined with other labels");
            }
            return new Rule(Rule.Effect.SAFE, Set.of(), false, severity, false, lang, pattern, source, starts);
        }
        Rule.Effect effect = kinds.isEmpty() ? Rule.Effect.CHILD : Rule.Effect.CRISIS;
        if (effect == Rule.Effect.CHILD && severity != Rule.Severity.ACUTE) {
            throw new IllegalStateException("POSSIBLE needs a crisis kind");
        }
        return new Rule(effect, Set.copyOf(kinds), childMarker, severity, tempers, lang, pattern, source, starts);
    }

    /** The same look-alikes, cues and child markers without any crisis rule: how far the signal gets alone (tests). */
    RuleSet withoutCrisisRules() {
        List<Rule> kept = new ArrayList<>(child);
        kept.addAll(safe);
        kept.addAll(cues);
        return new RuleSet(kept, vocabulary);
    }

    List<Rule> crisis() {
        return crisis;
    }

    List<Rule> child() {
        return child;
    }

    List<Rule> safe() {
        return safe;
    }

    List<Rule> cues() {
        return cues;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The rules that may match a normalised, repaired text: the others need not run on it. */
    RuleIndex.Candidates candidates(String normalised) {
        return index.candidates(normalised);
    }
}
