package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/**
 * What a parent reads must be sourced, explained and true to the Dutch (issue 11). Each failure names
 * the file, the language and what to fix, so the writer of that file can fix it without reading this
 * class. The lists it judges by live in src/test/resources/knowledge/ and faq/verified-numbers.yaml.
 */
class ContentHonestyTest {

    /** Phone numbers as content writes them: 0800-2000, 088-555 1000, 0800 0432, 112, 113. */
    static final Pattern PHONE = Pattern.compile("(?<![\\d.,:/-])(?:0\\d{2,3}[- ]?\\d[\\d -]{4,8}\\d|1\\d{2})(?![\\d.,:/]*\\d)");
    /** Capitalised abbreviations: at least two capitals (OTS, RvdK, PvA), not part of a web address. */
    static final Pattern ABBREVIATION = Pattern.compile("(?<![\\w./@-])([A-Z][A-Za-z]{0,5})(?![\\w@-]|\\.[a-z]{2,3}\\b)");
    static final LocalDate TODAY = LocalDate.now();

    private final Knowledge national = KnowledgeFixtures.national();
    private final Knowledge amsterdam = new Knowledge(KnowledgeFixtures.properties("amsterdam"));

    @Test
    void everyEntryAndTermNamesAPublicSourceAndTheDateItWasChecked() {
        List<String> problems = new ArrayList<>();
        for (FaqEntry e : allEntries()) {
            checkSources("entries/" + e.id() + ".yaml", e.sources(), e.checked(), problems);
        }
        for (GlossaryTerm t : national.glossary()) {
            checkSources("glossary term " + t.id(), t.sources(), t.checked(), problems);
        }
        assertThat(problems).as("entries and terms without a source or a true check date").isEmpty();
    }

