package nl.wegwijs.letters;

/** What came of reading a letter: its text, or why it could not be read. Never logged with text. */
public sealed interface Reading {

    /** @param ocrPages pages that were photos or scans (the rest had a text layer) */
    record Read(String text, int pages, int ocrPages) implements Reading {
        @Override
        public String toString() {
            return "Read[" + text.length() + " chars, " + pages + " pages, " + ocrPages + " by OCR]";
        }
    }

    record Refused(Refusal reason) implements Reading {
    }
}
