package nl.wegwijs.insights;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import nl.wegwijs.privacy.PersonalDataScrubber;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class InsightsConfig {

    /** The secret never enters the database: see {@link AskerKeySeal}. */
    @Bean
    AskerKeySeal askerKeySeal(InsightsProperties properties) {
        String secret = properties.askerKeySecret();
        return secret == null || secret.isBlank() ? AskerKeySeal.fromFile(properties.askerKeyFile())
                : AskerKeySeal.fromSecret(secret);
    }

    @Bean(destroyMethod = "close")
    InsightExecutor insightExecutor(InsightsProperties properties) {
        return new InsightExecutor(properties.executorThreads(), properties.queueCapacity());
    }

    @Bean
    AskerHasher askerHasher(InsightStore.AskerKeys keys, Clock clock, InsightsProperties properties) {
        return new AskerHasher(keys, clock, properties.zone());
    }

    @Bean
    InsightRecorder insightRecorder(InsightStore store, AskerHasher hasher, PersonalDataScrubber scrubber,
            InsightExecutor executor, InsightsProperties properties,
            @Value("${wegwijs.knowledge.region:${wegwijs.region:}}") String region, Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        return new InsightRecorder(store, hasher, scrubber, executor, properties, region, clock,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    RetentionJob insightsRetention(InsightStore store, InsightStore.AskerKeys keys, AskerHasher hasher,
            InsightsProperties properties, Clock clock) {
        return new RetentionJob(store, keys, hasher, properties, clock);
    }
}
