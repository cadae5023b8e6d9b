package nl.wegwijs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features are Spring Modulith application modules (each direct sub-package of nl.wegwijs):
 * no cycles between them, a module uses only what another publishes (its base package's public
 * types), and the foundations declare what they may use in their package-info (privacy, language
 * and inbox nothing, conversation only language). Writes the module diagrams to
 * target/spring-modulith-docs.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(WegwijsApplication.class);

    @Test
    void modulesHaveNoCyclesAndKeepTheirDeclaredDependencies() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("conversation", "language", "privacy", "insights", "handoff", "inbox", "channel");
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeDocumentation();
    }
}
