package dev.musicbot.testkit;

import java.util.List;

/** Discord's permission computation: base permissions from roles, then channel overwrites. */
final class Permissions {
    private Permissions() {}

    /** A member's permissions in a guild, ignoring channel overwrites. */
    static long base(SimGuild guild, MemberModel member) {
        if (member.id().equals(guild.ownerId())) {
            return SimPermission.ALL;
        }
        long permissions = guild.everyoneRole().permissions();
        for (SimRole role : guild.roles()) {
            if (member.roleIds().contains(role.id())) {
                permissions |= role.permissions();
            }
        }
        return (permissions & SimPermission.ADMINISTRATOR.bit()) != 0 ? SimPermission.ALL : permissions;
    }

    /** A member's permissions in a channel. */
    static long inChannel(SimGuild guild, MemberModel member, ChannelModel channel) {
        long permissions = base(guild, member);
        if (permissions == SimPermission.ALL) {
            return permissions;
        }
        List<Overwrite> overwrites = channel.overwrites();
        for (Overwrite o : overwrites) {
            if (!o.member() && o.targetId().equals(guild.id())) {
                permissions = (permissions & ~o.deny()) | o.allow();
            }
        }
        long allow = 0;
        long deny = 0;
        for (Overwrite o : overwrites) {
            if (!o.member() && member.roleIds().contains(o.targetId())) {
                allow |= o.allow();
                deny |= o.deny();
            }
        }
        permissions = (permissions & ~deny) | allow;
        for (Overwrite o : overwrites) {
            if (o.member() && o.targetId().equals(member.id())) {
                permissions = (permissions & ~o.deny()) | o.allow();
            }
        }
        return permissions;
    }
}
