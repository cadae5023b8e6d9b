/**
 * Personal data: the scrubber that removes names, phone numbers, addresses, account and BSN numbers
 * from a parent's text before it is stored or leaves the process. Used by insights and handoff; knows
 * no other feature.
 */
@ApplicationModule(allowedDependencies = {})
package nl.wegwijs.privacy;

import org.springframework.modulith.ApplicationModule;
