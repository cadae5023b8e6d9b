package nl.wegwijs.knowledge;

import java.util.ArrayList;
import java.util.Collection;
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
 *
 * <p>Speed: everything about the content is computed once. A question's features are looked up
 * in an inverted index (feature → the phrasings that have it, with their weights), so only the
 * phrasings that share a feature with the question are touched, and scores add up in arrays
 * indexed by phrasing and entry instead of maps.
 */
final class FaqRetriever {

    static final double WORD_WEIGHT = 0.55;
    static final double ANSWER_WEIGHT = 0.75;
    static final double VIA_DUTCH = 0.9;
    static final double VIA_ENGLISH = Double.parseDouble(System.getProperty("wegwijs.viaEnglish", "0.85"));
    static final double COVERAGE_WEIGHT = 0.5;

    record Match(String entryId, double score) {
    }

    /** One language's index: entries, phrasings (documents) and postings per feature. */
    private static final class Space {
        final String[] entryIds;
        final int[] docEntry;
        final boolean[] docAnswer;
        final Map<String, Integer> featureIds = new HashMap<>();
        final double[] idf;
        final double unknownIdf;
        final int[][] postingDocs;
        final double[][] postingWeights;

        Space(String[] entryIds, int[] docEntry, boolean[] docAnswer, List<Map<String, Double>> docFeatures) {
            this.entryIds = entryIds;
            this.docEntry = docEntry;
            this.docAnswer = docAnswer;
            Map<String, Integer> df = new HashMap<>();
            docFeatures.forEach(f -> f.keySet().forEach(k -> df.merge(k, 1, Integer::sum)));
            int docs = docFeatures.size();
            idf = new double[df.size()];
            df.forEach((k, v) -> {
                int id = featureIds.size();
                featureIds.put(k, id);
                idf[id] = Math.log((docs + 1.0) / (v + 1.0)) + 1;
            });
            unknownIdf = Math.log(docs + 1.0) + 1;
            List<List<int[]>> docsPer = new ArrayList<>();
            List<List<Double>> weightsPer = new ArrayList<>();
            for (int i = 0; i < idf.length; i++) {
                docsPer.add(new ArrayList<>());
                weightsPer.add(new ArrayList<>());
            }
            for (int d = 0; d < docs; d++) {
                Map<String, Double> f = docFeatures.get(d);
                // Words and trigrams are two unit vectors of one document (cosines mixed later).
                for (String prefix : new String[] {"w:", "g:"}) {
                    double norm = 0;
                    for (var e : f.entrySet()) {
                        if (e.getKey().startsWith(prefix)) {
                            double v = (1 + Math.log(e.getValue())) * idf[featureIds.get(e.getKey())];
                            norm += v * v;
                        }
                    }
                    double n = Math.sqrt(norm);
                    for (var e : f.entrySet()) {
                        if (n > 0 && e.getKey().startsWith(prefix)) {
                            int id = featureIds.get(e.getKey());
                            docsPer.get(id).add(new int[] {d});
                            weightsPer.get(id).add((1 + Math.log(e.getValue())) * idf[id] / n);
                        }
                    }
                }
            }
            postingDocs = new int[idf.length][];
            postingWeights = new double[idf.length][];
            for (int i = 0; i < idf.length; i++) {
                postingDocs[i] = docsPer.get(i).stream().mapToInt(a -> a[0]).toArray();
                postingWeights[i] = weightsPer.get(i).stream().mapToDouble(Double::doubleValue).toArray();
            }
        }

        int docs() {
            return docEntry.length;
        }
    }

    /** Per-thread work arrays, so a search allocates little. */
    private static final class Scratch {
        double[] words = new double[0];
        double[] grams = new double[0];
        double[] entryBest = new double[0];

