package nl.wegwijs.knowledge;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How parents ask one side of the topic just answered ("en wat kost dat?", "how long does it
 * last?", "kim karar veriyor?"), in every language at once because parents mix them; and the
 * small words that point back at it ("dat", "that", "bunu", "to", "це", "ذلك").
 */
final class FollowUpCues {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Map<Facet, Pattern> ASKS = new EnumMap<>(Facet.class);

    static {
        ASKS.put(Facet.COST, Pattern.compile(String.join("|",
                "\\b(kost|kosten|betalen|betaal|gratis|prijs|eigen bijdrage|geld)\\b",
                "\\b(cost|costs|pay|pays|paid|free|price|fee|fees|expensive|money)\\b",
                "(ücret|ucret|bedava|para|ödeme|odeme|ödü|odu|maliyet|kaç lira|kac lira|tutar)",
                "(kosztuje|koszt|płaci|placi|płacić|darmo|bezpłat|bezplat|cena|pieniądz|pieniadz|odpłat|odplat)",
                "(коштує|вартість|платити|платить|платно|платн|безкоштовн|безплатн|ціна|гроші|стоїть)",
                "(تكلف|تكلفة|سعر|مجان|ببلاش|ادفع|أدفع|يدفع|الدفع|فلوس|مصاري|نخلص|بفلوس)"), FLAGS));
        ASKS.put(Facet.DURATION, Pattern.compile(String.join("|",
                "\\b(hoe lang|duurt|duur|wachttijd|hoelang|hoe snel)\\b",
                "\\b(how long|last|lasts|duration|waiting time|how many (weeks|months))\\b",
                "(ne kadar sür|ne kadar zaman|ne kadar süre|kaç ay|kac ay|kaç hafta|kac hafta|süre|sure\\b|sürer|surer|bekleme)",
                "(jak długo|jak dlugo|ile trwa|trwa|czas oczekiwania|ile czasu|ile się czeka|ile sie czeka)",
                "(як довго|скільки триває|триває|скільки часу|скільки чекати|надовго)",
                "(كم مدة|المدة|كم من الوقت|تستمر|يستمر|كم يدوم|متى ينتهي|قديش|قداش|شحال|بتطول|بيطول|تطول|يطول|بياخد وقت|كياخد)"), FLAGS));
        ASKS.put(Facet.WHO_DECIDES, Pattern.compile(String.join("|",
                "\\bwie (beslist|bepaalt|besluit|heeft (dat|dit) besloten|beslis)",
                "\\bwho (decides|decided|makes the decision|is in charge|says)",
                "(kim karar|karar veren|kim belirl|karar kim)",
                "(kto decyduje|kto zdecydował|kto zdecydowal|kto postanowił)",
                "(хто вирішує|хто вирішив|хто приймає рішення)",
                "(من يقرر|من قرر|من يحكم|مين بيقرر|مين قرر|شكون اللي)"), FLAGS));
        ASKS.put(Facet.APPLY, Pattern.compile(String.join("|",
                "\\b(aanvragen|vraag ik|aanmelden|meld ik|waar moet ik heen|hoe krijg ik|hoe kom ik aan|bereik ik)",
                "\\b(apply|sign up|where do i go|how do i get|register|reach them|contact them)\\b",
                "(başvur|basvur|nereye gid|nasıl ulaş|nasil ulas)",
                "(złożyć|zlozyc|wniosek|zgłosić|zglosic|gdzie się zgłosić|jak dostać)",
                "(подати|заяв|звернутися|куди звертатися)",
                "(كيف أقدم|كيف اقدم|التقديم|أين أذهب|وين اروح|كيف أتواصل)"), FLAGS));
        ASKS.put(Facet.REFUSE, Pattern.compile(String.join("|",
                "\\b(weigeren|nee zeggen|verplicht|hoeft (dat|het) niet|mag ik stoppen)",
                "\\b(refuse|say no|do i have to|must i|obliged|mandatory|compulsory|can i stop)\\b",
                "(reddet|hayır diye|hayir diye|zorunda mı|zorunda mi|zorunlu mu|mecbur mu)",
                "(odmówić|odmowic|czy muszę|czy musze|obowiązkow|obowiazkow)",
                "(відмовит|чи мушу|обов'язково|обовязково)",
                "(أرفض|ارفض|الرفض|هل يجب|إجباري|اجباري|لازم)"), FLAGS));
        ASKS.put(Facet.NEXT, Pattern.compile(String.join("|",
                "\\b(wat gebeurt er (nu|daarna|dan)|wat nu|volgende stap|en dan|in de tussentijd|ondertussen|intussen)\\b",
                "\\b(what happens (next|then|now)|what now|next step|and then|in the meantime|meanwhile)\\b",
                "(sonra ne olacak|şimdi ne olacak|simdi ne olacak|sonraki adım|sonra ne olur|bu arada|o zamana kadar)",
                "(co dalej|co się stanie|co sie stanie|co potem|w międzyczasie|w miedzyczasie|na razie)",
                "(що далі|що буде|що станеться|тим часом|поки що|поки чекаю)",
                "(ماذا بعد|ماذا سيحدث|وبعدين|ثم ماذا|بهالوقت|بهاد الوقت|في هذه الاثناء|بالانتظار)"), FLAGS));
        ASKS.put(Facet.RIGHTS, Pattern.compile(String.join("|",
                "\\b(mijn rechten|recht op|welke rechten)\\b",
                "\\b(my rights|what rights|am i allowed|right to)\\b",
                "(haklarım|haklarim|hakkım|hakkim|hakkı var)",
                "(moje prawa|mam prawo|jakie prawa)",
                "(мої права|маю право|які права)",
                "(حقوقي|حقي|هل يحق|يحق لي)"), FLAGS));
    }

    /** Words that point back at the last topic, or open a follow-up ("en ...", "and ...", "peki ..."). */
    private static final Pattern BACK = Pattern.compile(String.join("|",
            "\\b(dat|die|dit|daar|daarvoor|ervoor|ze|hun|dan)\\b", "^\\s*en\\b",
            "\\b(that|it|this|they|them|there|then)\\b", "^\\s*and\\b",
            "\\b(bu|bunu|buna|bunun|onu|ona|onun|orada|o zaman)\\b", "^\\s*peki\\b",
            "\\b(to|tego|tym|tam|oni|ich|wtedy)\\b", "^\\s*a\\b",
            "(це|цього|там|вони|їх|тоді)", "^\\s*(а|і)\\s",
            "(ذلك|هذا|هذه|عليه|عليها)", "^\\s*و"), FLAGS);

    private FollowUpCues() {
    }

    /** The facet asked, checked in a fixed order (who decides before rights: "who decides my rights"). */
    static Optional<Facet> facet(String text) {
        for (Facet f : new Facet[] {Facet.WHO_DECIDES, Facet.COST, Facet.DURATION, Facet.REFUSE, Facet.APPLY, Facet.NEXT, Facet.RIGHTS}) {
            if (ASKS.get(f).matcher(text).find()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Whether the text mentions the facet (used on an answer: does it already say what it costs?). */
    static boolean mentions(String text, Facet facet) {
        return ASKS.get(facet).matcher(text).find();
    }

    static boolean pointsBack(String text) {
        return BACK.matcher(text).find();
    }
}
