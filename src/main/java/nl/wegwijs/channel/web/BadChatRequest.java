package nl.wegwijs.channel.web;

/** A request the API refuses with 400 and this message. */
class BadChatRequest extends RuntimeException {

    BadChatRequest(String message) {
        super(message, null, false, false);
    }
}
