package nl.wegwijs.knowledge;

import java.time.LocalDate;

/**
 * Where a fact comes from: an organisation and its public page. {@code fact} says which fact of the
 * text this page supports and {@code checked} when it was really checked against the page; both are
 * optional, so a re-checked fact can carry its own date while the entry's date stays that of the
 * facts nobody re-checked.
 */
record Source(String name, String url, String fact, LocalDate checked) {

    Source(String name, String url) {
        this(name, url, null, null);
    }
}
