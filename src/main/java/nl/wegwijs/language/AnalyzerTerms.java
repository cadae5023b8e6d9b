package nl.wegwijs.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The terms a Lucene analyzer makes of a text, in order: the one token loop the features share. */
public final class AnalyzerTerms {

    private AnalyzerTerms() {
    }

    public static List<String> of(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            // analyzers over a String do no I/O; a failure here is a bug, not a condition to handle
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
