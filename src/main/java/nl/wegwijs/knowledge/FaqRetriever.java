package nl.wegwijs.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.language.Language;

/**
 * Finds the FAQ entries closest to a question, in the asker's language. Each entry is known by
 * the ways people ask for it (its question phrasings and title) and, more weakly, by its answer.
 * Similarity mixes stemmed words (meaning) with folded character trigrams (spelling slips), and
 * is a cosine between 0 and 1, so one threshold can say "I do not know" in every language.
 * A question in another language with weak matches is also tried against the Dutch phrasings,
 * because parents often quote Dutch words from letters.
 */
final class FaqRetriever {

    static final double WORD_WEIGHT = 0.55;
    static final double ANSWER_WEIGHT = 0.75;
    static final double VIA_DUTCH = 0.9;

    record Match(String entryId, double score) {
    }

    private record Doc(String entryId, SparseVector words, SparseVector grams, boolean answer) {
    }

    private record Space(List<Doc> docs, Map<String, Double> idf, double unknownIdf) {
    }

    private final TextAnalysis analysis;
    private final Map<Language, Space> spaces = new EnumMap<>(Language.class);
    private final Map<Language, EntryCoverage> coverage = new EnumMap<>(Language.class);
    static final double COVERAGE_WEIGHT = 0.5;

    FaqRetriever(TextAnalysis analysis, Collection<FaqEntry> entries) {
        this.analysis = analysis;
        for (Language language : Language.values()) {
            spaces.put(language, space(language, entries));
            coverage.put(language, new EntryCoverage(analysis, language, entries));
        }
    }

    List<Match> search(String question, Language language, int limit) {
        Map<String, Double> best = new HashMap<>();
        score(question, language, 1.0, best);
        if (language != Language.NL) {
            score(question, Language.NL, VIA_DUTCH, best);
        }
        return best.entrySet().stream()
                .map(e -> new Match(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::entryId))
                .limit(limit)
                .toList();
    }

    private void score(String question, Language language, double factor, Map<String, Double> best) {
        Map<String, Double> similar = new HashMap<>();
        phrasings(question, language, similar);
        Map<String, Double> covered = coverage.get(language).score(question);
        similar.forEach((id, sim) -> {
            double mixed = (1 - COVERAGE_WEIGHT) * sim + COVERAGE_WEIGHT * covered.getOrDefault(id, 0.0);
            best.merge(id, factor * mixed, Math::max);
        });
    }

    private void phrasings(String question, Language language, Map<String, Double> best) {
        double factor = 1.0;
        Space space = spaces.get(language);
        Map<String, Double> features = analysis.features(question, language);
        SparseVector words = SparseVector.of(features, space.idf(), space.unknownIdf(), "w:");
        SparseVector grams = SparseVector.of(features, space.idf(), space.unknownIdf(), "g:");
        for (Doc doc : space.docs()) {
            double sim = WORD_WEIGHT * words.dot(doc.words()) + (1 - WORD_WEIGHT) * grams.dot(doc.grams());
            double score = factor * (doc.answer() ? ANSWER_WEIGHT * sim : sim);
            best.merge(doc.entryId(), score, Math::max);
        }
    }

    private Space space(Language language, Collection<FaqEntry> entries) {
        Map<String, List<Map<String, Double>>> phrasings = new LinkedHashMap<>();
        Map<String, Map<String, Double>> answers = new LinkedHashMap<>();
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (FaqEntry e : entries) {
            FaqEntry.Text text = e.text(language);
            if (text == null) {
                continue;
            }
            List<Map<String, Double>> list = new ArrayList<>();
            List<String> asked = new ArrayList<>(text.questions());
            if (!text.title().isBlank()) {
                asked.add(text.title());
            }
            for (String q : asked) {
                Map<String, Double> f = analysis.features(q, language);
                list.add(f);
                f.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
                n++;
            }
            phrasings.put(e.id(), list);
            Map<String, Double> a = analysis.features(text.answer(), language);
            a.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
            answers.put(e.id(), a);
            n++;
        }
        Map<String, Double> idf = new HashMap<>();
        int docs = n;
        df.forEach((k, v) -> idf.put(k, Math.log((docs + 1.0) / (v + 1.0)) + 1));
        double unknownIdf = Math.log(docs + 1.0) + 1;
        List<Doc> all = new ArrayList<>();
        phrasings.forEach((id, list) -> list.forEach(f -> all.add(new Doc(id,
                SparseVector.of(f, idf, unknownIdf, "w:"), SparseVector.of(f, idf, unknownIdf, "g:"), false))));
        answers.forEach((id, f) -> all.add(new Doc(id,
                SparseVector.of(f, idf, unknownIdf, "w:"), SparseVector.of(f, idf, unknownIdf, "g:"), true)));
        return new Space(all, idf, unknownIdf);
    }
}
