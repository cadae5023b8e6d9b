package nl.wegwijs.knowledge;

import java.util.Map;
import nl.wegwijs.language.Language;

/** A region pack: local starting points that replace the national default. */
record Region(String name, Map<Language, String> start) {
}
