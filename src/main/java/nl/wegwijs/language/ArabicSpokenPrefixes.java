package nl.wegwijs.language;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;

/**
 * Verb and article prefixes of spoken Arabic that Lucene's light stemmer does not know, glued to
 * the word as people type them: the present-tense b- of Levantine and Egyptian ("بينام", "بتحكي"),
 * the k- of Darija ("كتبكي", "كينعس"), the Egyptian future h- ("حيروح"), a glued negation
 * ("مابيسمع", "ماعم"), "ع" for "على" and "ها" for "this" before the article ("عالمدرسة",
 * "هالسنة"). The word without the prefix ("ينام", "تبكي", "المدرسة") is added at the same position,
 * so it meets the standard Arabic of the content; the word as typed stays too, because the same
 * letters also begin ordinary words ("بيت", "كتاب": too short to be cut, or kept beside the cut).
 * Runs on normalised text (no hamza forms, ta marbuta as ha), before the stemmer.
 */
final class ArabicSpokenPrefixes {

    private ArabicSpokenPrefixes() {
    }

    /** The words of {@code in} with their form without a spoken prefix beside them; {@code listed} are left whole. */
    static TokenStream filter(TokenStream in, CharArraySet listed) {
        return new WordVariantFilter(in, word -> listed.contains(word) ? word : withoutPrefix(word));
    }

    /** The word without the spoken prefixes above; the word itself when none applies. */
    static String withoutPrefix(String word) {
        String w = word;
        // the negation circumfix of Darija and Egyptian: "ما ... ش" around the verb, glued ("ماعرفتش",
        // "مكيسمعش", "معندوش") or with "ما" apart ("ما بقاش"); the "م" alone is cut only when the
        // "ش" shows it is one ("مكتب" keeps its letters)
        if (w.length() >= 4 && w.endsWith("ش")) {
            w = w.substring(0, w.length() - 1);
            if (w.length() >= 4 && w.charAt(0) == 'م' && w.charAt(1) != 'ا' && "كبتيعن".indexOf(w.charAt(1)) >= 0) {
                w = w.substring(1);
            }
            String rest = withoutPrefix(w);
            return rest.length() < 3 ? word : rest;
        }
        if ((w.startsWith("و") || w.startsWith("ف")) && w.length() >= 5) {
            w = w.substring(1);
        }
        String before = w;
        if (w.length() != word.length() && "بكحعهم".indexOf(w.charAt(0)) < 0) {
            return word;
        }
        boolean verb = false;
        // glued negation: "مابيسمع", "ماعم", "مابدو"
        if (w.startsWith("ما") && w.length() >= 5 && "بيتنكعح".indexOf(w.charAt(2)) >= 0) {
            w = w.substring(2);
            verb = true;
        }
        // "ع" (on, to) or "ها" (this) before the article: "عالمدرسة", "هالسنة"
        if (w.startsWith("عال") && w.length() >= 5) {
            w = w.substring(1);
        } else if (w.startsWith("هال") && w.length() >= 6) {
            // the article's alif is not written after "ها": "هالسنة" is "ها" + "السنة"
            w = "ال" + w.substring(3);
        }
        // present b-/k- and future h- before the person prefix: "بينام", "كتبكي", "حيروح"
        if (w.length() >= 5 && "بكح".indexOf(w.charAt(0)) >= 0 && "يتن".indexOf(w.charAt(1)) >= 0) {
            w = w.substring(1);
            verb = true;
        }
        // the Levantine first person has the b- on the bare stem ("بطلب", "بعرف", "بسجل": I ask, I
        // know, I register); a short word only, and not before the letters of common nouns ("بنت",
        // "بلدية") or the article ("بالمدرسة")
        if (!verb && w.length() >= 4 && w.length() <= 5 && w.charAt(0) == 'ب' && "اويتنلم".indexOf(w.charAt(1)) < 0) {
            w = "ي" + w.substring(1);
            verb = true;
        }
        // the person of a present-tense verb: "تنام", "ناخد", after a cut also "اطلب", meet the
        // third person the content's questions mostly use ("ينام", "ياخد", "يطلب")
        if (w.length() >= 4 && ("تن".indexOf(w.charAt(0)) >= 0 || verb && w.charAt(0) == 'ا')) {
            w = "ي" + w.substring(1);
        }
        // the object "me" on a spoken verb ("بيضربني", "يخليني"): the light stemmer leaves "ن" on
        if (w.length() >= 5 && w.endsWith("ني") && (verb || w.charAt(0) == 'ي')) {
            w = w.substring(0, w.length() - 2);
        }
        // the conjunction goes too: the stemmer would take it off the standard word as well
        return w.equals(before) || w.length() < 3 || w.equals("عم") ? word : w;
    }
}
