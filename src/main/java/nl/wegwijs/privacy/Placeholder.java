package nl.wegwijs.privacy;

/** The typed markers that stand in for removed data, so the trend log still shows WHAT kind of thing was said. */
enum Placeholder {
    NAAM, TELEFOON, EMAIL, BSN, IBAN, ADRES, POSTCODE, DATUM, HANDLE, LINK, INSTELLING, WIJK;

    String token() {
        return "[" + name() + "]";
    }
}
