package nl.wegwijs.insights;

/** How records name the place they came from. */
final class Regions {

    /** An instance without a region pack serves the whole country. */
    static final String NATIONAL = "national";

    private Regions() {
    }
}
