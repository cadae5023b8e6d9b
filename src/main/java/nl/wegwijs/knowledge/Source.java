package nl.wegwijs.knowledge;

/** Where a fact comes from: an organisation and its public page. */
record Source(String name, String url) {
}
