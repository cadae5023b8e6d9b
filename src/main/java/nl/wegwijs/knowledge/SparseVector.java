package nl.wegwijs.knowledge;

import java.util.HashMap;
import java.util.Map;

/** A unit-length TF-IDF vector over text features; cosine similarity is then a dot product. */
record SparseVector(Map<String, Double> weights) {

    static final SparseVector EMPTY = new SparseVector(Map.of());

    static SparseVector of(Map<String, Double> counts, Map<String, Double> idf, double unknownIdf, String prefix) {
        Map<String, Double> w = new HashMap<>();
        double norm = 0;
        for (var e : counts.entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            double v = (1 + Math.log(e.getValue())) * idf.getOrDefault(e.getKey(), unknownIdf);
            w.put(e.getKey(), v);
            norm += v * v;
        }
        if (norm == 0) {
            return EMPTY;
        }
        double n = Math.sqrt(norm);
        w.replaceAll((k, v) -> v / n);
        return new SparseVector(w);
    }

    double dot(SparseVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double sum = 0;
        for (var e : small.entrySet()) {
            Double v = large.get(e.getKey());
            if (v != null) {
                sum += e.getValue() * v;
            }
        }
        return sum;
    }
}
