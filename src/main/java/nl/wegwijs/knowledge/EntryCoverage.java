package nl.wegwijs.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.language.Language;

/**
 * How much of a question's meaning an entry covers: the IDF-weighted share of the question's
 * stemmed words found in the entry (its phrasings count fully, its answer partly). This suits
 * long, story-like questions, which share many words with an entry but with no single phrasing.
 * A word the content never uses is first corrected to a near vocabulary word (a typo); words
 * that stay unknown count half, so a question about something else scores low.
 *
 * <p>Built once: per stem the entries that have it (an inverted index), and the vocabulary by
 * first letter for the typo correction, so a question touches only what it shares.
 */
final class EntryCoverage {

    static final double ANSWER_ONLY = 0.6;
    static final double UNKNOWN_SHARE = 0.5;

    private record Posting(int[] entries, double[] weights, double idf) {
    }

    private final TextAnalysis analysis;
    private final Language language;
    private final Map<String, Integer> entryIndex = new LinkedHashMap<>();
    private final Map<String, Posting> postings = new HashMap<>();
    private final Map<Character, List<String>> vocabularyByFirst = new HashMap<>();
    private final double unknownIdf;

    EntryCoverage(TextAnalysis analysis, Language language, Collection<FaqEntry> entries) {
        this.analysis = analysis;
        this.language = language;
        Map<String, Map<Integer, Double>> byStem = new HashMap<>();
        for (FaqEntry e : entries) {
            FaqEntry.Text text = e.text(language);
            if (text == null) {
                continue;
            }
            int index = entryIndex.computeIfAbsent(e.id(), k -> entryIndex.size());
            Map<String, Double> w = new HashMap<>();
            analysis.stems(text.answer(), language).forEach(s -> w.put(s, ANSWER_ONLY));
            StringBuilder asked = new StringBuilder(text.title());
            text.questions().forEach(q -> asked.append(' ').append(q));
            analysis.stems(asked.toString(), language).forEach(s -> w.put(s, 1.0));
            w.forEach((stem, weight) -> byStem.computeIfAbsent(stem, k -> new LinkedHashMap<>()).put(index, weight));
        }
        int n = entryIndex.size();
        double idfSum = 0;
        for (var e : byStem.entrySet()) {
            double idf = Math.log(1.0 + (double) n / e.getValue().size());
            idfSum += idf;
            postings.put(e.getKey(), new Posting(e.getValue().keySet().stream().mapToInt(Integer::intValue).toArray(),
                    e.getValue().values().stream().mapToDouble(Double::doubleValue).toArray(), idf));
            vocabularyByFirst.computeIfAbsent(e.getKey().charAt(0), k -> new ArrayList<>()).add(e.getKey());
        }
        vocabularyByFirst.values().forEach(list -> list.sort(null));
        this.unknownIdf = byStem.isEmpty() ? UNKNOWN_SHARE : idfSum / byStem.size() * UNKNOWN_SHARE;
    }

    /** Scores aligned with {@code entryIds} (the retriever's order for this language). */
    double[] score(String question, String[] entryIds) {
        double[] out = new double[entryIds.length];
        List<String> stems = analysis.stems(question, language).stream().distinct().map(this::corrected).distinct().toList();
        double total = 0;
        for (String s : stems) {
            Posting p = postings.get(s);
            total += p == null ? unknownIdf : p.idf();
        }
        if (total == 0) {
            return out;
        }
        double[] byOwnIndex = new double[entryIndex.size()];
        for (String s : stems) {
            Posting p = postings.get(s);
            if (p == null) {
                continue;
            }
            for (int i = 0; i < p.entries().length; i++) {
                byOwnIndex[p.entries()[i]] += p.weights()[i] * p.idf();
            }
        }
        for (int i = 0; i < entryIds.length; i++) {
            Integer own = entryIndex.get(entryIds[i]);
            out[i] = own == null ? 0 : byOwnIndex[own] / total;
        }
        return out;
    }

    private String corrected(String stem) {
        if (postings.containsKey(stem) || stem.length() < 5) {
            return stem;
        }
        int allowed = stem.length() >= 9 ? 2 : 1;
        for (String v : vocabularyByFirst.getOrDefault(stem.charAt(0), List.of())) {
            if (Math.abs(v.length() - stem.length()) <= allowed && Typos.within(stem, v, allowed)) {
                return v;
            }
        }
        return stem;
    }
}
