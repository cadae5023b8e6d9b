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
        // Per facet: nl, en, tr, pl, uk, ar; each with the forms parents type (no diacritics, spoken
        // endings, Darija and Levantine, Arabizi, Ukrainian in Latin letters or on a Russian keyboard).
        ASKS.put(Facet.COST, Pattern.compile(String.join("|",
                "\\b(kost|kosten|betalen|betaal|betaald|gratis|prijs|eigen bijdrage|geld|vergoed\\w*|kosteloos)\\b",
                "\\b(cost|costs|pay|pays|paid|free|price|fee|fees|expensive|money|how much|charge)\\b",
                "(ücret|ucret|bedava|para|ödeme|odeme|ödü|odu|maliyet|kaç lira|kac lira|tutar|kim öd|kim od)",
                "(kosztuje|koszt|płaci|placi|płacić|płatn|platn|darmo|bezpłat|bezplat|cena|pieniądz|pieniadz|odpłat|odplat)",
                "(коштує|вартість|платити|платить|платно|платн|безкоштовн|безплатн|бесплатн|ціна|гроші|стоїть|стоит|koshtu|platy|bezkoshtovn)",
                "(تكلف|تكلفة|يكلف|بيكلف|كلفة|سعر|مجان|ببلاش|ادفع|أدفع|يدفع|بيدفع|الدفع|فلوس|مصاري|نخلص|بفلوس|بكم|\\bflous|\\bflouss|\\bfloos|\\bmasari|\\bmajjan|\\bb ?ch7al\\b)"), FLAGS));
        ASKS.put(Facet.DURATION, Pattern.compile(String.join("|",
                "\\b(hoe lang|duurt|wachttijd|hoelang|hoe snel|lang wachten|wanneer hoor ik)\\b",
                "\\b(how long|last|lasts|duration|waiting time|how many (days|weeks|months)|how soon|take long|when will i hear)\\b",
                "(ne kadar sür|ne kadar zaman|ne kadar süre|ne kadar sur|kaç ay|kac ay|kaç hafta|kac hafta|kaç gün|kac gun|süre|sure\\b|sürer|surer|bekle)",
                "(jak długo|jak dlugo|ile trwa|trwa|czas oczekiwania|ile czasu|ile się czeka|ile sie czeka|ile czeka)",
                "(як довго|скільки триває|триває|скільки часу|скільки чекати|скiльки чекати|сколько ждать|надовго|yak dovho|skilky chekaty|skilky tryva)",
                "(كم مدة|المدة|كم من الوقت|كم وقت|تستمر|يستمر|كم يدوم|متى ينتهي|قديش|قداش|شحال|شكد|بتطول|بيطول|تطول|يطول|ياخذ وقت|ياخد وقت|تاخذ وقت|بياخد وقت|كياخد|\\bch7al d lw9t|\\b9addesh|\\badesh)"), FLAGS));
        ASKS.put(Facet.WHO_DECIDES, Pattern.compile(String.join("|",
                "\\bwie (\\w+ ){0,2}(beslist|bepaalt|besluit|heeft (dat|dit) besloten|beslis)",
                "\\bwho (\\w+ ){0,2}(decides|decided|makes the decision|is in charge|says)",
                "(kim karar|karar veren|kim belirl|karar kim|kimin karar)",
                "(kto (\\w+ ){0,2}(decyduje|zdecydował|zdecydowal|postanowił|postanowil))",
                "(хто (\\w+ ){0,2}(вирішує|вирішив|приймає рішення|решает))",
                "(من يقرر|من قرر|من يحكم|مين (\\S+ )?(بيقرر|قرر|يقرر)|شكون اللي|شكون (\\S+ )?(كيقرر|قرر))",
                "\\b(chkoun|chkon|chkun|shkoun|meen|min) (li |lli |elli )?(\\S+ )?(kay9arr|ki9arr|9arr|bi2arr|bey2arr|y2arr|2arr|yqarr)"), FLAGS));
        ASKS.put(Facet.APPLY, Pattern.compile(String.join("|",
                "\\b(aanvragen|vraag ik|aanmelden|meld ik|inschrijven|schrijf ik|waar moet ik heen|hoe krijg ik|hoe kom ik aan|bereik ik)",
                "\\b(apply|sign up|signup|enrol|enroll|where do i go|how do i get|register|reach them|contact them)\\b",
                "(başvur|basvur|nereye gid|nasıl ulaş|nasil ulas|kayıt|kayit|kaydol|kaydı|nereden al)",
                "(złożyć|zlozyc|wniosek|zgłosić|zglosic|gdzie się zgłosić|jak dostać|zapisać|zapisac|zapisy|zapisuje)",
                "(подати|заяв|звернутися|звернутись|куди звертатися|записатися|записатись|записати|zapysa)",
                "(كيف أقدم|كيف اقدم|التقديم|أين أذهب|وين اروح|كيف أتواصل|اسجل|أسجل|نسجل|التسجيل|\\bnsajjal|\\bnsejjel)"), FLAGS));
        ASKS.put(Facet.REFUSE, Pattern.compile(String.join("|",
                "\\b(weigeren|weiger|nee zeggen|verplicht|hoeft (dat|het) niet|mag ik stoppen)",
                "\\b(refuse|say no|decline|do i have to|must i|obliged|mandatory|compulsory|can i stop)\\b",
                "(reddet|reddede|hayır diye|hayir diye|hayır diyebilir|hayir diyebilir|zorunda mı|zorunda mi|zorunlu mu|mecbur mu)",
                "(odmówić|odmowic|odmówię|odmowie|czy muszę|czy musze|obowiązkow|obowiazkow|nie zgodzić|nie zgodzic)",
                "(відмовит|відмовля|чи мушу|обов'язково|обовязково|vidmov)",
                "(أرفض|ارفض|الرفض|رفضت|هل يجب|إجباري|اجباري|لازم|\\bnrfd|\\bnerfod|\\brfdt|\\brfedt|\\brafd)"), FLAGS));
        ASKS.put(Facet.NEXT, Pattern.compile(String.join("|",
                "\\b(wat gebeurt er (nu|daarna|dan)|wat nu|volgende stap|en dan|in de tussentijd|ondertussen|intussen|en daarna)\\b",
                "\\b(what happens (next|then|now|after)|what will happen|what now|next step|and then|in the meantime|meanwhile)\\b",
                "(sonra ne olacak|şimdi ne olacak|simdi ne olacak|sonraki adım|sonraki adim|sonra ne olur|bu arada|o zamana kadar)",
                "(co dalej|co się stanie|co sie stanie|co potem|co będzie|co bedzie|w międzyczasie|w miedzyczasie|na razie)",
                "(що далі|що буде|що станеться|що потім|тим часом|поки що|поки чекаю|shcho dali|shcho bude)",
                "(ماذا بعد|ماذا سيحدث|وبعدين|ثم ماذا|بهالوقت|بهاد الوقت|في هذه الاثناء|بالانتظار|شو بيصير|شو رح يصير|ايش يصير|وش يصير|شنو غادي يوقع|اش غادي يوقع|ايه اللي هيحصل|\\bghadi ?ywe9e3|\\bghadi ?yw9e3|\\bshu bi?sir)"), FLAGS));
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
            "\\b(dat|die|dit|daar|daarvoor|ervoor|ze|hun|dan|daarbij|daarmee|daarover|daarna|erbij|ermee|erover|hierbij|hiermee|hierover)\\b", "^\\s*en\\b",
            "\\b(that|it|this|they|them|there|then)\\b", "^\\s*and\\b",
            "\\b(bu|bunu|buna|bunun|onu|ona|onun|orada|o zaman)\\b", "^\\s*peki\\b",
            "\\b(to|tego|tym|tam|oni|ich|wtedy)\\b", "^\\s*a\\b",
            "(це|цього|там|вони|їх|тоді)", "^\\s*(а|і)\\s",
            "(ذلك|هذا|هذه|عليه|عليها)", "^\\s*و"), FLAGS);

    /** A question mark or a question word: a short message that asks something (not "ok", "thanks"). */
    private static final Pattern ASKS_SOMETHING = Pattern.compile(String.join("|",
            "[?؟]",
            "\\b(wat|hoe|wie|waar|wanneer|waarom|kan|kun|mag|moet|heb|krijg|what|how|who|where|when|why|can|could|may|should|do|does|will|would)\\b",
            "\\b(ne|nasıl|nasil|kim|nerede|nereye|nereden|neden|niye|mi|mı|mu|mü|miyim|mıyım|muyum|müyüm)\\b",
            "\\b(co|jak|kto|gdzie|kiedy|czy|dlaczego|ile|można|mozna)\\b",
            "(^|\\s)(що|як|хто|де|коли|чи|чому|скільки|можна|шо|что|кто|где)(\\s|$)",
            "(^|\\s)(ما|ماذا|كيف|من|مين|أين|اين|وين|متى|امتى|ليش|لماذا|هل|شو|ايش|إيش|وش|شنو|كيفاش|فين|واش|علاش|شكون)(\\s|$)"), FLAGS);

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

    static boolean asksSomething(String text) {
        return ASKS_SOMETHING.matcher(text).find();
    }

    static boolean pointsBack(String text) {
        return BACK.matcher(text).find();
    }
}
