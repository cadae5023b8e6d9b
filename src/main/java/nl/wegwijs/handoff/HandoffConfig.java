package nl.wegwijs.handoff;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Escalation, retries and retention run on Spring's scheduler (see {@link HandoffJobs}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class HandoffConfig {
}
