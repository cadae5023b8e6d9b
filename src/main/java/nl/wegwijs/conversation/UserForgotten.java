package nl.wegwijs.conversation;

/** Published when a user asks to be forgotten; every feature that keeps data about them erases it. */
public record UserForgotten(ConversationKey key) {
}
