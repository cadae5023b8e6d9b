/**
 * The supported languages, language detection and the interface strings. Every feature speaks
 * through it, so it uses none of them (ModularityTests).
 */
@ApplicationModule(allowedDependencies = {})
package nl.wegwijs.language;

import org.springframework.modulith.ApplicationModule;
