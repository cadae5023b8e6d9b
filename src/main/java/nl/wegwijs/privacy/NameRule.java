package nl.wegwijs.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names of parents, children and care workers. There is no dictionary of all names, so names are found where
 * people put them: after a cue (introductions, family words, titles, greetings and sign-offs), plus common
 * given names anywhere. Once found, every other mention of the name in the message goes too, including
 * inflected forms ("Богдан" / "Богдана", "Kuba" / "Kuby").
 */
final class NameRule implements ScrubRule {
    // A capitalised word; names like "Anne-Marie" count as one.
    static final String WORD = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?";
    private static final String INITIALS = "(?:\\p{Lu}\\.[ \\t]?){1,3}";
    static final String PARTICLE = "(?:van|de|der|den|ter|ten|te|el|al|da|di|du|le|la|von|bin|ibn|'t)";
    /** "Ahmed", "Sanne de Vries", "J. de Vries", "van Dijk", "Fatima el Amrani", "Van den Berg". */
    static final String NAME = "(?:" + INITIALS + "(?:" + PARTICLE + "[ \\t])*" + WORD
            + "|(?:" + PARTICLE + "[ \\t]){1,2}" + WORD
            + "|" + WORD + "(?:[ \\t](?:" + PARTICLE + "[ \\t]){0,2}" + WORD + "){0,2})";
    static final String ARABIC_WORD = "[\\u0621-\\u064A\\u064B-\\u065F\\u0670-\\u06D3]+";
    private static final String START = "(?<![\\p{L}\\p{M}])";
    private static final String END = "(?![\\p{L}\\p{M}])";

