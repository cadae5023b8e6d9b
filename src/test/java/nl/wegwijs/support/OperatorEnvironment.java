package nl.wegwijs.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Configures an application the way an operator does: through environment variables. The given
 * variables are laid over the real process environment in Spring's own system-environment
 * property source, so they go through exactly the mapping (placeholders in application.yml,
 * relaxed binding of {@code WEGWIJS_...}) that a container's environment goes through.
 */
public abstract class OperatorEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    protected abstract Map<String, String> variables();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        apply(context.getEnvironment(), variables());
    }

    public static void apply(ConfigurableEnvironment environment, Map<String, String> variables) {
        Map<String, Object> merged = new HashMap<>(System.getenv());
        merged.putAll(variables);
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        var source = new SystemEnvironmentPropertySource(name, merged);
        if (environment.getPropertySources().contains(name)) {
            environment.getPropertySources().replace(name, source);
        } else {
            environment.getPropertySources().addLast(source);
        }
    }
}
