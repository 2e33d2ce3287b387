package dev.musicbot.testkit.audio;

/**
 * A point in a recording, taken with {@link AudioRecorder#mark()}, to analyse only what arrived after it.
 *
 * @param nanos {@link System#nanoTime()} when the mark was taken
 * @param packetIndex index of the first packet that arrives after the mark
 */
public record AudioMark(long nanos, long packetIndex) {}
