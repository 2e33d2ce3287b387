package dev.musicbot.testkit.voice;

import dev.musicbot.testkit.audio.AudioRecorder;

/** Where a voice connection delivers its audio and reports its state; one per guild. */
public interface VoiceSink {
    /** Receives decoded audio. */
    AudioRecorder recorder();

    /** Fraction of incoming audio packets to drop, 0 to 1. */
    double packetLoss();

    /** Called after every state change of a connection (identified, ready, resumed, socket closed, ended). */
    void connectionChanged(VoiceConnection connection);
}
