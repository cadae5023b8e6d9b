package nl.wegwijs.knowledge;

import java.util.List;

/** Content in faq/ that cannot be used; the app refuses to start and names every problem. */
class ContentException extends RuntimeException {

    ContentException(List<String> problems) {
        super("faq/ content is not valid:\n - " + String.join("\n - ", problems));
    }
}
