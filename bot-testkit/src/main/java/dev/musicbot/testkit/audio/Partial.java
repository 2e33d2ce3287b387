package dev.musicbot.testkit.audio;

/**
 * One sine in a {@linkplain AudioFixtures#chord chord}, with its own amplitude in each channel: {@code (440, 0.3,
 * 0.3)} is centre-panned, {@code (440, 0.3, 0)} hard left.
 *
 * @param frequencyHz pitch
 * @param left peak amplitude in the left channel, 0 to 1
 * @param right peak amplitude in the right channel, 0 to 1
 */
public record Partial(double frequencyHz, double left, double right) {

    /** Validates the fields. */
    public Partial {
        if (!(frequencyHz > 0 && frequencyHz < 24_000)) {
            throw new IllegalArgumentException("frequency must be between 0 and 24 kHz: " + frequencyHz);
        }
        if (!(left >= 0 && left <= 1 && right >= 0 && right <= 1)) {
            throw new IllegalArgumentException("amplitudes go from 0 to 1: " + left + ", " + right);
        }
    }

    /** A centre-panned sine. */
    public static Partial centre(double frequencyHz, double amplitude) {
        return new Partial(frequencyHz, amplitude, amplitude);
    }
}
