package dev.musicbot.testkit.audio;

import java.time.Duration;
import java.util.Locale;

/**
 * A sine tone to write as an audio file.
 *
 * @param format file format
 * @param frequencyHz pitch
 * @param length duration
 * @param amplitude peak amplitude, 0 to 1 (default 0.5, about -9 dBFS RMS)
 * @param title title tag, or null
 * @param artist artist tag, or null
 */
public record Tone(
        AudioFileFormat format, double frequencyHz, Duration length, double amplitude, String title, String artist) {

    /** A stereo sine at amplitude 0.5 without tags. */
    public static Tone of(AudioFileFormat format, double frequencyHz, Duration length) {
        return new Tone(format, frequencyHz, length, 0.5, null, null);
    }

    /** The same tone at another amplitude (0 makes digital silence). */
    public Tone withAmplitude(double value) {
        return new Tone(format, frequencyHz, length, value, title, artist);
    }

    /** The same tone with title and artist tags. */
    public Tone withTags(String titleTag, String artistTag) {
        return new Tone(format, frequencyHz, length, amplitude, titleTag, artistTag);
    }

    /** A file name such as {@code tone-440hz-5000ms-a50.mp3}. */
    public String fileName() {
        return String.format(
                Locale.ROOT,
                "tone-%shz-%dms-a%d.%s",
                frequencyHz == Math.rint(frequencyHz)
                        ? Long.toString((long) frequencyHz)
                        : Double.toString(frequencyHz),
                length.toMillis(),
                Math.round(amplitude * 100),
                format.extension());
    }
}
