package dev.musicbot.testkit.voice;

import dev.musicbot.testkit.audio.AudioRecorder;
import dev.musicbot.testkit.audio.PacketTimeline;
import java.util.List;

/** Where a voice connection delivers its audio and reports its state; one per guild. */
public interface VoiceSink {
    /** Receives decoded audio. */
    AudioRecorder recorder();

    /** Receives every audio packet's arrival, sequence number and size, decoded or not. */
    PacketTimeline timeline();

    /** Whether audio packets are decrypted and decoded into the recorder; if not, only the timeline sees them. */
    boolean decodes();

    /**
     * Whether to drop the datagram that just arrived (simulated loss on the receive path, before it is looked
     * at): asked once per datagram, on the socket's reader thread.
     */
    boolean dropDatagram();

    /** The voice channel the bot is in (DAVE's MLS group id), or 0. */
    default long voiceChannelId() {
        return 0;
    }

    /** The other users in the bot's voice channel: with DAVE, each is a simulated listener. */
    default List<Long> listenerIds() {
        return List.of();
    }

    /** Asked before each DAVE commit or Welcome to the bot: true damages that one (see SimVoice). */
    default boolean damageDaveMessage() {
        return false;
    }

    /** Called after every state change of a connection (identified, ready, resumed, socket closed, ended). */
    void connectionChanged(VoiceConnection connection);
}
