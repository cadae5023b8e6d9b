package nl.wegwijs.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Wegwijs speaks. Adding one means adding content and interface strings, nothing else. */
public enum Language {
    NL("nl", "Nederlands", false),
    EN("en", "English", false),
    AR("ar", "العربية", true),
    TR("tr", "Türkçe", false),
    PL("pl", "Polski", false),
    UK("uk", "Українська", false);

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(c)).findFirst();
    }
}
