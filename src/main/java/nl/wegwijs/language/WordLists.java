package nl.wegwijs.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * A language's spoken-word lists (content in {@code language/<code>/}): extra stop words, one per line, and
 * Solr-format synonym lines that map spoken forms to the words the content uses. A missing or broken
 * list fails start-up naming the file.
 */
final class WordLists {
    private WordLists() {
    }

    /** {@code base} plus the words of {@code resource} ("#" starts a comment). */
    static CharArraySet stopwords(CharArraySet base, boolean ignoreCase, String resource) {
        CharArraySet set = new CharArraySet(base, ignoreCase);
        try (BufferedReader reader = new BufferedReader(open(resource))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(set::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CharArraySet.unmodifiableSet(set);
    }

    /** The lines of {@code resource} without comments and blank lines. */
    static java.util.List<String> lines(String resource) {
        try (BufferedReader reader = new BufferedReader(open(resource))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The synonym lines of {@code resource}, both sides analysed by {@code words} so any inflection meets its line. */
    static SynonymMap synonyms(String resource, Analyzer words) {
        try (Reader reader = open(resource)) {
            return synonyms(resource, reader, words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Synonym lines read from {@code lines} ({@code name} says where they come from in an error). */
    static SynonymMap synonyms(String name, Reader lines, Analyzer words) {
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, false, words);
            parser.parse(lines);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    private static Reader open(String resource) {
        var in = WordLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