    private static final String INTRO = "mijn naam is|mijn naam|ik heet|heet|heten|ik ben|ben ik|noem me|my name is|my name's|name is|name's|i'm|i’m|i am"
            + "|this is|call me|benim adım|benim ismim|adım|ismim|adı|ismi|ben|nazywam się|mam na imię|mam na imie|jestem|z tej strony"
            + "|мене звати|мене звуть|моє ім['’]я|його звати|її звати|звати|звуть|я|меня зовут|это";
    private static final String RELATION = "zoon|zoontje|dochter|dochtertje|kindje|pleegzoon|pleegdochter|stiefzoon|stiefdochter|kleinzoon|kleindochter"
            + "|broertje|zusje|oudste|jongste|onze|ons|(?:mijn|m'n|mn)\\s+(?:man|vrouw|partner|ex|kind|broer|zus|neef|nicht|vriend|vriendin"
            + "|moeder|vader|schoonmoeder|schoonvader|oma|opa|tante|oom|buurvrouw|buurman|stiefvader|stiefmoeder)"
            + "|moeder van|vader van|mama van|papa van|oma van|opa van|hij heet|zij heet|dat van|die van"
            + "|twins|tweeling|bliźniaki|близнюки|ikizler|son|daughter|stepson|stepdaughter|foster son|foster daughter|nephew|niece|grandson|granddaughter"
            + "|(?:my|our)\\s+(?:twins|husband|wife|partner|ex|child|kid|boy|girl|brother|sister|baby|eldest|youngest|oldest|little one|twins?"
            + "|mum|mom|mother|dad|father|stepfather|stepmother|mother-in-law|father-in-law|aunt|uncle|grandmother|grandfather|neighbour|neighbor)"
            + "|mum of|mom of|mother of|father of|dad of|son's name is|daughter's name is|his name is|her name is|(?:he|she) is called"
            + "|oğlum|kızım|oğlumuz|kızımız|eşim|kocam|karım|çocuğum|torunum|kardeşim|yeğenim|oğlumun adı|kızımın adı"
            + "|annem|babam|ablam|abim|ağabeyim|teyzem|halam|dayım|amcam|kayınvalidem|kayınpederim|kaynanam|yengem|eniştem"
            + "|anneannem|babaannem|dedem|komşum|üvey babam|üvey annem"
            + "|starsza|starszy|młodsza|młodszy|syn|synek|syna|synem|synowi|córka|córeczka|córki|córkę|córką|mąż|męża|żona|żony|partnerka|brat|siostra|wnuk|wnuczka"
            + "|mama|tata|ojciec|matka|mamą|tatą|ma na imię|nazywa się|teściowa|teść|ciocia|wujek|babcia|dziadek|sąsiadka|sąsiad|ojczym|macocha"
            + "|старша|старший|молодша|молодший|доця|син|сина|синок|синочок|донька|доньки|доньку|дочка|дочки|доня|донечка|чоловік|чоловіка|дружина|брат|сестра|онук|онука"
            + "|тато|мама|батько|мати|на ім['’]я|свекруха|свекор|теща|тесть|бабуся|дідусь|тітка|дядько|сусідка|сусід|вітчим|мачуха";
    private static final String TITLE = "mevrouw|mevr\\.?|mw\\.?|meneer|mnr\\.?|dhr\\.?|de heer|juf|juffrouw|meester|dokter|dr\\.?|drs\\.?|prof\\.?"
            + "|huisarts|jeugdarts|jeugdconsulent|consulent|casemanager|gezinsvoogd|gezinscoach|hulpverlener|begeleider|mentor"
            + "|wijkcoach|coach|trainer|trainster|trener|trenerka|antrenör|antrenörü|тренер|тренерка|psycholoog|psychologe|therapeut|orthopedagoog|pedagoog|leerkracht|intern begeleider|zorgcoördinator"
            + "|mr\\.?|mrs\\.?|ms\\.?|miss|doctor|teacher|caseworker|case worker|case manager|social worker|counsellor|counselor"
            + "|therapist|nurse|psychologist|gp|paediatrician|pediatrician|doktor|öğretmen|öğretmeni|hemşire|bayan|bay|sayın|müdür|müdürü"
            + "|pani doktor|pani|pan|panią|pana|panem|lekarz|lekarka|nauczycielka|nauczyciel|pedagog|psycholog|psycholożka"
            + "|opiekunka|opiekun|kurator|kuratorka|пані|пан|пана|лікар|лікарка|вчителька|вчитель|психолог|психологиня"
            + "|консультант|консультантка|працівниця|працівник|соцпрацівниця|куратор|кураторка";
    private static final String GREETING = "hi|hello|hey|hoi|hallo|dag|goedemorgen|goedemiddag|goedenavond|merhaba|selam|iyi günler"
            + "|cześć|dzień dobry|witam|привіт|добрий день|доброго дня|вітаю|здравствуйте";
    private static final String SIGN_OFF = "groetjes|groeten|groet|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|mvg|m\\.v\\.g\\.|gr\\.|liefs"
            + "|hartelijke groet(?:en)?|dank je wel|dank u wel|dankjewel|bedankt|alvast bedankt|kind regards|best regards|warm regards"
            + "|regards|best wishes|best|thanks|thank you|many thanks|cheers|love|sincerely|saygılarımla|saygılar|teşekkürler"
            + "|teşekkür ederim|sevgiler|selamlar|pozdrawiam|serdecznie pozdrawiam|z poważaniem|dziękuję|dzięki|pozdrowienia"
            + "|з повагою|дякую|щиро|з найкращими побажаннями|всього доброго";
    private static final String TURKISH_TITLE_AFTER = "Hanım|hanım|Hanim|hanim|Bey|bey|Hoca|hoca|Hocam|hocam|Öğretmen|öğretmen|Abla|abla|Teyze|teyze|Amca|amca";

