package nl.wegwijs.language;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Adds a second form of a word at the same position when {@code variant} gives one (a spoken
 * prefix or a Turkish case ending cut off): the word as typed stays, so a guess that is wrong for
 * an ordinary word costs one extra token, never the word itself.
 */
final class WordVariantFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final UnaryOperator<String> variant;
    private AttributeSource.State pending;
    private String next;

    /** @param variant the other form of a word, or the word itself when there is none */
    WordVariantFilter(TokenStream in, UnaryOperator<String> variant) {
        super(in);
        this.variant = variant;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next != null) {
            restoreState(pending);
            term.setEmpty().append(next);
            position.setPositionIncrement(0);
            next = null;
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String other = variant.apply(word);
        if (!other.equals(word)) {
            next = other;
            pending = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = null;
        pending = null;
    }
}
