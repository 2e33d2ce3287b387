package dev.musicbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PermissionsTest {
    private static DiscordSimulator sim;
    private static SimGuild guild;

    @BeforeAll
    static void start() {
        sim = DiscordSimulator.start();
        guild = sim.guild("Perms")
                .textChannel("general")
                .textChannel("staff", c -> c.denyEveryone(SimPermission.VIEW_CHANNEL)
                        .allowRole("Mod", SimPermission.VIEW_CHANNEL))
                .voiceChannel("Music")
                .voiceChannel("Mute", c -> c.denyBot(SimPermission.SPEAK))
                .role("Mod", SimPermission.MANAGE_GUILD)
                .role("Admin", SimPermission.ADMINISTRATOR)
                .member("alice")
                .member("mod", "Mod")
                .member("root", "Admin")
                .member("owner")
                .owner("owner")
                .create();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static long in(String member, String channel) {
        return Permissions.inChannel(guild, guild.memberModel(member), guild.channelModelByName(channel));
    }

    private static boolean has(long permissions, SimPermission permission) {
        return (permissions & permission.bit()) != 0;
    }

    @Test
    void everyoneGetsTheDefaults() {
        assertThat(has(in("alice", "Music"), SimPermission.CONNECT)).isTrue();
        assertThat(has(in("alice", "Music"), SimPermission.MANAGE_GUILD)).isFalse();
    }

    @Test
    void rolesAddPermissionsAndRoleOverwritesBeatEveryoneOverwrites() {
        assertThat(has(in("mod", "general"), SimPermission.MANAGE_GUILD)).isTrue();
        assertThat(has(in("alice", "staff"), SimPermission.VIEW_CHANNEL)).isFalse();
        assertThat(has(in("mod", "staff"), SimPermission.VIEW_CHANNEL)).isTrue();
    }

    @Test
    void administratorsAndOwnersHaveEverything() {
        assertThat(in("root", "staff")).isEqualTo(SimPermission.ALL);
        assertThat(in("owner", "staff")).isEqualTo(SimPermission.ALL);
        assertThat(guild.ownerId()).isEqualTo(guild.member("owner").id());
    }

    @Test
    void botOverwritesApplyToTheBotOnly() {
        assertThat(has(guild.botPermissions("Mute"), SimPermission.SPEAK)).isFalse();
        assertThat(has(guild.botPermissions("Mute"), SimPermission.CONNECT)).isTrue();
        assertThat(has(in("alice", "Mute"), SimPermission.SPEAK)).isTrue();
    }

    @Test
    void unknownNamesFailClearly() {
        assertThatThrownBy(() -> sim.guild("Bad").member("x", "NoSuchRole").create())
                .hasMessageContaining("Unknown role 'NoSuchRole'");
        assertThatThrownBy(() -> guild.channel("nope")).hasMessageContaining("channels: [general, staff, Music, Mute]");
        assertThatThrownBy(() -> guild.member("nobody")).hasMessageContaining("members: [alice, mod, root, owner]");
    }
}