    private static final String AR_INTRO = "اسمي|إسمي|أسمي|اسمه|اسمها|واسمه|واسمها|اسم ابني|اسم ابنتي|اسمي هو|اسمي هي";
    private static final String AR_RELATION = "(?:و|ل)?(?:ابني|ابنتي|بنتي|ابننا|ابنتنا|بنتنا|طفلي|طفلتي|زوجي|زوجتي|أخي|أختي|ولدي|حفيدي|حفيدتي)";
    private static final String AR_TITLE = "السيد|السيدة|الأستاذ|الأستاذة|الاستاذ|الاستاذة|المعلم|المعلمة|الدكتور|الدكتورة|الطبيب|الطبيبة"
            + "|المرشدة|المرشد|الأخصائية|الأخصائي|الموظفة|الموظف|الممرضة";
    private static final String AR_SIGN_OFF = "مع التحية|مع تحياتي|تحياتي|شكرا|شكراً|مع الشكر|أختكم|أخوكم|المرسل|المرسلة";
    private static final Set<String> KUNYA = Set.of("أم", "ام", "أبو", "ابو");

    private static final List<NameCue> CUES = List.of(
            // Titles and family words first: "Goedemorgen. Mevr. Koster" must not make "Mevr" the greeted name.
            cue(START + "(?iu:" + TITLE + ")(?:,?[ \\t]+)(?<name>" + NAME + ")", NameRule::trimAfterTitle),
            cue(START + "(?iu:" + RELATION + ")(?:,?[ \\t]+\\(?)(?<name>" + NAME + ")", NameRule::trimLatin),
            cue(START + "(?<name>" + WORD + ")(?=[ \\t]+(?:" + TURKISH_TITLE_AFTER + ")" + END + ")", NameRule::trimLatin),
            cue(START + "(?iu:" + INTRO + ")[ \\t]*:?[ \\t]+(?<name>" + NAME + ")", NameRule::trimLatin),
            cue(START + "(?iu:" + GREETING + ")[ \\t]*[,!]?[ \\t]*(?iu:(?:met|ik ben|this is|it's|it’s|its|it is|tu|це|ben)[ \\t]+)?(?<name>" + NAME + ")"
                    + "(?=[ \\t]+(?iu:here|hier|tutaj|тут)" + END + "|[ \\t]*[,.!\\n]|[ \\t]*\\z)", NameRule::trimLatin),
            cue(START + "(?iu:" + SIGN_OFF + ")[ \\t]*,?[ \\t]*(?:\\r?\\n[ \\t]*)?(?<name>" + NAME + ")", NameRule::trimLatin),
            // A full name after a dash: "onze voogd — Sandra Willems".
            cue("[—–][ \\t]*(?<name>" + WORD + "[ \\t]+" + WORD + ")", NameRule::trimLatin),
            // A line holding only a name, a dashed signature, or a one-word last sentence ("... Dank u. Petra").
            cue("(?:^|\\n)[ \\t]*[-–—~][ \\t]*(?<name>" + NAME + ")[ \\t]*(?=\\n|\\z)", NameRule::trimLatin),
            cue("\\n[ \\t]*(?<name>" + NAME + ")[ \\t]*(?=\\r?\\n|\\z)", NameRule::trimLatin),
            cue("[.!?,][ \\t]+(?<name>" + WORD + ")[ \\t]*[.!]?[ \\t]*\\z", NameRule::trimLatin),
            // Arabic script has no capitals, so words after a cue are checked against a stop list instead.
            cue("(?:" + AR_INTRO + ")[ \\t]*:?[ \\t]+(?<name>" + ARABIC_WORD + "(?:[ \\t]+" + ARABIC_WORD + ")?)", NameRule::trimArabicFull),
            cue(START + AR_RELATION + "[ \\t]+(?<name>" + ARABIC_WORD + "|" + NAME + ")", NameRule::trimArabicFirst),
            cue(START + "(?:" + AR_TITLE + ")[ \\t]+(?<name>" + ARABIC_WORD + "|" + NAME + ")", NameRule::trimArabicAfterTitle),
            cue(START + "(?:أنا|انا)[ \\t]+(?<name>" + ARABIC_WORD + ")(?=[ \\t]*[،,.!؟]|[ \\t]+(?:من|و)[ \\t])", NameRule::trimArabicFirst),
            cue(START + "(?:" + AR_SIGN_OFF + ")[ \\t]*[،,:]?[ \\t]*(?<name>" + ARABIC_WORD + "(?:[ \\t]+" + ARABIC_WORD + ")?)", NameRule::trimArabicFull),
            cue(START + "(?:أم|ام|أبو|ابو)[ \\t]+(?<name>" + ARABIC_WORD + ")", w -> NameLexicon.isGivenName(w) ? w : ""));

