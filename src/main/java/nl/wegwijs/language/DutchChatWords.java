package nl.wegwijs.language;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * Lucene's Dutch stop words plus the ones parents and teenagers type in a chat ("mn", "zn", "ff", "ofzo",
 * Flemish "nie", "da"): an unknown "mn" in "zelf hulp zonder mn ouders" counted as a content word and
 * halved the match with the phrasings that write "mijn". The list is content, {@code language/nl/}.
 */
final class DutchChatWords {

    static final String STOPWORDS = "language/nl/chat-stopwords.txt";
    static final CharArraySet STOP = WordLists.stopwords(DutchAnalyzer.getDefaultStopSet(), true, STOPWORDS);

    private DutchChatWords() {
    }
}