    @Test
    void aTermNamedInADutchAnswerIsExplainedThereOrIsAGlossaryTerm() throws IOException {
        Set<String> known = glossaryForms();
        List<String> jargon = lines("knowledge/jargon.txt");
        List<String> problems = new ArrayList<>();
        for (FaqEntry e : allEntries()) {
            String answer = e.text(Language.NL).answer();
            Set<String> candidates = new java.util.LinkedHashSet<>();
            Matcher m = ABBREVIATION.matcher(answer);
            while (m.find()) {
                if (m.group(1).chars().filter(Character::isUpperCase).count() >= 2) {
                    candidates.add(m.group(1));
                }
            }
            for (String word : jargon) {
                if (Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE).matcher(answer).find()) {
                    candidates.add(word);
                }
            }
            for (String c : candidates) {
                if (!isTerm(c, known) && !explainedIn(c, answer)) {
                    problems.add("entries/" + e.id() + ".yaml (nl): '" + c + "' is neither explained in the answer"
                            + " (e.g. \"" + c + " (...)\", \"dat heet " + c + "\") nor a glossary term, abbreviation or variant");
                }
            }
        }
        assertThat(problems).as("unexplained terms in Dutch answers").isEmpty();
    }

    @Test
    void akjIsNeverNamedWithoutJeugdstem() {
        List<String> problems = new ArrayList<>();
        Pattern akj = Pattern.compile("\\bAKJ\\b");
        texts().forEach((where, text) -> {
            if (akj.matcher(text).find() && !text.contains("Jeugdstem")) {
                problems.add(where + ": names AKJ without Jeugdstem (AKJ is called Jeugdstem since 2023)");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void aTranslationKeepsEveryDutchServiceNameTheDutchTextKeeps() throws IOException {
        List<String> lines = lines("knowledge/service-names.txt");
        List<String> names = lines.stream().map(l -> l.replace("*", "").strip()).toList();
        List<String> everywhere = lines.stream().filter(l -> l.endsWith("*")).map(l -> l.replace("*", "").strip()).toList();
        List<String> problems = new ArrayList<>();
        for (FaqEntry e : allEntries()) {
            Map<Language, String> byLanguage = new LinkedHashMap<>();
            for (Language l : Language.values()) {
                byLanguage.put(l, e.text(l).answer());
            }
            compareNames("entries/" + e.id() + ".yaml", byLanguage, names, problems);
        }
        for (GlossaryTerm t : national.glossary()) {
            Map<Language, String> byLanguage = new LinkedHashMap<>();
            for (Language l : Language.values()) {
                byLanguage.put(l, t.text(l).shortText() + " " + t.text(l).longText());
            }
            compareNames("glossary term " + t.id(), byLanguage, everywhere, problems);
        }
        assertThat(problems).as("translations that drop a Dutch service name").isEmpty();
    }

    @Test
    void contentNamesOnlyPhoneNumbersFromTheVerifiedList() throws IOException {
        Map<String, Map<String, Object>> verified = verifiedNumbers();
        List<String> problems = new ArrayList<>();
        verified.forEach((number, row) -> {
            Object source = row.get("source");
            if (!(source instanceof Map<?, ?> s) || !String.valueOf(s.get("url")).startsWith("https://")) {
                problems.add("faq/verified-numbers.yaml: " + number + " needs source: {name, url}");
            }
            if (date(row.get("checked")) == null || date(row.get("checked")).isAfter(TODAY)) {
                problems.add("faq/verified-numbers.yaml: " + number + " needs the date it was checked");
            }
        });
        texts().forEach((where, text) -> {
            Matcher m = PHONE.matcher(text);
            while (m.find()) {
                String number = m.group().strip();
                if (!verified.containsKey(number)) {
                    problems.add(where + ": phone number " + number + " is not in faq/verified-numbers.yaml"
                            + " (check it on the organisation's page and add it there with source and date)");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /** The about-the-bot answer must not carry a hand-written retention period: /privacy quotes the configuration. */
    @Test
    void theAboutTheBotAnswerPointsToPrivacyInsteadOfNamingPeriods() {
        FaqEntry about = national.entry("wat-kan-wegwijs").orElseThrow();
        for (Language l : Language.values()) {
            assertThat(about.text(l).answer().replace("112", "")).as("wat-kan-wegwijs in %s", l)
                    .doesNotContainPattern("\\d").contains("/privacy").contains("/vergeet");
        }
    }

    @Test
    void theChecksCatchWhatTheyAreFor() {
        assertThat(PHONE.matcher("bel 0900-1234 567").find()).isTrue();
        assertThat(PHONE.matcher("elke dag van 11 tot 21 uur").find()).isFalse();
        assertThat(PHONE.matcher("binnen 4 maanden, sinds 1 januari 2023").find()).isFalse();
        assertThat(explainedIn("OTS", "Een ondertoezichtstelling (OTS) is een maatregel.")).isTrue();
        assertThat(explainedIn("beschikking", "Je krijgt een brief. Die brief heet een beschikking.")).isTrue();
        assertThat(explainedIn("gezag", "Je houdt het gezag.")).isFalse();
        assertThat(isTerm("OTS", Set.of("ots"))).isTrue();
        assertThat(isTerm("SMW'er", Set.of("smw"))).isTrue();
    }

    // ---- helpers

    private Collection<FaqEntry> allEntries() {
        Map<String, FaqEntry> all = new LinkedHashMap<>();
        national.entries().forEach(e -> all.put("nl:" + e.id(), e));
        amsterdam.entries().forEach(e -> all.putIfAbsent("ams:" + e.id() + ":" + System.identityHashCode(e), e));
        return new java.util.LinkedHashSet<>(all.values());
    }

    /** Every text a parent can read, by where it comes from. */
    private Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (FaqEntry e : allEntries()) {
            for (Language l : Language.values()) {
                texts.put("entries/" + e.id() + ".yaml (" + l.code() + ") #" + System.identityHashCode(e), e.text(l).answer());
            }
        }
        for (GlossaryTerm t : national.glossary()) {
            for (Language l : Language.values()) {
                texts.put("glossary term " + t.id() + " (" + l.code() + ") short", t.text(l).shortText());
                texts.put("glossary term " + t.id() + " (" + l.code() + ") long", t.text(l).longText());
            }
        }
        amsterdam.region().ifPresent(r -> r.start().forEach((l, s) -> texts.put("regions/amsterdam (" + l.code() + ")", s)));
        InterfaceText interfaceText = new InterfaceText();
        for (Language l : Language.values()) {
            for (String key : interfaceText.keys(l)) {
                texts.put("i18n " + key + " (" + l.code() + ")", interfaceText.get(l, key));
            }
        }
        return texts;
    }

    private static void checkSources(String where, List<Source> sources, LocalDate checked, List<String> problems) {
        if (sources.isEmpty()) {
            problems.add(where + ": needs at least one source (name and public url)");
        }
        for (Source s : sources) {
            if (!s.url().matches("https?://[^\\s/]+\\.[^\\s]+")) {
                problems.add(where + ": source '" + s.name() + "' has no public web address");
            }
            if (s.checked() != null && s.checked().isAfter(TODAY)) {
                problems.add(where + ": source '" + s.name() + "' is checked in the future");
            }
        }
        if (checked == null || checked.isAfter(TODAY)) {
            problems.add(where + ": checked must be the date the facts were really checked");
        }
    }

    private static void compareNames(String where, Map<Language, String> byLanguage, List<String> names,
            List<String> problems) {
        String dutch = byLanguage.get(Language.NL);
        for (String name : names) {
            if (!Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE).matcher(dutch).find()) {
                continue;
            }
            for (var e : byLanguage.entrySet()) {
                if (e.getKey() != Language.NL && !e.getValue().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                    problems.add(where + " (" + e.getKey().code() + "): drops the Dutch name '" + name
                            + "' that the Dutch text keeps; write it in Dutch with a short explanation");
                }
            }
        }
    }

    private Set<String> glossaryForms() {
        Set<String> forms = new HashSet<>();
        for (GlossaryTerm t : national.glossary()) {
            forms.add(t.term().toLowerCase(Locale.ROOT));
            t.abbreviations().forEach(a -> forms.add(a.toLowerCase(Locale.ROOT)));
            t.variants().forEach(v -> forms.add(v.toLowerCase(Locale.ROOT)));
        }
        return forms;
    }

    /** A glossary form, also with a plural or a suffix as on letters (SMW'er, OTS'en, maatregelen). */
    static boolean isTerm(String word, Set<String> forms) {
        String w = word.toLowerCase(Locale.ROOT);
        String stem = w.replaceFirst("'(s|er|ers|en)$", "");
        return forms.contains(w) || forms.contains(stem) || forms.contains(w.replaceFirst("(en|s)$", ""));
    }

    /** "X (...)", "(X)" after its full name, "X: ...", "X is/betekent/heet", "dat heet (een) X", ": een X". */
    static boolean explainedIn(String word, String answer) {
        String w = Pattern.quote(word);
        return Pattern.compile("\\b" + w + "\\s*\\(|\\(" + w + "[),]|\\b" + w + "\\s+(is|zijn|betekent|betekenen|heet)\\b"
                + "|\\b" + w + ":\\s+\\S|\\b(heet|heten|noemen we)\\s+(een |de |het )?" + w + "\\b|:\\s+(een |de |het )?" + w + "\\b",
                Pattern.CASE_INSENSITIVE).matcher(answer).find();
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> verifiedNumbers() throws IOException {
        try (InputStream in = new ClassPathResource("faq/verified-numbers.yaml").getInputStream()) {
            Map<String, Map<String, Object>> numbers = new LinkedHashMap<>();
            for (Map<String, Object> row : (List<Map<String, Object>>) new Yaml().load(in)) {
                numbers.put(String.valueOf(row.get("number")), row);
            }
            return numbers;
        }
    }

    private static LocalDate date(Object o) {
        if (o instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(o));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
