package nl.wegwijs.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The terms an analyzer makes of a text, for the analyzer tests (a fresh analyzer each time, as each test reads one). */
final class AnalyzerTokens {

    private AnalyzerTokens() {
    }

    static List<String> of(Supplier<? extends Analyzer> analyzers, String text) {
        List<String> out = new ArrayList<>();
        try (Analyzer analyzer = analyzers.get(); TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
