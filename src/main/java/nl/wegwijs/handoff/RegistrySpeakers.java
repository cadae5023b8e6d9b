package nl.wegwijs.handoff;

import java.util.List;
import java.util.Locale;
import nl.wegwijs.language.LanguageSpeakers;
import org.springframework.stereotype.Component;

/** Tells the pipeline whether a registered, unpaused intermediary speaks a language (no cycle: the port is language's). */
@Component
class RegistrySpeakers implements LanguageSpeakers {

    private final IntermediaryRegistry registry;

    RegistrySpeakers(IntermediaryRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean anyoneSpeaks(List<String> codes) {
        return registry.all().stream().filter(i -> !i.paused())
                .anyMatch(i -> i.languages().stream().map(l -> l.toLowerCase(Locale.ROOT)).anyMatch(codes::contains));
    }
}
