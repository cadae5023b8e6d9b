package nl.wegwijs.insights;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups unanswered questions that are about the same thing, so content gaps show as one line with a
 * count rather than as hundreds of single questions. A question joins a group when at least half of the
 * significant words of the shorter of it and the group's first question are shared. Stop words, words
 * every help question has ("aanvragen", "hulp") and placeholders do not count; two words are the same
 * when they share a five-letter stem ("scheiden", "scheiding") or their character trigrams overlap
 * (Jaccard), which tolerates typos ("zwemmles"). Greedy and single pass: good enough for a few thousand
 * questions, and easy to explain to staff.
 */
final class QuestionClusters {

    static final double MIN_SHARED = 0.5;
    static final double SAME_WORD = 0.45;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z_]+]");
    private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Set<String> STOP = Set.copyOf(List.of(
            // nl
            "een", "het", "de", "wat", "hoe", "waar", "wie", "wanneer", "welke", "waarom", "ik", "mijn", "mij", "me",
            "wij", "we", "ons", "onze", "jij", "je", "jou", "jouw", "u", "uw", "hij", "zij", "ze", "hem", "haar", "is",
            "zijn", "ben", "bent", "was", "heb", "hebt", "heeft", "hebben", "kan", "kun", "kunt", "kunnen", "moet",
            "moeten", "mag", "wil", "wilt", "willen", "wordt", "worden", "doe", "doen", "gaat", "gaan", "van", "voor",
            "met", "naar", "aan", "bij", "over", "uit", "als", "dat", "die", "dit", "deze", "niet", "geen", "ook",
            "nog", "maar", "dan", "want", "omdat", "echt", "heel", "erg", "veel", "graag", "hallo", "hoi", "dag",
            "goedemorgen", "alstublieft", "bedankt", "dank", "iemand", "iets", "er", "om", "te", "tot", "op", "in",
            "en", "of", "al", "nu", "zo", "hier", "daar", "kind", "kinderen", "zoon", "dochter", "naam",
            // what nearly every question to a help bot says
            "aanvragen", "aanvraag", "vraag", "vragen", "vinden", "zoeken", "krijgen", "hulp", "help", "helpen",
            "informatie", "info", "weten", "nodig", "find", "get", "apply", "information", "need",
            // en
            "the", "and", "for", "are", "what", "how", "where", "who", "when", "which", "why", "can", "could",
            "my", "our", "you", "your", "have", "has", "had", "with", "from", "about", "that", "this", "there", "not",
            "does", "did", "should", "would", "need", "want", "please", "hello", "thanks", "child", "children", "son",
            "daughter",
            // tr, pl, uk, ar (the commonest function words only)
            "bir", "ben", "benim", "ile", "için", "nasıl", "nerede", "çocuğum", "çocuk", "var", "yok", "mi", "mı",
            "się", "nie", "jak", "gdzie", "czy", "mój", "moje", "moja", "dziecko", "jest", "dla", "który",
            "як", "що", "де", "мій", "моя", "моє", "дитина", "для", "чи", "не", "це", "мені",
            "في", "من", "على", "ماذا", "كيف", "أين", "هل", "طفلي", "ابني", "ابنتي", "عن", "مع"));

    record Cluster(List<String> words, long records, int askers, List<String> examples) {
    }

    private record Question(String text, String month, String asker, List<Word> words) {
    }

    private record Word(String surface, String stem, Set<String> trigrams) {

        boolean sameAs(Word other) {
            return stem.equals(other.stem) || jaccard(trigrams, other.trigrams) >= SAME_WORD;
        }
    }

    private static final class Draft {
        final Question seed;
        final List<Question> members = new ArrayList<>();

        Draft(Question seed) {
            this.seed = seed;
            members.add(seed);
        }
    }

    private final KAnonymity rule;

    QuestionClusters(KAnonymity rule) {
        this.rule = rule;
    }

    List<Cluster> cluster(List<InsightStore.StoredQuestion> stored, int maxExamples) {
        List<Draft> drafts = new ArrayList<>();
        Map<String, List<Draft>> byTrigram = new HashMap<>();
        for (InsightStore.StoredQuestion s : stored) {
            Question q = analyse(s);
            if (q.words().isEmpty()) {
                continue;
            }
            Set<Draft> candidates = new LinkedHashSet<>();
            q.words().forEach(w -> w.trigrams().forEach(t -> candidates.addAll(byTrigram.getOrDefault(t, List.of()))));
            Draft best = null;
            double bestScore = MIN_SHARED;
            for (Draft d : candidates) {
                double score = shared(q, d.seed);
                if (score >= bestScore) {
                    best = d;
                    bestScore = score;
                }
            }
            if (best == null) {
                Draft created = new Draft(q);
                drafts.add(created);
                q.words().forEach(w -> w.trigrams().forEach(t -> {
                    List<Draft> list = byTrigram.computeIfAbsent(t, x -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != created) {
                        list.add(created);
                    }
                }));
            } else {
                best.members.add(q);
            }
        }
        // the same rule as every table: small clusters pool into one "overig" line without words or examples;
        // so does a cluster without a word that k askers used, which has no label that could be shown
        List<AskerRow> rest = new ArrayList<>();
        List<Draft> shown = new ArrayList<>();
        for (Draft d : drafts) {
            if (rule.total(rows(d.members)) != null && !words(d).isEmpty()) {
                shown.add(d);
            } else {
                rest.addAll(rows(d.members));
            }
        }
        if (!rest.isEmpty() && rule.total(rest) == null && !shown.isEmpty()) {
            Draft smallest = shown.stream().min(Comparator.comparingInt((Draft d) -> rule.total(rows(d.members)).askers())
                    .thenComparingInt(d -> d.members.size())).orElseThrow();
            shown.remove(smallest);
            rest.addAll(rows(smallest.members));
        }
        List<Cluster> clusters = new ArrayList<>();
        for (Draft d : shown) {
            Count total = rule.total(rows(d.members));
            clusters.add(new Cluster(words(d), total.records(), total.askers(), examples(d, maxExamples)));
        }
        clusters.sort(Comparator.comparingLong(Cluster::records).reversed());
        Count other = rule.total(rest);
        if (other != null) {
            clusters.add(new Cluster(List.of(KAnonymity.OTHER), other.records(), other.askers(), List.of()));
        }
        return clusters;
    }

    private static List<AskerRow> rows(List<Question> questions) {
        return questions.stream().map(q -> new AskerRow(List.of(), q.month(), q.asker(), 1, 0, 0)).toList();
    }

    /**
     * Words used by at least k askers of the group (a typo or another form of the word counts as the word),
     * most used first: what the gap is about.
     */
    private List<String> words(Draft d) {
        Map<String, Word> candidates = new LinkedHashMap<>();
        d.members.forEach(q -> q.words().forEach(w -> candidates.putIfAbsent(w.stem(), w)));
        Map<String, Integer> askers = new HashMap<>();
        candidates.forEach((stem, w) -> {
            Count c = rule.total(rows(d.members.stream().filter(q -> q.words().stream().anyMatch(w::sameAs)).toList()));
            if (c != null) {
                askers.put(stem, c.askers());
            }
        });
        return askers.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(5).map(e -> candidates.get(e.getKey()).surface()).toList();
    }

    /**
     * Examples are only words that at least k askers wrote nearly identically ({@link NearIdentical}):
     * of each such set the most typical question (closest to the others of the set), the sets with most
     * askers first. A question only one or a few people wrote is never shown, however many others asked
     * about the same thing: the group then shows only its label.
     */
    private List<String> examples(Draft d, int max) {
        List<List<Question>> sets = new ArrayList<>();
        List<Set<String>> seeds = new ArrayList<>();
        for (Question q : d.members) {
            Set<String> shingles = NearIdentical.shingles(q.text());
            int found = -1;
            for (int i = 0; i < seeds.size() && found < 0; i++) {
                if (NearIdentical.same(shingles, seeds.get(i))) {
                    found = i;
                }
            }
            if (found < 0) {
                seeds.add(shingles);
                sets.add(new ArrayList<>(List.of(q)));
            } else {
                sets.get(found).add(q);
            }
        }
        return sets.stream().filter(set -> rule.total(rows(set)) != null)
                .sorted(Comparator.comparingInt((List<Question> set) -> -rule.total(rows(set)).askers()))
                .map(QuestionClusters::typical).distinct().limit(max).toList();
    }

    private static String typical(List<Question> set) {
        List<Set<String>> shingles = set.stream().map(q -> NearIdentical.shingles(q.text())).toList();
        int best = 0;
        double bestSum = -1;
        for (int i = 0; i < set.size(); i++) {
            double sum = 0;
            for (Set<String> other : shingles) {
                sum += jaccard(shingles.get(i), other);
            }
            if (sum > bestSum) {
                best = i;
                bestSum = sum;
            }
        }
        return set.get(best).text();
    }

    /** Share of the shorter question's words found in the other one. */
    private static double shared(Question a, Question b) {
        Question shorter = a.words().size() <= b.words().size() ? a : b;
        Question longer = shorter == a ? b : a;
        long found = shorter.words().stream().filter(w -> longer.words().stream().anyMatch(w::sameAs)).count();
        return (double) found / shorter.words().size();
    }

    private static Question analyse(InsightStore.StoredQuestion s) {
        String plain = Normalizer.normalize(PLACEHOLDER.matcher(s.text()).replaceAll(" "), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        Map<String, Word> words = new LinkedHashMap<>();
        for (String word : NON_LETTER.split(plain)) {
            if (word.length() < 3 || STOP.contains(word)) {
                continue;
            }
            String stem = word.length() > 5 ? word.substring(0, 5) : word;
            Set<String> trigrams = new HashSet<>();
            String padded = "_" + word + "_";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                trigrams.add(padded.substring(i, i + 3));
            }
            words.putIfAbsent(stem, new Word(word, stem, trigrams));
        }
        return new Question(s.text(), s.month(), s.asker(), List.copyOf(words.values()));
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String t : a) {
            if (b.contains(t)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
