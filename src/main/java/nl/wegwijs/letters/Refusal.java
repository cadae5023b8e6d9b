package nl.wegwijs.letters;

/** Why a letter was not read; each has a kind text in every language ({@code letters.refused.*}). */
public enum Refusal {
    /** Too few pixels to read small print. */
    TOO_SMALL,
    /** Too dark, or no contrast between ink and paper. */
    TOO_DARK,
    /** Out of focus or shaken. */
    BLURRED,
    /** Looked fine, but OCR found hardly any words. */
    UNREADABLE,
    /** Not a JPEG, PNG or PDF. */
    FORMAT,
    /** Larger than {@code WEGWIJS_LETTERS_MAX_SIZE}. */
    TOO_LARGE,
    /** Took longer than the time budget. */
    TIMEOUT,
    /** Too many letters are being read at once. */
    BUSY,
    /** The file could not be fetched from the channel. */
    UNAVAILABLE;

    String key() {
        return "letters.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
