package nl.wegwijs.privacy;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the other mentions of names already found in the message. Polish, Ukrainian and Turkish change
 * the end of a name ("Kuba", "Kuby"; "Богдан", "Богдана"), so a name ending in a vowel matches on its stem
 * and a name ending in a consonant may carry a short case ending.
 */
final class NameMentions {
    private static final String VOWELS = "aeiouyąęóаеиіоуяюєїйь";
    private static final String CASE_ENDING = "(?:a|u|y|e|i|em|ie|owi|ą|ę|s|а|у|ом|ові|ем|ю|і|и|ой|ого|ові)?";
    private static final String START = "(?<![\\p{L}\\p{M}])";
    private static final String END = "(?![\\p{L}\\p{M}])";

    private NameMentions() {
    }

    static String removeAll(String text, Set<String> names) {
        String out = text;
        for (String name : names) {
            for (String word : name.split("[ \\t]+")) {
                String bare = word.replaceAll("[.,]$", "");
                if (bare.length() < 2 || bare.matches(NameRule.PARTICLE) || bare.matches("\\p{Lu}\\.?")
                        || NameLexicon.isNotAName(bare) || "أم".equals(bare) || "أبو".equals(bare)) {
                    continue;
                }
                out = replace(out, mentionPattern(bare));
            }
        }
        return out;
    }

    private static Pattern mentionPattern(String word) {
        char first = word.charAt(0);
        if (first >= '\u0600' && first <= '\u06FF') {
            return Pattern.compile(START + "[وبلفك]?(?<name>" + Pattern.quote(word) + ")" + END);
        }
        char lastChar = Character.toLowerCase(word.charAt(word.length() - 1));
        String forms;
        if (word.length() >= 6) {
            // Long names also have diminutives and other cases that change more than the ending: "Antosia" / "Antoś".
            forms = Pattern.quote(word.substring(0, 4)) + "\\p{Ll}{0,4}";
        } else if (VOWELS.indexOf(lastChar) >= 0 && word.length() >= 4) {
            forms = Pattern.quote(word.substring(0, word.length() - 1)) + "\\p{Ll}{0,3}";
        } else if (VOWELS.indexOf(lastChar) >= 0) {
            forms = Pattern.quote(word.substring(0, word.length() - 1)) + "(?:[" + VOWELS + "]|ę|ą|ой|ою|ей)";
        } else {
            forms = Pattern.quote(word) + CASE_ENDING;
        }
        return Pattern.compile(START + "(?<name>" + forms + ")" + END);
    }

    private static String replace(String text, Pattern p) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sb.append(text, last, m.start("name")).append(Placeholder.NAAM.token());
            last = m.end("name");
        }
        return last == 0 ? text : sb.append(text, last, text.length()).toString();
    }
}
