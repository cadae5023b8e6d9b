package nl.wegwijs.handoff;

import nl.wegwijs.privacy.PersonalDataScrubber;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The privacy module's scrubber, used before an intermediary sees anything the parent wrote in the
 * consent summary. Uses the application's bean when the context has one, else its own instance
 * (the scrubber is stateless).
 */
@Component
class Scrubber {

    private final PersonalDataScrubber scrubber;

    Scrubber(ObjectProvider<PersonalDataScrubber> provided) {
        this.scrubber = provided.getIfAvailable(PersonalDataScrubber::new);
    }

    String scrub(String text) {
        return scrubber.scrub(text);
    }
}