    // Names listed together with one already found: "Sem en Lieke", "Igi i Antosia", "Сандра Віллемс (Sandra Willems)".
    private static final NameCue NEXT_TO_FOUND = new NameCue(Pattern.compile(
            "\\[NAAM\\](?:[ \\t]*[,&][ \\t]*|[ \\t]+(?:and|en|und|i|ve|та|і|и|و)[ \\t]+|[ \\t]*\\()(?<name>" + NAME + ")"),
            NameRule::trimLatin);
    // Arabic has no capitals: after a name already found, "بن عيسى" or an "ال" word that is not an adjective is the family name.
    private static final NameCue ARABIC_FAMILY_NAME = new NameCue(Pattern.compile(
            "\\[NAAM\\][ \\t]+(?<name>(?:(?:بن|ابن|بنت|آل)[ \\t]+" + ARABIC_WORD + ")|ال" + ARABIC_WORD + ")(?![\\u0621-\\u064A])"),
            NameRule::trimArabicFamilyName);
    private static final NameCue GIVEN_NAMES = new NameCue(Pattern.compile(
            START + "(?<name>(?:" + alternation(NameLexicon.GIVEN_NAMES, false) + ")(?:[ \\t](?:" + PARTICLE + "[ \\t]){0,2}" + WORD + ")?)" + END),
            NameRule::trimLatin);
    private static final NameCue ARABIC_GIVEN_NAMES = new NameCue(Pattern.compile(
            START + "[وبلفك]?(?<name>" + alternation(NameLexicon.GIVEN_NAMES, true) + ")" + END), w -> w);

    private static NameCue cue(String regex, java.util.function.UnaryOperator<String> trimmer) {
        return new NameCue(Pattern.compile(regex), trimmer);
    }

    @Override
    public String apply(String text) {
        Set<String> found = new LinkedHashSet<>();
        String out = text;
        for (NameCue cue : CUES) {
            out = cue.apply(out, found);
        }
        if (LowercaseWriter.is(out)) {
            out = LowercaseWriter.NAMES.apply(out, found);
        }
        out = GIVEN_NAMES.apply(out, found);
        out = ARABIC_GIVEN_NAMES.apply(out, found);
        for (int i = 0; i < 3; i++) {
            out = NEXT_TO_FOUND.apply(out, found);
        }
        out = ARABIC_FAMILY_NAME.apply(out, found);
        return found.isEmpty() ? out : NameMentions.removeAll(out, found);
    }

    /** Drops words that are not names (titles, nationalities, "Dank") from the end; "" if the first one is not a name. */
    static String trimLatin(String candidate) {
        String[] words = candidate.split("[ \\t]+");
        int keep = words.length;
        while (keep > 0 && (isStop(words[keep - 1]) || words[keep - 1].matches(PARTICLE))) {
            keep--;
        }
        for (int i = 0; i < keep; i++) {
            if (isStop(words[i]) && !words[i].matches(PARTICLE)) {
                keep = i;
                break;
            }
        }
        if (keep == 0 || !hasRealWord(words, keep)) {
            return "";
        }
        return prefixOfWords(candidate, keep);
    }

    /**
     * After a title the name is usually a surname, and "van" after it usually starts an organisation:
     * "mevrouw Koster van Lindenhout". A known given name in front ("meneer Jan van Dijk") means a full name.
     */
    static String trimAfterTitle(String candidate) {
        String name = trimLatin(candidate);
        String[] words = name.split("[ \\t]+");
        if (words.length == 3 && "van".equals(words[1]) && !NameLexicon.isGivenName(words[0])) {
            return words[0];
        }
        return name;
    }

