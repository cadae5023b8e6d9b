package nl.wegwijs.language;

import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;

/** The terms an analyzer makes of a text, for the analyzer tests (a fresh analyzer each time, as each test reads one). */
final class AnalyzerTokens {

    private AnalyzerTokens() {
    }

    static List<String> of(Supplier<? extends Analyzer> analyzers, String text) {
        try (Analyzer analyzer = analyzers.get()) {
            return AnalyzerTerms.of(analyzer, text);
        }
    }
}
