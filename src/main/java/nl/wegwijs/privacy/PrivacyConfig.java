package nl.wegwijs.privacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One scrubber for every module that stores or forwards what a parent wrote (insights, handoff). */
@Configuration(proxyBeanMethods = false)
class PrivacyConfig {

    @Bean
    PersonalDataScrubber personalDataScrubber() {
        return new PersonalDataScrubber();
    }
}
