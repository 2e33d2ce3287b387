package dev.musicbot.testkit;

/** Discord permission bits the simulator knows, for roles and channel overwrites. */
public enum SimPermission {
    CREATE_INSTANT_INVITE(0),
    KICK_MEMBERS(1),
    BAN_MEMBERS(2),
    ADMINISTRATOR(3),
    MANAGE_CHANNELS(4),
    MANAGE_GUILD(5),
    ADD_REACTIONS(6),
    VIEW_AUDIT_LOG(7),
    PRIORITY_SPEAKER(8),
    STREAM(9),
    VIEW_CHANNEL(10),
    SEND_MESSAGES(11),
    SEND_TTS_MESSAGES(12),
    MANAGE_MESSAGES(13),
    EMBED_LINKS(14),
    ATTACH_FILES(15),
    READ_MESSAGE_HISTORY(16),
    MENTION_EVERYONE(17),
    USE_EXTERNAL_EMOJIS(18),
    VIEW_GUILD_INSIGHTS(19),
    CONNECT(20),
    SPEAK(21),
    MUTE_MEMBERS(22),
    DEAFEN_MEMBERS(23),
    MOVE_MEMBERS(24),
    USE_VAD(25),
    CHANGE_NICKNAME(26),
    MANAGE_NICKNAMES(27),
    MANAGE_ROLES(28),
    MANAGE_WEBHOOKS(29),
    MANAGE_GUILD_EXPRESSIONS(30),
    USE_APPLICATION_COMMANDS(31),
    REQUEST_TO_SPEAK(32),
    MANAGE_EVENTS(33),
    MANAGE_THREADS(34),
    CREATE_PUBLIC_THREADS(35),
    CREATE_PRIVATE_THREADS(36),
    USE_EXTERNAL_STICKERS(37),
    SEND_MESSAGES_IN_THREADS(38),
    USE_EMBEDDED_ACTIVITIES(39),
    MODERATE_MEMBERS(40);

    /** Every bit above set. */
    public static final long ALL = mask(values());

    /** What @everyone gets unless the guild builder says otherwise: see, chat, connect and speak. */
    public static final long DEFAULT_EVERYONE = mask(
            VIEW_CHANNEL,
            SEND_MESSAGES,
            EMBED_LINKS,
            ATTACH_FILES,
            ADD_REACTIONS,
            READ_MESSAGE_HISTORY,
            USE_EXTERNAL_EMOJIS,
            USE_APPLICATION_COMMANDS,
            CONNECT,
            SPEAK,
            USE_VAD,
            STREAM,
            CHANGE_NICKNAME,
            CREATE_INSTANT_INVITE);

    private final int offset;

    SimPermission(int offset) {
        this.offset = offset;
    }

    /** The permission's bit value. */
    public long bit() {
        return 1L << offset;
    }

    /** The bits of several permissions OR-ed together. */
    public static long mask(SimPermission... permissions) {
        long mask = 0;
        for (SimPermission p : permissions) {
            mask |= p.bit();
        }
        return mask;
    }
}
