package nl.wegwijs.language;

/**
 * Port: whether a person (an intermediary in the handoff registry) speaks a language, so the bot
 * can offer that person first to a parent writing in a language the bot does not speak. Owned
 * here so that the pipeline reaches handoff without a cycle; handoff implements it.
 */
public interface LanguageSpeakers {

    /** True when someone registered (and not paused) speaks a language with one of these codes. */
    boolean anyoneSpeaks(java.util.List<String> codes);
}
