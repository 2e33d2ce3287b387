package dev.musicbot.runtime.playback;

import com.sedmelluq.discord.lavaplayer.player.AudioPlayer;
import dev.musicbot.api.ChannelId;
import dev.musicbot.runtime.audio.FrameGate;
import java.util.Optional;

/**
 * A guild's voice connection, as the player needs it: the port through which playback reaches Discord's voice,
 * implemented by the Discord bridge. Called on the guild player's lane (and {@link #connectedChannel} and
 * {@link #listeners} from any thread); none of it waits for Discord.
 */
public interface VoiceLink {
    Optional<ChannelId> connectedChannel();

    /**
     * Connects (or moves) to a voice channel and sends the player's audio there, through the gate.
     *
     * @throws dev.musicbot.api.UserFacingException if the bot may not connect or speak there
     */
    void connect(ChannelId channel, AudioPlayer player, FrameGate gate);

    void disconnect();

    /**
     * Whether the bot's leaving the channel just now was someone else's doing (a moderator's disconnect): the
     * connection was still up, or Discord closed it with 4014. JDA's own reconnect (after a 4006 or an invalid
     * session) also leaves the channel for a moment, with its connection already down for another reason.
     */
    boolean removedByOthers();

    /** Members (not bots) in the bot's voice channel; 0 when not connected. */
    int listeners();
}
