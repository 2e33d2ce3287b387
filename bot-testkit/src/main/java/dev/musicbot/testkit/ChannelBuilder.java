package dev.musicbot.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Options of one channel in a {@link GuildBuilder}: permission overwrites and a user limit. Role and member names
 * are resolved when the guild is created, so they may be declared later in the builder.
 */
public final class ChannelBuilder {
    /** An overwrite before names are resolved; target is a role name, a member name, "@everyone" or "@bot". */
    record PendingOverwrite(String target, boolean member, long allow, long deny) {}

    static final String EVERYONE = "@everyone";
    static final String BOT = "@bot";

    private final List<PendingOverwrite> overwrites = new ArrayList<>();
    private int userLimit;

    ChannelBuilder() {}

    /** Allows permissions for @everyone in this channel. */
    public ChannelBuilder allowEveryone(SimPermission... permissions) {
        return add(EVERYONE, false, SimPermission.mask(permissions), 0);
    }

    /** Denies permissions to @everyone in this channel. */
    public ChannelBuilder denyEveryone(SimPermission... permissions) {
        return add(EVERYONE, false, 0, SimPermission.mask(permissions));
    }

    /** Allows permissions for a role (by name) in this channel. */
    public ChannelBuilder allowRole(String role, SimPermission... permissions) {
        return add(role, false, SimPermission.mask(permissions), 0);
    }

    /** Denies permissions to a role (by name) in this channel. */
    public ChannelBuilder denyRole(String role, SimPermission... permissions) {
        return add(role, false, 0, SimPermission.mask(permissions));
    }

    /** Allows permissions for a member (by name) in this channel. */
    public ChannelBuilder allowMember(String member, SimPermission... permissions) {
        return add(member, true, SimPermission.mask(permissions), 0);
    }

    /** Denies permissions to a member (by name) in this channel. */
    public ChannelBuilder denyMember(String member, SimPermission... permissions) {
        return add(member, true, 0, SimPermission.mask(permissions));
    }

    /** Allows permissions for the bot in this channel. */
    public ChannelBuilder allowBot(SimPermission... permissions) {
        return add(BOT, true, SimPermission.mask(permissions), 0);
    }

    /**
     * Denies permissions to the bot in this channel, e.g. {@code denyBot(CONNECT)} for a voice channel the bot
     * must refuse to join.
     */
    public ChannelBuilder denyBot(SimPermission... permissions) {
        return add(BOT, true, 0, SimPermission.mask(permissions));
    }

    /** Sets a voice channel's user limit (0 = unlimited). */
    public ChannelBuilder userLimit(int limit) {
        this.userLimit = limit;
        return this;
    }

    List<PendingOverwrite> overwrites() {
        return List.copyOf(overwrites);
    }

    int userLimit() {
        return userLimit;
    }

    private ChannelBuilder add(String target, boolean member, long allow, long deny) {
        overwrites.add(new PendingOverwrite(target, member, allow, deny));
        return this;
    }
}
