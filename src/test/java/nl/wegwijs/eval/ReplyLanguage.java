package nl.wegwijs.eval;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared eval runner's language heuristic (../shared/eval/run_cases.py), so both judge alike. */
final class ReplyLanguage {

    private static final Map<String, Set<String>> STOP = Map.of(
            "nl", Set.of("de het een en van je u is niet kan voor met op ook dat wat bij naar hulp uw jouw kunt".split(" ")),
            "en", Set.of("the you your and can to of is for with help this that are be it if what".split(" ")),
            "tr", Set.of("ve bir için bu ile da de çocuğunuz yardım olarak değil veya siz sizin size mı mi ne".split(" ")),
            "pl", Set.of("się jest nie dla i w z na że może pomoc dziecko pani pan czy do to jak".split(" ")));

    private ReplyLanguage() {
    }

    static String of(String text) {
        int letters = 0;
        int arabic = 0;
        int cyrillic = 0;
        for (char ch : text.toCharArray()) {
            if (Character.isLetter(ch)) {
                letters++;
                arabic += ch >= '\u0600' && ch <= '\u06ff' ? 1 : 0;
                cyrillic += ch >= '\u0400' && ch <= '\u04ff' ? 1 : 0;
            }
        }
        if (letters == 0) {
            return "?";
        }
        if ((double) arabic / letters >= 0.4) {
            return "ar";
        }
        if ((double) cyrillic / letters >= 0.4) {
            return "uk";
        }
        Map<String, Integer> score = new java.util.HashMap<>();
        Matcher m = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS).matcher(text.toLowerCase());
        while (m.find()) {
            for (var e : STOP.entrySet()) {
                if (e.getValue().contains(m.group())) {
                    score.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        score.merge("tr", 2 * count(text, "[ğşı]"), Integer::sum);
        score.merge("pl", 2 * count(text, "[ąęłżźćń]"), Integer::sum);
        // Python's max() keeps the first of equal keys in dict order: nl, en, tr, pl.
        String best = "nl";
        for (String k : new String[] {"nl", "en", "tr", "pl"}) {
            if (score.getOrDefault(k, 0) > score.getOrDefault(best, 0)) {
                best = k;
            }
        }
        return best;
    }

    private static int count(String text, String regex) {
        return (int) Pattern.compile(regex).matcher(text).results().count();
    }
}