    /** One Arabic word after a family word or title, unless it is a common word; verbs start with ي ت ن أ. */
    static String trimArabicFirst(String candidate) {
        if (!candidate.isEmpty() && Character.isLetter(candidate.charAt(0)) && candidate.charAt(0) < '\u0600') {
            return trimLatin(candidate);
        }
        String first = candidate.split("[ \\t]+")[0];
        if (NameLexicon.isGivenName(first)) {
            return first;
        }
        if (NameLexicon.isNotAName(first) || first.startsWith("ال") || "يتأ".indexOf(first.charAt(0)) >= 0) {
            return "";
        }
        return first;
    }

    /** After a title an Arabic word is a name unless it is a common word, an adjective with "ال" or a verb ("المعلمة تضربها"). */
    static String trimArabicAfterTitle(String candidate) {
        if (!candidate.isEmpty() && candidate.charAt(0) < '\u0600') {
            return trimLatin(candidate);
        }
        String first = candidate.split("[ \\t]+")[0];
        if (NameLexicon.isGivenName(first)) {
            return first;
        }
        return NameLexicon.isNotAName(first) || first.startsWith("ال") || "يت".indexOf(first.charAt(0)) >= 0 ? "" : first;
    }

    /** "الأحمد" or "بن عيسى" after a name, but not an adjective ("أحمد الصغير") or a common word ("الآن"). */
    static String trimArabicFamilyName(String candidate) {
        String last = candidate.substring(candidate.lastIndexOf(' ') + 1);
        return NameLexicon.isNotAName(candidate) || NameLexicon.isNotAName(last) || NameLexicon.isArabicAdjective(candidate)
                ? "" : candidate;
    }

    /** Up to two Arabic words after "اسمي" or a sign-off: a given name and a family name, or "أم يوسف". */
    static String trimArabicFull(String candidate) {
        String[] words = candidate.split("[ \\t]+");
        if (KUNYA.contains(words[0])) {
            return words.length > 1 && !NameLexicon.isNotAName(words[1]) ? candidate : "";
        }
        if (NameLexicon.isNotAName(words[0])) {
            return "";
        }
        if (words.length > 1) {
            String second = words[1];
            boolean secondIsName = NameLexicon.isGivenName(second)
                    || !(NameLexicon.isNotAName(second) || second.startsWith("و") || "يتنأ".indexOf(second.charAt(0)) >= 0
                    || isArabicCue(second));
            if (secondIsName) {
                return candidate;
            }
        }
        return words[0];
    }

    private static boolean isArabicCue(String word) {
        return word.matches(AR_RELATION) || word.matches(AR_TITLE) || word.matches("عندي|لدي|أنا|انا|رقمي|هاتفي|عنواني|بريدي");
    }

    private static boolean isStop(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return NameLexicon.isNotAName(bare);
    }

    private static boolean hasRealWord(String[] words, int keep) {
        for (int i = 0; i < keep; i++) {
            if (words[i].matches(WORD)) {
                return true;
            }
        }
        return false;
    }

    private static String prefixOfWords(String candidate, int words) {
        int idx = 0;
        for (int w = 0; w < words; w++) {
            while (idx < candidate.length() && (candidate.charAt(idx) == ' ' || candidate.charAt(idx) == '\t')) {
                idx++;
            }
            while (idx < candidate.length() && candidate.charAt(idx) != ' ' && candidate.charAt(idx) != '\t') {
                idx++;
            }
        }
        return candidate.substring(0, idx);
    }

    private static String alternation(Set<String> names, boolean arabic) {
        List<String> sorted = new ArrayList<>();
        for (String n : names) {
            boolean isArabic = n.charAt(0) >= '\u0600' && n.charAt(0) <= '\u06FF';
            if (isArabic == arabic) {
                sorted.add(n);
            }
        }
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
