package nl.wegwijs.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param location  where faq/ is read from: the copy packed into the app, or an operator's folder
 *                  ({@code file:/etc/wegwijs/faq/})
 * @param region    region pack to use ({@code WEGWIJS_REGION}); empty: the national default
 * @param minScore  below this similarity the bot says it does not know rather than guess
 */
@ConfigurationProperties("wegwijs.knowledge")
record KnowledgeProperties(
        @DefaultValue("classpath:faq/") String location,
        @DefaultValue("") String region,
        @DefaultValue("0.25") double minScore) {
}