        void ensure(int docs, int entries) {
            if (words.length < docs) {
                words = new double[docs];
                grams = new double[docs];
            }
            if (entryBest.length < entries) {
                entryBest = new double[entries];
            }
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final TextAnalysis analysis;
    private final Map<Language, Space> spaces = new EnumMap<>(Language.class);
    private final Map<Language, EntryCoverage> coverage = new EnumMap<>(Language.class);

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
        } else {
            // Dutch parents mix in English ("een meeting met de care coordinator"), and a short
            // English message with Dutch service words may have been taken for Dutch.
            score(question, Language.EN, VIA_ENGLISH, best);
        }
        List<Match> all = new ArrayList<>(best.size());
        best.forEach((id, s) -> all.add(new Match(id, s)));
        all.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : a.entryId().compareTo(b.entryId()));
        return all.size() <= limit ? all : List.copyOf(all.subList(0, limit));
    }

    private void score(String question, Language language, double factor, Map<String, Double> best) {
        Parts p = parts(question, language);
        String[] entryIds = p.space().entryIds;
        for (int e = 0; e < entryIds.length; e++) {
            if (p.phrasing()[e] < 0 && p.covered()[e] == 0) {
                continue;
            }
            double mixed = (1 - COVERAGE_WEIGHT) * Math.max(0, p.phrasing()[e]) + COVERAGE_WEIGHT * p.covered()[e];
            best.merge(entryIds[e], factor * mixed, Math::max);
        }
    }

    /** For tuning: the best phrasing similarity and the coverage of one entry (-1 and 0 when absent). */
    double[] parts(String question, Language language, String entryId) {
        Parts p = parts(question, language);
        String[] entryIds = p.space().entryIds;
        for (int e = 0; e < entryIds.length; e++) {
            if (entryIds[e].equals(entryId)) {
                return new double[] {p.phrasing()[e], p.covered()[e]};
            }
        }
        return new double[] {-1, 0};
    }

    /**
     * Per entry of the language's space: the best phrasing similarity (-1: no phrasing shares a feature) and the
     * coverage. {@code phrasing} is the thread's scratch array: read it before the next call on this thread.
     */
    private record Parts(Space space, double[] phrasing, double[] covered) {
    }

    private Parts parts(String question, Language language) {
        Space space = spaces.get(language);
        Scratch s = SCRATCH.get();
        s.ensure(space.docs(), space.entryIds.length);
        java.util.Arrays.fill(s.entryBest, 0, space.entryIds.length, -1);
        phrasings(question, language, space, s);
        return new Parts(space, s.entryBest, coverage.get(language).score(question, space.entryIds));
    }

    /** Best phrasing similarity per entry into {@code s.entryBest} (-1: no phrasing shares a feature). */
    private void phrasings(String question, Language language, Space space, Scratch s) {
        Map<String, Double> features = analysis.features(question, language);
        int docs = space.docs();
        java.util.Arrays.fill(s.words, 0, docs, 0);
        java.util.Arrays.fill(s.grams, 0, docs, 0);
        for (String prefix : new String[] {"w:", "g:"}) {
            double norm = 0;
            for (var e : features.entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    Integer id = space.featureIds.get(e.getKey());
                    double v = (1 + Math.log(e.getValue())) * (id == null ? space.unknownIdf : space.idf[id]);
                    norm += v * v;
                }
            }
            if (norm == 0) {
                continue;
            }
            double n = Math.sqrt(norm);
            double[] into = prefix.equals("w:") ? s.words : s.grams;
            for (var e : features.entrySet()) {
                Integer id = e.getKey().startsWith(prefix) ? space.featureIds.get(e.getKey()) : null;
                if (id == null) {
                    continue;
                }
                double q = (1 + Math.log(e.getValue())) * space.idf[id] / n;
                int[] postings = space.postingDocs[id];
                double[] weights = space.postingWeights[id];
                for (int i = 0; i < postings.length; i++) {
                    into[postings[i]] += q * weights[i];
                }
            }
        }
        for (int d = 0; d < docs; d++) {
            double w = s.words[d];
            double g = s.grams[d];
            if (w == 0 && g == 0) {
                continue;
            }
            double sim = WORD_WEIGHT * w + (1 - WORD_WEIGHT) * g;
            double score = space.docAnswer[d] ? ANSWER_WEIGHT * sim : sim;
            int e = space.docEntry[d];
            if (score > s.entryBest[e]) {
                s.entryBest[e] = score;
            }
        }
    }

    private Space space(Language language, Collection<FaqEntry> entries) {
        Map<String, Integer> entryIndex = new LinkedHashMap<>();
        List<Integer> docEntry = new ArrayList<>();
        List<Boolean> docAnswer = new ArrayList<>();
        List<Map<String, Double>> docFeatures = new ArrayList<>();
        for (FaqEntry e : entries) {
            FaqEntry.Text text = e.text(language);
            if (text == null) {
                continue;
            }
            int index = entryIndex.computeIfAbsent(e.id(), k -> entryIndex.size());
            List<String> asked = new ArrayList<>(text.questions());
            if (!text.title().isBlank()) {
                asked.add(text.title());
            }
            for (String q : asked) {
                docFeatures.add(analysis.features(q, language));
                docEntry.add(index);
                docAnswer.add(false);
            }
            docFeatures.add(analysis.features(text.answer(), language));
            docEntry.add(index);
            docAnswer.add(true);
        }
        boolean[] answers = new boolean[docAnswer.size()];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = docAnswer.get(i);
        }
        return new Space(entryIndex.keySet().toArray(String[]::new), docEntry.stream().mapToInt(Integer::intValue).toArray(),
                answers, docFeatures);
    }
}
