package nl.wegwijs.language;

import java.util.List;

/**
 * Languages parents write in that the bot does not speak. It recognises them to answer honestly
 * (in English and Dutch) and to offer a person who speaks them: {@code codes} are the codes an
 * intermediary's languages may carry in the registry (ISO 639-1, or 639-3 where there is none).
 */
public enum OtherLanguage {
    FARSI("Farsi / Dari", "Perzisch (Farsi / Dari)", "فارسی / دری", "fa", "prs"),
    PASHTO("Pashto", "Pasjtoe", "پښتو", "ps"),
    KURDISH("Kurdish", "Koerdisch", "Kurdî / کوردی", "ku", "ckb", "kmr"),
    URDU("Urdu", "Urdu", "اردو", "ur"),
    SOMALI("Somali", "Somalisch", "Soomaali", "so"),
    TIGRINYA("Tigrinya", "Tigrinya", "ትግርኛ", "ti"),
    AMHARIC("Amharic", "Amhaars", "አማርኛ", "am"),
    TAMAZIGHT("Tamazight (Berber)", "Tamazight (Berbers)", "Tamaziɣt / ⵜⴰⵎⴰⵣⵉⵖⵜ", "zgh", "ber", "rif"),
    FRENCH("French", "Frans", "français", "fr"),
    SPANISH("Spanish", "Spaans", "español", "es"),
    PORTUGUESE("Portuguese", "Portugees", "português", "pt"),
    GERMAN("German", "Duits", "Deutsch", "de"),
    RUSSIAN("Russian", "Russisch", "русский", "ru"),
    ROMANIAN("Romanian", "Roemeens", "română", "ro"),
    BULGARIAN("Bulgarian", "Bulgaars", "български", "bg"),
    CHINESE("Chinese", "Chinees", "中文", "zh");

    private final String english;
    private final String dutch;
    private final String nativeName;
    private final List<String> codes;

    OtherLanguage(String english, String dutch, String nativeName, String... codes) {
        this.english = english;
        this.dutch = dutch;
        this.nativeName = nativeName;
        this.codes = List.of(codes);
    }

    public String code() {
        return codes.get(0);
    }

    /** Every code an intermediary's entry may use for this language. */
    public List<String> codes() {
        return codes;
    }

    public String english() {
        return english;
    }

    public String dutch() {
        return dutch;
    }

    public String nativeName() {
        return nativeName;
    }
}
