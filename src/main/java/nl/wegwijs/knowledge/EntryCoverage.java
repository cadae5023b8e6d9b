package nl.wegwijs.knowledge;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.language.Language;

/**
 * How much of a question's meaning an entry covers: the IDF-weighted share of the question's
 * stemmed words found in the entry (its phrasings count fully, its answer partly). This suits
 * long, story-like questions, which share many words with an entry but with no single phrasing.
 * A word the content never uses is first corrected to a near vocabulary word (a typo); words
 * that stay unknown count half, so a question about something else scores low.
 */
final class EntryCoverage {

    static final double ANSWER_ONLY = 0.6;
    static final double UNKNOWN_SHARE = 0.5;

    private final TextAnalysis analysis;
    private final Language language;
    private final Map<String, Map<String, Double>> weights = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();
    private final double unknownIdf;

    EntryCoverage(TextAnalysis analysis, Language language, Collection<FaqEntry> entries) {
        this.analysis = analysis;
        this.language = language;
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (FaqEntry e : entries) {
            FaqEntry.Text text = e.text(language);
            if (text == null) {
                continue;
            }
            Map<String, Double> w = new HashMap<>();
            analysis.stems(text.answer(), language).forEach(s -> w.put(s, ANSWER_ONLY));
            StringBuilder asked = new StringBuilder(text.title());
            text.questions().forEach(q -> asked.append(' ').append(q));
            analysis.stems(asked.toString(), language).forEach(s -> w.put(s, 1.0));
            weights.put(e.id(), w);
            w.keySet().forEach(s -> df.merge(s, 1, Integer::sum));
            n++;
        }
        int entries1 = n;
        df.forEach((s, d) -> idf.put(s, Math.log(1.0 + (double) entries1 / d)));
        vocabulary.addAll(df.keySet());
        this.unknownIdf = idf.values().stream().mapToDouble(Double::doubleValue).average().orElse(1.0) * UNKNOWN_SHARE;
    }

    Map<String, Double> score(String question) {
        List<String> stems = analysis.stems(question, language).stream().distinct().map(this::corrected).toList();
        double total = 0;
        for (String s : stems) {
            total += idf.getOrDefault(s, unknownIdf);
        }
        Map<String, Double> scores = new HashMap<>();
        if (total == 0) {
            return scores;
        }
        for (var e : weights.entrySet()) {
            double covered = 0;
            for (String s : stems) {
                Double w = e.getValue().get(s);
                if (w != null) {
                    covered += w * idf.get(s);
                }
            }
            scores.put(e.getKey(), covered / total);
        }
        return scores;
    }

    private String corrected(String stem) {
        if (vocabulary.contains(stem) || stem.length() < 5) {
            return stem;
        }
        int allowed = stem.length() >= 9 ? 2 : 1;
        for (String v : vocabulary) {
            if (v.charAt(0) == stem.charAt(0) && Typos.within(stem, v, allowed)) {
                return v;
            }
        }
        return stem;
    }
}
