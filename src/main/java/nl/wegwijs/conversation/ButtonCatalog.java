package nl.wegwijs.conversation;

/** Port: a feature says which button values it owns, so the channels can refuse unknown ones. */
public interface ButtonCatalog {

    boolean knows(String value);
}
