package nl.wegwijs.handoff;

/** Where an intermediary receives handoffs. */
enum Delivery {
    /** In their own private chat with the bot. */
    PRIVATE,
    /** In a new forum topic per ticket, in their organisation's Telegram group. */
    TOPIC
}
