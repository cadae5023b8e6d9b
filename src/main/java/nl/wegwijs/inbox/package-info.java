/**
 * The durable inbox: a message is acknowledged once stored, and workers on any replica process
 * each chat's messages in order. Knows no message format and no feature; channels hand it
 * payloads and handlers (ModularityTests).
 */
@ApplicationModule(allowedDependencies = {})
package nl.wegwijs.inbox;

import org.springframework.modulith.ApplicationModule;
