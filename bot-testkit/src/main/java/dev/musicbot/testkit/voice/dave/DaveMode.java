package dev.musicbot.testkit.voice.dave;

/** Whether the simulated voice servers speak DAVE, and who commits the group's first epoch. */
public enum DaveMode {
    /** DAVE protocol version 0: no end-to-end encryption (the default). */
    OFF,
    /** Version 1; the bot commits the listeners into its group, and they join by Welcome. */
    BOT_CREATES_GROUP,
    /** Version 1; the first listener creates the group, and the bot joins it by Welcome (op 30). */
    LISTENER_CREATES_GROUP
}
