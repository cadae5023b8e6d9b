/**
 * The one pipeline every message goes through. Features plug in as steps and listen to its events
 * (TurnCompleted, UserForgotten), so it depends on language alone (ModularityTests, ArchitectureTest).
 */
@ApplicationModule(allowedDependencies = "language")
package nl.wegwijs.conversation;

import org.springframework.modulith.ApplicationModule;
