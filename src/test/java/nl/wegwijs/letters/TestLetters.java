package nl.wegwijs.letters;

import java.util.List;

/**
 * Three realistic letters of the kinds that frighten parents (youth protection, the municipality,
 * school), written for the tests, with the glossary terms each contains by its Dutch name (what
 * every reply keeps in view, in every language). Names, numbers and addresses are invented.
 */
public final class TestLetters {

    public record Letter(String name, List<String> lines, List<String> terms) {
        public String text() {
            return String.join("\n", lines);
        }
    }

    public static final Letter YOUTH_PROTECTION = new Letter("youth-protection", List.of(
            "Jeugdbescherming Regio Midden",
            "Postbus 1234, 3500 AB Utrecht",
            "",
            "Aan mevrouw S. El Idrissi",
            "Ons kenmerk: JB-2026-04417",
            "Datum: 12 november 2026",
            "Betreft: uitnodiging gesprek over de ondertoezichtstelling",
            "",
            "Geachte mevrouw El Idrissi,",
            "",
            "De kinderrechter heeft op 3 november 2026 een ondertoezichtstelling (OTS)",
            "uitgesproken voor uw zoon. Wij zijn als gecertificeerde instelling (GI)",
            "verantwoordelijk voor de uitvoering van deze maatregel. Uw gezinsvoogd is",
            "mevrouw J. de Vries. Zij maakt samen met u een plan van aanpak (PvA).",
            "De Raad voor de Kinderbescherming (RvdK) heeft eerder een raadsonderzoek",
            "gedaan. Een uithuisplaatsing (UHP) is op dit moment niet aan de orde.",
            "Bent u het niet eens met de beschikking? Dan kunt u met een advocaat",
            "in hoger beroep gaan. Wij nodigen u uit voor een gesprek op 20 november",
            "2026 om 10.00 uur op ons kantoor.",
            "",
            "Met vriendelijke groet,",
            "",
            "J. de Vries, gezinsvoogd"),
            List.of("kinderrechter", "ondertoezichtstelling", "gecertificeerde instelling", "gezinsvoogd",
                    "plan van aanpak", "Raad voor de Kinderbescherming", "raadsonderzoek", "uithuisplaatsing",
                    "beschikking", "advocaat", "hoger beroep"));

    public static final Letter MUNICIPAL = new Letter("municipal", List.of(
            "Gemeente Utrecht",
            "Afdeling Jeugd en Zorg",
            "",
            "Aan de heer M. Yilmaz",
            "Ons kenmerk: WMO-2026-88121",
            "Datum: 4 november 2026",
            "Betreft: uw aanvraag jeugdhulp",
            "",
            "Geachte heer Yilmaz,",
            "",
            "Op 2 oktober 2026 heeft u jeugdhulp aangevraagd voor uw dochter. Het",
            "wijkteam heeft met u een intakegesprek gehad. Wij hebben besloten dat",
            "uw dochter ambulante hulp krijgt van een jeugdhulpaanbieder. U kunt",
            "kiezen voor zorg in natura (ZIN) of een persoonsgebonden budget (PGB).",
            "De indicatie geldt tot 1 oktober 2027. Er kan een wachtlijst zijn.",
            "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken",
            "bezwaar maken. Vermeld daarbij uw burgerservicenummer (BSN).",
            "",
            "Met vriendelijke groet,",
            "",
            "Het college van burgemeester en wethouders"),
            List.of("jeugdhulp", "wijkteam", "intake", "ambulante hulp", "jeugdhulpaanbieder", "zorg in natura",
                    "persoonsgebonden budget", "indicatie", "wachtlijst", "burgerservicenummer"));

    public static final Letter SCHOOL = new Letter("school", List.of(
            "Basisschool De Regenboog",
            "Lindelaan 12, 3521 AB Utrecht",
            "",
            "Aan de ouders van Daan (groep 6)",
            "Datum: 9 november 2026",
            "Betreft: uitnodiging voor een MDO",
            "",
            "Geachte ouders,",
            "",
            "De leerkracht en de intern begeleider (IB) maken zich zorgen over het",
            "verzuim van Daan. Wij willen samen met u een ontwikkelingsperspectiefplan",
            "(OPP) maken. Ook de schoolmaatschappelijk werker (SMW) en het",
            "samenwerkingsverband (SWV) komen naar het multidisciplinair overleg (MDO).",
            "Bij ongeoorloofd verzuim moeten wij de leerplichtambtenaar informeren.",
            "U bent van harte welkom op dinsdag 17 november 2026 om 15.00 uur.",
            "",
            "Met vriendelijke groet,",
            "",
            "A. Bakker, intern begeleider"),
            List.of("leerkracht", "intern begeleider", "verzuim", "ontwikkelingsperspectiefplan",
                    "schoolmaatschappelijk werk", "samenwerkingsverband", "multidisciplinair overleg",
                    "ongeoorloofd verzuim", "leerplichtambtenaar"));

    public static final List<Letter> ALL = List.of(YOUTH_PROTECTION, MUNICIPAL, SCHOOL);

    /** A note a parent photographs instead of typing: acute danger, which must get the emergency reply. */
    public static final Letter DANGER = new Letter("danger", List.of(
            "Aan wie dit leest,",
            "",
            "Mijn man bedreigt mij met een mes. Hij staat nu voor de deur.",
            "Ik ben niet veilig met de kinderen. Ik weet niet wat ik moet doen.",
            "Ik durf niet te bellen want hij hoort alles wat ik zeg."),
            List.of());

    private TestLetters() {
    }
}
