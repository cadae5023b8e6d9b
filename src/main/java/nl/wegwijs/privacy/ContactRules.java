package nl.wegwijs.privacy;

import java.util.List;
import java.util.regex.Pattern;

/** E-mail addresses, links and chat handles. Run first: their text contains digits and names that later rules would half-match. */
final class ContactRules {
    private ContactRules() {
    }

    static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+(?:@|\\s?[\\[(]at[\\])]\\s?)[\\p{L}\\p{N}-]+(?:(?:\\.|\\s?[\\[(]dot[\\])]\\s?)[\\p{L}\\p{N}-]+)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // A link ends at white space; trailing punctuation belongs to the sentence, not to the link.
    static final Pattern LINK = Pattern.compile(
            "(?i)(?:https?://|www\\.|(?<![\\w.])(?:t\\.me|wa\\.me|telegram\\.me|instagram\\.com|facebook\\.com|fb\\.com|tiktok\\.com)/)"
                    + "\\S*[^\\s.,;:!?)\\]'\"]");

    // Instagram and TikTok names may hold dots inside: "@sevgi.anne_38", "@thijs.v.2010".
    static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_])(?![A-Za-z0-9_])");

    /**
     * A handle written without "@" ("my snap is sanne_mama88", "op insta (lieke.xx.2011)"): no word in any of
     * the six languages holds an underscore, or letters and digits joined by dots. Links and e-mail went first.
     */
    static final Pattern BARE_HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_.@/\\[])(?=[A-Za-z0-9._]*(?:_|[A-Za-z][A-Za-z0-9]*\\.[A-Za-z0-9.]*\\d|\\d[A-Za-z0-9]*\\.[A-Za-z0-9.]*[A-Za-z]))"
            + "[A-Za-z0-9]+(?:[._][A-Za-z0-9]+)+(?![A-Za-z0-9_\\]]|\\.[A-Za-z0-9])");

    static List<ScrubRule> rules() {
        return List.of(
                new RegexRule(EMAIL, Placeholder.EMAIL),
                new RegexRule(LINK, Placeholder.LINK),
                new RegexRule(HANDLE, Placeholder.HANDLE),
                new RegexRule(BARE_HANDLE, Placeholder.HANDLE));
    }
}
