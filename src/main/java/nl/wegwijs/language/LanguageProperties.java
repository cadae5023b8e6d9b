package nl.wegwijs.language;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param highAccuracy Lingua's high-accuracy models: better on short messages, more memory
 * @param fallback     the language for a first message that carries no language at all
 */
@ConfigurationProperties("wegwijs.language")
public record LanguageProperties(@DefaultValue("true") boolean highAccuracy, @DefaultValue("nl") String fallback) {

    Language fallbackLanguage() {
        return Language.fromCode(fallback).orElse(Language.NL);
    }
}
