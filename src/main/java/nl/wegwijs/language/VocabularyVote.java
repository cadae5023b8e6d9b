package nl.wegwijs.language;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The language of a short or unsure Latin-script message by its words: a word that one of the bot's
 * Latin-script languages' content uses {@link #DOMINANCE} times as often (per word of content) as
 * any other is a vote for that language. A Dutch phrasing that names an English method ("signs of
 * safety") does not make "signs" Dutch. A language
 * wins with more votes than all others together; no vote, or a tie, decides nothing (the message
 * stays "too neutral to tell" and a first one is Dutch). So "interpreter?" and "what is ots pls
 * explane" are English, "wat is pgb" and "hallo" stay Dutch, and a Dutch word in an English
 * message ("gezinsvoogd") is no vote because the English content uses it too.
 */
final class VocabularyVote {

    /** Two-letter words ("ok", "je", "in", "to") are shared or borrowed too widely to tell a language. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final List<Language> LATIN = List.of(Language.NL, Language.EN, Language.TR, Language.PL);

    private final List<ContentVocabulary> sources;

    VocabularyVote(List<ContentVocabulary> sources) {
        this.sources = sources;
    }

    Optional<Language> decide(String text) {
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        Map<Language, Integer> votes = new EnumMap<>(Language.class);
        var m = WORD.matcher(LanguageParts.fold(text));
        while (m.find()) {
            String word = m.group();
            Language best = null;
            double first = 0;
            double second = 0;
            for (Language language : LATIN) {
                double f = frequency(language, word);
                if (f > first) {
                    second = first;
                    first = f;
                    best = language;
                } else if (f > second) {
                    second = f;
                }
            }
            if (best != null && first >= DOMINANCE * second) {
                votes.merge(best, 1, Integer::sum);
            }
        }
        int total = votes.values().stream().mapToInt(Integer::intValue).sum();
        return votes.entrySet().stream().filter(e -> e.getValue() * 2 > total).map(Map.Entry::getKey).findFirst();
    }

    /** A word must be this many times more frequent in one language's content than in any other to vote. */
    static final double DOMINANCE = 3;

    private double frequency(Language language, String word) {
        long count = 0;
        long total = 0;
        for (ContentVocabulary source : sources) {
            count += source.count(language, word);
            total += source.total(language);
        }
        return total == 0 ? 0 : (double) count / total;
    }
}
