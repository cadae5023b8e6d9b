package nl.wegwijs.insights;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.wegwijs.language.AnalyzerTerms;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Whether two questions say nearly the same words: Lucene folds case and diacritics and makes word
 * shingles (each word and each pair of neighbouring words); two questions are near-identical when at
 * least {@value #SAME} of their shingles are shared (Jaccard). Word pairs make it sensitive to order and
 * to every added word, so a question with a personal sentence added ("... Ik ben daar de imam sinds
 * 2019") is not near-identical to the plain question; that is the point: an example shown in a report
 * must be words that k people wrote, never one person's.
 */
final class NearIdentical {

    static final double SAME = 0.6;

    private static final Analyzer SHINGLES = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer words = new StandardTokenizer();
            TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(words));
            ShingleFilter pairs = new ShingleFilter(folded, 2, 2);
            pairs.setOutputUnigrams(true);
            return new TokenStreamComponents(words, pairs);
        }
    };

    private NearIdentical() {
    }

    static Set<String> shingles(String text) {
        return new LinkedHashSet<>(AnalyzerTerms.of(SHINGLES, text));
    }

    static boolean same(Set<String> a, Set<String> b) {
        return !a.isEmpty() && QuestionClusters.jaccard(a, b) >= SAME;
    }
}
