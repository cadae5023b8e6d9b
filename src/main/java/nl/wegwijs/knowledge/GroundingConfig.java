package nl.wegwijs.knowledge;

import nl.wegwijs.language.LanguageDetector;
import nl.wegwijs.safety.GroundingCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The grounding check over this deployment's content: its organisations and its verified numbers. */
@Configuration(proxyBeanMethods = false)
class GroundingConfig {

    @Bean
    GroundingCheck groundingCheck(Knowledge knowledge, LanguageDetector detector) {
        return new GroundingCheck(knowledge.serviceCatalogue(), detector);
    }
}
