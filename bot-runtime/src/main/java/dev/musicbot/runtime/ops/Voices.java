package dev.musicbot.runtime.ops;

import dev.musicbot.api.GuildId;
import java.util.List;

/** The voice connections as the health loop sees them. */
interface Voices {
    /** Guilds whose player has a track and a voice channel it joined and has not left. */
    List<GuildId> expected();

    /** Whether the guild's voice connection is fully connected. */
    boolean connected(GuildId guild);

    /** Asks for the guild's player to join its channel again. */
    void rejoin(GuildId guild);
}
